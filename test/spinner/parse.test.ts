import { describe, expect, it } from 'vitest'
import { errorOf } from '../helpers/dictionary-errors.js'
import { DictionaryError } from '../../src/index.js'
import { parseSpinnerSets } from '../../src/spinner/parse-sets.js'

const members = (text: string): string[][] => parseSpinnerSets(text).sets.map((s) => [...s.members])


describe('spinner database lines', () => {
  it('reads word|syn lines, tolerating BOM, CRLF, comments, blank lines and surrounding whitespace', () => {
    const text = '\uFEFFsaid|stated|mentioned\r\n# a comment|with|bars\r\n\r\n// another\r\n   told | instructed |informed  \r\n\t\r\n'
    const { sets, stats } = parseSpinnerSets(text)
    expect(sets.map((s) => [s.members, s.line])).toEqual([
      [['said', 'stated', 'mentioned'], 1],
      [['told', 'instructed', 'informed'], 5],
    ])
    expect(stats.lines).toBe(6)
  })

  it('keeps multiword members as phrases, single-spaced', () => {
    expect(members('news agency|information   company|news organisation')).toEqual([['news agency', 'information company', 'news organisation']])
  })

  it('merges duplicate lines and duplicate members, and counts them', () => {
    const { sets, stats } = parseSpinnerSets('said|stated|Said|STATED\nsaid|stated\nSAID | Stated\n')
    expect(sets.map((s) => s.members)).toEqual([['said', 'stated']])
    expect(stats.skipped['duplicate-set']).toBe(2)
  })

  it('skips members the dictionary format cannot hold, with a count, instead of failing', () => {
    const long = 'x'.repeat(201)
    const { sets, stats } = parseSpinnerSets(`good|---|${long}|fine\nword\tsyn|other|more\nalone\nsay|a b c d e f g|tell\nok||fine|`)
    expect(sets.map((s) => s.members)).toEqual([['good', 'fine'], ['other', 'more'], ['say', 'tell'], ['ok', 'fine']])
    expect(stats.skipped).toMatchObject({ 'no-letter': 1, 'too-long': 1, separator: 1, 'too-many-words': 1, 'single-member': 1 })
  })

  it('reads Unicode members with NFC and Unicode letters', () => {
    expect(members('cafe\u0301|caf\u00e9|bistro\u00a0 place\nnaïve|ingénu')).toEqual([['caf\u00e9', 'bistro place'], ['naïve', 'ingénu']])
  })
})

describe('spintax', () => {
  it('reads {a|b|c} lines and every group of a template, ignoring text around the groups', () => {
    expect(members('{quick|fast|speedy}')).toEqual([['quick', 'fast', 'speedy']])
    expect(members('The {quick|fast} fox {said|stated|mentioned} so | twice.')).toEqual([['quick', 'fast'], ['said', 'stated', 'mentioned']])
  })

  it('expands nested groups into phrases and keeps the inner group as a set of its own', () => {
    expect(members('{big|{very|really} large|huge}')).toEqual([['big', 'very large', 'really large', 'huge'], ['very', 'really']])
  })

  it('reads escaped braces, bars and backslashes as literal characters', () => {
    // A member with a literal "|" cannot be a dictionary form: it is skipped and counted.
    const { sets, stats } = parseSpinnerSets('{C\\{\\}|braces\\\\x|a\\|b|plain}\nx\\{y|z')
    expect(sets.map((s) => s.members)).toEqual([['C{}', 'braces\\x', 'plain'], ['x{y', 'z']])
    expect(stats.skipped.separator).toBe(1)
  })

  it.each([
    ['an unclosed group', 'ok|fine\n{said|stated\n', 2, 1, /unbalanced "\{"/],
    ['a stray closing brace', 'said|stated}\n', 1, 12, /unbalanced "\}"/],
    ['a closing brace too many', '# c\n{a|{b|c}}}\n', 2, 10, /unbalanced "\}"/],
    ['nesting deeper than 32', `${'{'.repeat(40)}a${'}'.repeat(40)}`, 1, 33, /nested deeper/],
  ])('throws DictionaryError naming file and line for %s', (_, text, line, column, message) => {
    const error = errorOf(() => parseSpinnerSets(text, { file: 'db.txt' }))
    expect(error.file).toBe('db.txt')
    expect(error.line).toBe(line)
    expect(error.column).toBe(column)
    expect(error.message).toMatch(message)
    expect(error.message.startsWith(`db.txt:${line}:${column}: `)).toBe(true)
  })

  it('caps the expansions of a group', () => {
    const group = `{${Array.from({ length: 7 }, (_, i) => `{a${i}|b${i}}`).join(' ')}|short}`
    const first = parseSpinnerSets(group, { maxWords: 7 }).sets[0]!
    expect(first.members.length).toBe(64)
  })
})
