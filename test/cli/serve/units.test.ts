/** The pure parts of `unspin serve` and `unspin worker`: request parsing, LanguageTool answers, job checks. */

import { describe, expect, it } from 'vitest'
import { CliError } from '../../../src/cli/errors.js'
import { redisConnection, taskOfJob } from '../../../src/cli/queue/job.js'
import { parseWorkerArgs } from '../../../src/cli/queue/command.js'
import { originalRange, parseAnnotatedText } from '../../../src/cli/serve/annotated-text.js'
import { parseServeArgs } from '../../../src/cli/serve/command.js'
import { HttpError } from '../../../src/cli/serve/http-error.js'
import { checkResponse, findSentences, parseCheckRequest, ruleIdOf } from '../../../src/cli/serve/languagetool.js'
import { byteSize } from '../../../src/cli/serve/options.js'
import type { RestoreJson } from '../../../src/cli/serve/task.js'
import type { Mark } from '../../../src/index.js'

const params = (fields: Record<string, string>): Map<string, string> => new Map(Object.entries(fields))

function httpError(run: () => unknown): HttpError {
  try {
    run()
  } catch (error) {
    if (error instanceof HttpError) return error
    throw error
  }
  throw new Error('expected an HttpError')
}

function mark(text: string, found: string, restored: string, source = 'news-swaps', from = 0): Mark {
  const start = text.indexOf(found, from)
  return { start, end: start + found.length, outputStart: 0, outputEnd: 0, found, restored, confidence: 0.9, level: 'high', alternatives: [], source, entryId: found }
}

function result(marks: Mark[]): RestoreJson {
  return { text: '', marks, skipped: [], warnings: [], spin: undefined }
}

describe('data annotations', () => {
  const doc = parseAnnotatedText(JSON.stringify({ annotation: [{ markup: '<p>' }, { text: 'with out' }, { markup: '<br>', interpretAs: '\n' }, { text: 'more' }, { markup: '</p>' }] }))

  it('restores the text parts and interpretAs strings, and keeps the document as written', () => {
    expect(doc.plain).toBe('with out\nmore')
    expect(doc.original).toBe('<p>with out<br>more</p>')
  })

  it('maps a range inside one text part into the document, and leaves out ranges that reach into markup', () => {
    expect(originalRange(doc, 0, 8)).toEqual({ start: 3, end: 11 })
    expect(originalRange(doc, 9, 13)).toEqual({ start: 15, end: 19 })
    expect(originalRange(doc, 5, 10)).toBeUndefined()
    expect(originalRange(doc, 8, 9)).toBeUndefined()
  })

  it.each([
    ['not JSON', '{annotation', /not JSON/],
    ['no annotation array', '{"text": "a"}', /needs an "annotation" array/],
    ['an item with both text and markup', '{"annotation": [{"text": "a", "markup": "<b>"}]}', /annotation\[0\] must be/],
    ['a number for text', '{"annotation": [{"text": 1}]}', /annotation\[0\] must be/],
  ])('refuses %s with 400', (_name, data, message) => {
    const error = httpError(() => parseAnnotatedText(data))
    expect(error.status).toBe(400)
    expect(error.message).toMatch(message)
  })
})

describe('parseCheckRequest', () => {
  it('takes text and a language; auto is read as English', () => {
    const request = parseCheckRequest(params({ text: 'A test.', language: 'auto', disabledRules: 'UNSPIN_A, UNSPIN_B' }))
    expect(request.plain).toBe('A test.')
    expect(request.auto).toBe(true)
    expect([...request.disabledRules]).toEqual(['UNSPIN_A', 'UNSPIN_B'])
  })

  it.each([
    [{ language: 'en' }, "Missing 'text' or 'data' parameter"],
    [{ text: 'a', data: '{"annotation": []}', language: 'en' }, "Set only 'text' or 'data' parameter, not both"],
    [{ text: 'a' }, /Missing 'language'/],
    [{ text: 'a', language: 'fr' }, /'fr' is not a language unspin checks/],
    [{ text: 'a', language: 'en', enabledOnly: 'yes' }, /'enabledOnly' must be true or false/],
    [{ text: 'a', language: 'en', enabledOnly: 'true' }, /needs 'enabledRules' or 'enabledCategories'/],
  ])('refuses %j with 400', (fields, message) => {
    const error = httpError(() => parseCheckRequest(params(fields as Record<string, string>)))
    expect(error.status).toBe(400)
    expect(error.message).toMatch(message)
  })
})

