import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/cli/args.js'
import { useColor } from '../../src/cli/color.js'
import { sniffMarkup, stdinMarkupWarning } from '../../src/cli/sniff-markup.js'

describe('--format ansi colour (issue 18)', () => {
  it('is parsed with --color auto by default, and refuses other --color values', () => {
    expect(parseCliArgs(['--format', 'ansi'])).toMatchObject({ format: 'ansi', color: 'auto' })
    expect(parseCliArgs(['--color', 'always'])).toMatchObject({ color: 'always' })
    expect(() => parseCliArgs(['--color', 'yes'])).toThrow(/--color must be one of auto, always, never; got "yes"/)
  })

  it.each<[string, Parameters<typeof useColor>, boolean]>([
    ['a terminal', ['auto', true, {}], true],
    ['a pipe or file', ['auto', false, {}], false],
    ['NO_COLOR on a terminal', ['auto', true, { NO_COLOR: '1' }], false],
    ['an empty NO_COLOR', ['auto', true, { NO_COLOR: '' }], true],
    ['FORCE_COLOR into a pipe', ['auto', false, { FORCE_COLOR: '1' }], true],
    ['FORCE_COLOR=0 on a terminal', ['auto', true, { FORCE_COLOR: '0' }], false],
    ['--color always into a pipe, NO_COLOR set', ['always', false, { NO_COLOR: '1' }], true],
    ['--color never on a terminal', ['never', true, { FORCE_COLOR: '1' }], false],
  ])('colours %s: %j', (_, args, expected) => {
    expect(useColor(...args)).toBe(expected)
  })
})

describe('stdin that looks like markup (issue 18)', () => {
  it.each<[string, string, 'html' | 'markdown' | undefined]>([
    ['an HTML page', '<!DOCTYPE html><title>x</title><p>Peskov instructed TASS.</p>', 'html'],
    ['HTML fragments', '<p>Peskov instructed <b>TASS</b> on Monday.</p>', 'html'],
    ['one tag in prose', 'Use the <b> tag for bold.', undefined],
    ['a Markdown heading', '# Notes\n\nPeskov instructed TASS.', 'markdown'],
    ['a Markdown link', 'See [the agency](https://example.com) for more.', 'markdown'],
    ['a code fence', 'Run this:\n```\nunspin notes.txt\n```\n', 'markdown'],
    ['plain text', 'Peskov instructed TASS information company on Monday, with out providing details.', undefined],
    ['plain text with a hash and brackets', 'Item #1 costs 5 (five) dollars [approx].', undefined],
  ])('%s', (_, text, expected) => {
    expect(sniffMarkup(text)).toBe(expected)
  })

  it('warns with the option to pass, and says nothing for plain text', () => {
    expect(stdinMarkupWarning('<p>One.</p><p>Two.</p>')).toMatch(/^warning: stdin looks like HTML .* Pass --markup html /)
    expect(stdinMarkupWarning('# Title')).toMatch(/stdin looks like Markdown .* Pass --markup markdown /)
    expect(stdinMarkupWarning('Just words.')).toBeUndefined()
  })
})
