import { describe, expect, it } from 'vitest'
import { agreeingArticle, takesAn } from '../../src/candidates/article.js'
import { createRestorer, loadDictionary } from '../../src/index.js'

describe('takesAn', () => {
  it.each([
    ['apple', true],
    ['random', false],
    ['hour', true],
    ['honest', true],
    ['house', false],
    ['university', false],
    ['useful', false],
    ['umbrella', true],
    ['one-off', false],
    ['European', false],
    ['item', true],
  ])('%s -> %s', (word, expected) => expect(takesAn(word)).toBe(expected))

  it.each([
    ['an', 'random', 'a'],
    ['An', 'random', 'A'],
    ['AN', 'random', 'A'],
    ['a', 'apple', 'an'],
    ['A', 'apple', 'An'],
    ['A', 'APPLE', 'AN'],
  ])('%s before %s becomes %s', (article, word, expected) => {
    // An all-caps single letter "A" is read as capitalized, not as an all-caps word.
    expect(agreeingArticle(article, word)).toBe(expected === 'AN' ? 'An' : expected)
  })
})

describe('article agreement in restorations', () => {
  const dictionary = loadDictionary({
    version: 1,
    name: 'papers',
    entries: [
      { spun: 'irregular woodland', original: 'random forest', prior: 0.9 },
      { spun: 'profound learning', original: 'deep learning', prior: 0.9 },
      { spun: 'haze figuring', original: 'cloud computing', prior: 0.9 },
      { spun: 'enormous information', original: 'big data', prior: 0.9 },
      { spun: 'man-made brainpower', original: 'artificial intelligence', prior: 0.9 },
    ],
  })
  const restorer = createRestorer({ dictionaries: [dictionary] })

  it.each([
    ['We train an irregular woodland.', 'We train a random forest.'],
    ['An irregular woodland was trained.', 'A random forest was trained.'],
    ['We use a profound learning model.', 'We use a deep learning model.'],
    ['It is a man-made brainpower system.', 'It is an artificial intelligence system.'],
    ['We built a haze figuring stack.', 'We built a cloud computing stack.'],
    ['An enormous information platform.', 'A big data platform.'],
  ])('%s -> %s', (input, expected) => {
    const result = restorer.restore(input)
    expect(result.text).toBe(expected)
    for (const mark of result.marks) expect(input.slice(mark.start, mark.end)).toBe(mark.found)
  })
})

describe('article agreement across line breaks and markup', () => {
  const dictionary = loadDictionary({ version: 1, name: 'papers', entries: [{ spun: 'irregular woodland', original: 'random forest', prior: 0.9 }] })
  const restorer = createRestorer({ dictionaries: [dictionary] })

  it.each([
    ['text', 'We train an\nirregular woodland.', 'We train a\nrandom forest.'],
    ['text', 'We train an\r\nirregular woodland.', 'We train a\r\nrandom forest.'],
    ['text', 'We train an *irregular woodland* here.', 'We train a *random forest* here.'],
    ['text', 'We train an (irregular woodland) here.', 'We train a (random forest) here.'],
    ['markdown', 'We train an *irregular woodland* here.', 'We train a *random forest* here.'],
    ['markdown', 'We train an [irregular woodland](https://example.org) here.', 'We train a [random forest](https://example.org) here.'],
    ['html', 'We train an <b>irregular woodland</b> here.', 'We train a <b>random forest</b> here.'],
  ] as const)('%s: %j', (inputFormat, input, expected) => {
    const result = restorer.restore(input, { inputFormat })
    expect(result.text).toBe(expected)
    for (const mark of result.marks) expect(input.slice(mark.start, mark.end)).toBe(mark.found)
    // The change takes in the article. Across a line break it is one mark; across markup or a
    // bracket the article is its own mark, so no mark covers what stands between them.
    const gap = input.slice(input.indexOf('an') + 2, input.indexOf('irregular'))
    const expectedMarks = /\S/.test(gap) ? [['an', 'a'], ['irregular woodland', 'random forest']] : [[`an${gap}irregular woodland`, `a${gap}random forest`]]
    expect(result.marks.map((m) => [m.found, m.restored])).toEqual(expectedMarks)
  })

  it('leaves the article alone across a block tag: it belongs to another paragraph', () => {
    const input = '<p>We need an</p><p>irregular woodland grows here.</p>'
    const result = restorer.restore(input, { inputFormat: 'html' })
    expect(result.text.startsWith('<p>We need an</p>')).toBe(true)
    expect(result.marks.map((m) => m.found)).not.toContain('an')
  })

  it('leaves the article alone across a blank line: it belongs to another paragraph', () => {
    const input = 'The last word here is an\n\nirregular woodland grows there.'
    const result = restorer.restore(input)
    for (const mark of result.marks) expect(mark.found.startsWith('an')).toBe(false)
  })
})
