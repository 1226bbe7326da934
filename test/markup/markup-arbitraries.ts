import fc from 'fast-check'

/** Words a dictionary could match, mixed with other prose. */
const WORDS = ['with', 'out', 'with out', 'information company', 'White Home', 'the', 'a', 'Nonetheless', 'x', 'café', '😀', '1986']

const INLINE_MARKDOWN = [
  '`', '``', '```', '*', '**', '_', '__', '~~', '[', ']', '](', '(', ')', '<', '>', '<b>', '</b>', '<span class="a b">',
  '<https://x.y/with-out>', '<a@b.co>', '&amp;', '&#123;', '&nope', '\\', '\\*', '\\`', '!', '![', '"', "'", ' ', '  ', '\t',
  '[^1]', '<!--', '-->', '<?', '?>', '<!X', '<![CDATA[', ']]>', '][', '[ref]', '(/url "t")', '<url>', '#', '|', '---', '***',
]

const LINE_PREFIXES = [
  '', '', '', '> ', '>', '> > ', '- ', '* ', '+ ', '1. ', '2) ', '10) ', '1.  ', '  ', '   ', '    ', '     ', '\t', ' \t', '\t- ', '- \t', '>\t',
  '  - ', '    - ', '- > ', '>     ', '-     ', '-', '#', '# ', '## ', '###### ', '####### ', '   > ', '- - ', '1. - ',
]

const WHOLE_LINES = [
  '', '', '```', '```js', '````', '~~~', '~~~ info', '``` `x`', '    indented', '<div>', '</div>', '<div class="x">', '<!-- comment',
  '-->', '<script>', '</script>', '<pre>', '</pre>', '<?php', '?>', '<!DOCTYPE html>', '<![CDATA[', ']]>', '<custom-tag>', '</custom-tag>',
  '<span>', '[ref]: /with/out "with out"', '[ref]:', '"title"', '---', '***', '===', '- - -', '+++', '| a | b |', '|---|---|',
  '~~~~', '<textarea>', '</textarea>', '<style>', '<!-- a -->', '<?x?>', '<![CDATA[x]]>', '<DIV>', '<p/>', '</custom-tag >',
]

const inlineMarkdown = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 4, arbitrary: fc.constantFrom(...INLINE_MARKDOWN) }), { maxLength: 12 })
  .map((parts) => parts.join(''))

const markdownLine = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...LINE_PREFIXES), inlineMarkdown).map(([prefix, rest]) => prefix + rest) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...LINE_PREFIXES), fc.constantFrom(...WHOLE_LINES)).map(([prefix, rest]) => prefix + rest) },
)

/** Markdown-like documents: real block and inline syntax in random, often broken, combinations. */
export const markdownDocument = fc
  .tuple(fc.boolean(), fc.array(markdownLine, { maxLength: 14 }), fc.constantFrom('\n', '\n', '\r\n'))
  .map(([frontMatter, lines, eol]) => (frontMatter ? ['---', 'title: with out', '---'] : []).concat(lines).join(eol))

const INLINE_HTML = [
  '<b>', '</b>', '<i class="with out">', '</i>', '<br>', '<br/>', '<p>', '</p>', '<a href="/with/out" title=\'with out\'>', '</a>',
  '<code>', '</code>', '<pre>', '</pre>', '<script>', '</script>', '<style>', '</style>', '<textarea>', '</textarea>', '<title>',
  '</title>', '<svg>', '</svg>', '<svg/>', '<code/>', '<span translate="no">', '</span>', '<!--', '-->', '<!-->', '--!>', '<![CDATA[',
  ']]>', '<?x', '?>', '<!DOCTYPE html>', '&amp;', '&nbsp;', '&#8217;', '&#x2019;', '&copy', '&', '<', '>', '</', '</>', '< b>',
  '<3', '"', "'", '=', ' ', '\n', '<img alt="with out">', '<plaintext>', '<noscript>', '</noscript>', '<kbd>', '</kbd>', '<b', 'x="',
]

/** HTML-like fragments: tags, comments, entities, raw-text elements, in random, often broken, order. */
export const htmlDocument = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...WORDS.map((w) => ` ${w} `)) }, { weight: 3, arbitrary: fc.constantFrom(...INLINE_HTML) }), { maxLength: 24 })
  .map((parts) => parts.join(''))

/** The text outside `ranges`, with `¦` where a range was: for readable failure messages. */
export function showProse(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  let out = ''
  let last = 0
  for (const [start, end] of ranges) {
    out += text.slice(last, start) + '¦'
    last = end
  }
  return out + text.slice(last)
}
