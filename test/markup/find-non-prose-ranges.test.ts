import { describe, expect, it } from 'vitest'
import { findNonProseRanges } from '../../src/markup/find-non-prose-ranges.js'
import { showProse } from './markup-arbitraries.js'

// Each case: input, and the input with every protected range replaced by "¦".
describe('findNonProseRanges(html)', () => {
  it.each([
    ['tags and attributes', '<p class="a" title="with out">with out</p>', '¦with out¦'],
    ['a quoted ">" inside an attribute', '<a title="a > b">text</a>', '¦text¦'],
    ['character references', 'Fish &amp; chips &lt;3 &#8217; &#x2019; &copy 2024 AT&T', 'Fish ¦ chips ¦3 ¦ ¦ ¦ 2024 AT¦'],
    ['comments, also "<!-->" and "--!>"', 'a <!-- with out --> b <!--> c <!-- x --!> d', 'a ¦ b ¦ c ¦ d'],
    ['doctype and processing instructions', '<!DOCTYPE html><?xml version="1.0"?>text', '¦text'],
    ['CDATA, read both as HTML and as XML', '<![CDATA[ with > out ]]>text', '¦text'],
    ['code-like elements', '<p>a <code>with out</code> b <pre>x <b>y</b></pre> c <kbd>k</kbd> <var>v</var></p>', '¦a ¦ b ¦ c ¦ ¦'],
    ['nested code elements of one name', '<code>a<code>b</code>c</code>d', '¦d'],
    ['"<code/>" still opens code in HTML', '<code/>with out</code>prose', '¦prose'],
    ['"<svg/>" does not', '<svg/>prose <svg>with out</svg>', '¦prose ¦'],
    ['raw text of script and style, with tags inside', '<script>if (a<b) x("</p> with out")</script>after<style>p>b{}</style>', '¦after¦'],
    ['title is prose, textarea is not', '<title>with &amp; out</title><textarea>with out</textarea>', '¦with ¦ out¦'],
    ['translate="no"', '<p translate="no">Brand <b>With Out</b></p><p>with out</p>', '¦with out¦'],
    ['a literal "<"', 'a < b and 1 <3 x', 'a < b and 1 <3 x'],
    ['an unclosed tag runs to the end', 'prose <a href="x', 'prose ¦'],
    ['an unclosed comment runs to the end', 'prose <!-- with out', 'prose ¦'],
    ['plaintext swallows the rest', 'a<plaintext><p>with out</p>', 'a¦'],
    ['an inline tag between two words', 'with <b>out</b>', 'with ¦out¦'],
    ['void elements', 'a <br> b <img alt="with out"> c <hr/> d', 'a ¦ b ¦ c ¦ d'],
    ['markup inside a word protects the word', 'caf&eacute;s, with<b>out</b> it, fish &amp; chips', '¦, ¦ it, fish ¦ chips'],
    ['block tags between words separate them', '<p>Title</p><p>Body<br>more</p>', '¦Title¦Body¦more¦'],
    ['references to spaces between words separate them', 'with out&#32;it, a&nbsp;b, c&#x20;d, e&#160;f', 'with out¦it, a¦b, c¦d, e¦f'],
    ['other references inside a word still join it', 'don&#8217;t and AT&amp;T', '¦ and ¦'],
    ['a space reference next to another reference or a tag still separates', 'a&nbsp;&nbsp;b, c&#32;<i>d</i>, e&#xFEFF;f', 'a¦b, c¦d¦, ¦'],
  ])('%s', (_label, html, prose) => {
    expect(showProse(html, findNonProseRanges(html, 'html'))).toBe(prose)
  })
})

describe('findNonProseRanges(markdown)', () => {
  it.each([
    ['front matter (YAML and TOML)', '---\ntitle: with out\n---\nwith out', '¦with out'],
    ['TOML front matter', '+++\ntitle = "with out"\n+++\nwith out', '¦with out'],
    ['an unclosed front matter is a thematic break', '---\nwith out', '¦\nwith out'],
    ['headings', '# with out #\n\nSetext with out\n===', '¦ with out¦\n\nSetext with out\n¦'],
    ['code spans, also with more backticks', 'a `with out` b ``x ` y`` c ` d', 'a ¦ b ¦ c ¦ d'],
    ['fenced code, closed only by a long enough fence', '````\nwith out\n```\nstill code\n````\nprose', '¦\n¦\n¦\n¦\n¦\nprose'],
    ['an unclosed fence runs to the end', '~~~\nwith out', '¦\n¦'],
    ['indented code, but not as a paragraph continuation', 'para\n    with out\n\n    code', 'para\n    with out\n\n¦'],
    ['code in a list item, relative to its content column', '- item\n\n      code\n\n  para', '¦ item\n\n¦\n\n  para'],
    ['block quotes and lazy lines', '> with\n> out\nlazy', '¦ with\n¦ out\nlazy'],
    ['HTML blocks', '<div>\nwith out\n</div>\n\nprose', '¦\n¦\n¦\n\nprose'],
    ['a lone tag starts an HTML block', '<custom-el>\nwith out\n\nprose', '¦\n¦\n\nprose'],
    ['inline HTML and autolinks', 'with <b>out</b> <https://a.b/with> <a@b.co> x', 'with ¦out¦ ¦ ¦ x'],
    ['link destinations and titles', '[with out](/with/out "with out") and [x](<a b> (t))', '[with out¦ and [x¦'],
    ['full references keep their text, labels are protected', '[with out][ref] and [x][y]', '[with out¦ and [x¦'],
    ['shortcut and collapsed references are their own labels', '[with out] and [with out][]', '¦ and ¦'],
    ['images, alt text included', '![with out](a.png) and ![b][c]', '¦ and ¦'],
    ['definitions', '[ref]: /with/out\n  "with out"\n\nprose', '¦\n  ¦\n\nprose'],
    ['escapes, entities and emphasis marks', '\\*with\\* &amp; *out* __x__ ~~y~~ AT&T', '¦with¦ ¦ ¦out¦ ¦x¦ ¦y¦ AT&T'],
    ['markup inside a word protects the word', 'with*out* and snake\\_case and caf&eacute;s', '¦ and ¦ and ¦'],
    ['a reference to a space separates words', 'with out&#32;it and a&nbsp;b', 'with out¦it and a¦b'],
    ['a destination without its ")" is protected to the end of the paragraph', '[a](b c\nd\n\nprose', '[a¦\n¦\n\nprose'],
  ])('%s', (_label, markdown, prose) => {
    expect(showProse(markdown, findNonProseRanges(markdown, 'markdown'))).toBe(prose)
  })
})

describe('findNonProseRanges(text)', () => {
  it('protects nothing in plain text', () => {
    expect(findNonProseRanges('<b>with out</b> `x`', 'text')).toEqual([])
  })
})