describe('checkResponse', () => {
  const text = 'A first sentence, long enough to cut.\nPeskov instructed TASS information company.\n\nLast.'
  const marks = [mark(text, 'instructed', 'told'), mark(text, 'information company', 'news agency', 'tortured-phrases')]
  const answer = checkResponse(parseCheckRequest(params({ text, language: 'en-US' })), result(marks), '1.2.3') as { matches: { offset: number; length: number; sentence: string; rule: { id: string }; replacements: { value: string }[]; context: { text: string; offset: number; length: number } }[]; software: { version: string } }

  it('gives each change as a match with its offsets, sentence and a rule per dictionary', () => {
    expect(answer.software.version).toBe('1.2.3')
    expect(answer.matches.map((m) => [m.offset, m.length, m.rule.id, m.replacements[0]!.value])).toEqual([
      [text.indexOf('instructed'), 10, 'UNSPIN_NEWS_SWAPS', 'told'],
      [text.indexOf('information'), 19, 'UNSPIN_TORTURED_PHRASES', 'news agency'],
    ])
    for (const match of answer.matches) expect(match.sentence).toBe('Peskov instructed TASS information company.')
  })

  it('cuts the context at 40 characters each side, marked with "...", line breaks as spaces', () => {
    const context = answer.matches[1]!.context
    expect(context.text.slice(context.offset, context.offset + context.length)).toBe('information company')
    expect(context.offset).toBe(43)
    // 40 characters before: "g enough to cut.\nPeskov instructed TASS "; after it the rest (under 40), not cut.
    expect(context.text).toBe('...g enough to cut. Peskov instructed TASS information company.  Last.')
  })

  it('leaves out the rules and the category a client disabled', () => {
    const without = checkResponse(parseCheckRequest(params({ text, language: 'en', disabledRules: 'UNSPIN_NEWS_SWAPS' })), result(marks), '1') as { matches: unknown[] }
    expect(without.matches).toHaveLength(1)
    const none = checkResponse(parseCheckRequest(params({ text, language: 'en', disabledCategories: 'SPUN_TEXT' })), result(marks), '1') as { matches: unknown[] }
    expect(none.matches).toHaveLength(0)
  })

  it('names rules after dictionaries', () => {
    expect(ruleIdOf('spinner-db-2')).toBe('UNSPIN_SPINNER_DB_2')
    expect(ruleIdOf('my.dict')).toBe('UNSPIN_MY_DICT')
  })
})

describe('findSentences', () => {
  it('splits at sentence ends and blank lines; a change across an end takes both sentences', () => {
    const text = 'One "two." Three four!\n\nFive'
    const sentences = findSentences(text)
    expect(sentences.around(0, 3)).toBe('One "two."')
    expect(sentences.around(11, 16)).toBe('Three four!')
    expect(sentences.around(24, 28)).toBe('Five')
    expect(sentences.around(4, 16)).toBe('One "two." Three four!')
  })
})

describe('jobs of unspin worker', () => {
  it('takes restore and detect jobs with text and per-call options', () => {
    expect(taskOfJob('restore', { text: 'a', threshold: 0.5 })).toEqual({ task: { op: 'restore', text: 'a', threshold: 0.5 } })
    expect(taskOfJob('detect', { text: '', inputFormat: 'html' })).toEqual({ task: { op: 'detect', text: '', inputFormat: 'html' } })
  })

  it.each([
    ['frobnicate', { text: 'a' }, /unknown job name "frobnicate"/],
    ['restore', 'text', /must be an object.*got string/],
    ['restore', null, /got null/],
    ['restore', { text: 'a', extra: 1 }, /unknown field "extra"/],
    ['restore', {}, /"text" must be a string; got nothing/],
  ])('refuses %s %j', (name, data, message) => {
    const checked = taskOfJob(name, data)
    expect('problem' in checked && checked.problem).toMatch(message)
  })

  it('reads Redis URLs', () => {
    expect(redisConnection('redis://127.0.0.1:6380')).toEqual({ host: '127.0.0.1', port: 6380 })
    expect(redisConnection('rediss://me:p%40ss@cache.example:6390/2')).toEqual({ host: 'cache.example', port: 6390, username: 'me', password: 'p@ss', db: 2, tls: {} })
    expect(() => parseWorkerArgs(['--redis', 'http://localhost'])).toThrow(CliError)
    expect(() => parseWorkerArgs(['--redis', 'redis://localhost/x'])).toThrow(/--redis must be a URL/)
  })
})

describe('command-line options', () => {
  it('reads serve options with their defaults', () => {
    const options = parseServeArgs(['--port', '0', '--max-body', '512k', '--threads', '2'])
    expect(options).toMatchObject({ host: '127.0.0.1', port: 0, maxBody: 512 * 1024, threads: 2, timeoutMs: 20_000 })
    expect(byteSize('--max-body', '4m', 1)).toBe(4 * 2 ** 20)
  })

  it.each([
    [['--port', '70000'], /--port must be a whole number from 0 to 65535/],
    [['--max-body', 'lots'], /--max-body must be a size/],
    [['--timeout', '5'], /--timeout must be a whole number from 100/],
    [['file.txt'], /serve takes no files/],
    [['--threshold', '2'], /--threshold must be a number from 0 to 1/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseServeArgs(argv)).toThrow(message)
  })
})
