/**
 * Does text read from stdin look like HTML or Markdown? stdin has no file extension for `--markup auto`
 * to go by, so it is restored as plain text, where tags, link targets and code read as words. The
 * command warns and names the option rather than guessing: a guess that is wrong would leave markup
 * out of the restoration, or put it in, without the user having asked; a warning changes nothing.
 */

import type { MarkupKind } from './args.js'

// Tags that prose documents use, opening or closing, or a doctype: "<b>" in a sentence about HTML is
// rare, two of these rarer, so two are needed unless there is a doctype or an <html> tag.
const HTML_DOCUMENT = /<!doctype html|<html[\s>]/i
const HTML_TAG = /<\/?(?:a|article|b|body|br|div|em|h[1-6]|head|i|li|ol|p|section|span|strong|table|td|tr|ul)(?:\s[^<>]*)?\/?>/gi

// Markdown that plain text does not have: an ATX heading, a link or image, a code fence.
const MARKDOWN = [/^#{1,6}[ \t]+\S/m, /!?\[[^\]\n]+\]\((?:[^()\s]+)(?:\s+"[^"\n]*")?\)/, /^(?:```|~~~)/m]

/** The markup `text` looks written in, or undefined for plain text. Reads at most the first 64 KB. */
export function sniffMarkup(text: string): Exclude<MarkupKind, 'text'> | undefined {
  const head = text.slice(0, 65_536)
  if (HTML_DOCUMENT.test(head) || (head.match(HTML_TAG)?.length ?? 0) >= 2) return 'html'
  if (MARKDOWN.some((pattern) => pattern.test(head))) return 'markdown'
  return undefined
}

/** The warning for stdin that looks like markup, or undefined. */
export function stdinMarkupWarning(text: string): string | undefined {
  const kind = sniffMarkup(text)
  if (kind === undefined) return undefined
  const name = kind === 'html' ? 'HTML' : 'Markdown'
  return `warning: stdin looks like ${name} but is restored as plain text, where its markup can read as words. Pass --markup ${kind} to restore only its prose (or --markup text to keep this and silence the warning).`
}
