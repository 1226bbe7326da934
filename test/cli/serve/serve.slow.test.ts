/**
 * `unspin serve`, built and started as a child process on a loopback port, spoken to over real HTTP:
 * LanguageTool's /v2/check (by hand and through the gramma client from npm), the native routes,
 * errors, the time limit, a bounded load test and the shutdown on SIGTERM.
 */

import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCli } from '../helpers.js'
import { applyMatches, residentKiB, startChild, type Child } from './helpers.js'

// gramma (a LanguageTool command-line client) is CommonJS; its API takes the server URL.
const gramma = createRequire(import.meta.url)('gramma') as {
  check(text: string, options: { api_url: string; language?: string; markdown?: boolean }): Promise<{ matches: LtMatch[] }>
  replaceAll(text: string, changes: { offset: number; length: number; change: string }[]): string
}

interface LtMatch {
  message: string
  shortMessage: string
  offset: number
  length: number
  replacements: { value: string }[]
  context: { text: string; offset: number; length: number }
  sentence: string
  type: { typeName: string }
  rule: { id: string; description: string; issueType: string; category: { id: string; name: string } }
  ignoreForIncompleteSentence: boolean
  contextForSureMatch: number
  unspin: { confidence: number; level: string; source: string; entryId: string }
}

const PESKOV = 'Peskov instructed TASS information company on Monday, with out providing details.'
const MAX_BODY = 64 * 1024

let build: ReturnType<typeof buildCli>
let server: Child
let url: string

beforeAll(async () => {
  build = buildCli()
  server = startChild(build.cli, ['serve', '--port', '0', '--threads', '2', '--max-body', `${MAX_BODY}`, '--timeout', '10000'])
  url = String((await server.waitForLog((line) => line.msg === 'listening')).url)
}, 120_000)

afterAll(async () => {
  if (server !== undefined && server.process.exitCode === null) {
    server.process.kill('SIGKILL')
    await server.exited
  }
  build?.cleanup()
})

const form = (fields: Record<string, string>): RequestInit => ({ method: 'POST', body: new URLSearchParams(fields) })
const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

async function check(fields: Record<string, string>): Promise<{ matches: LtMatch[]; language: { code: string }; software: { name: string } }> {
  const response = await fetch(`${url}/v2/check`, form(fields))
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as never
}

async function restored(text: string): Promise<string> {
  const response = await fetch(`${url}/restore`, json({ text }))
  expect(response.status).toBe(200)
  return ((await response.json()) as { text: string }).text
}

describe('POST /v2/check (LanguageTool)', () => {
  it('answers the Peskov sentence with matches whose offsets and replacements rebuild the restored text', async () => {
    const answer = await check({ text: PESKOV, language: 'en-US' })
    expect(answer.software.name).toBe('unspin')
    expect(answer.language.code).toBe('en-US')
    expect(answer.matches.length).toBeGreaterThanOrEqual(2)
    const rebuilt = applyMatches(PESKOV, answer.matches)
    expect(rebuilt).toBe(await restored(PESKOV))
    expect(rebuilt).toContain('news agency')
    for (const match of answer.matches) {
      expect(Object.keys(match)).toEqual(expect.arrayContaining(['message', 'shortMessage', 'replacements', 'offset', 'length', 'context', 'sentence', 'type', 'rule', 'ignoreForIncompleteSentence', 'contextForSureMatch']))
      // The context shows the same words the offsets point at.
      expect(match.context.text.slice(match.context.offset, match.context.offset + match.context.length)).toBe(PESKOV.slice(match.offset, match.offset + match.length))
      expect(match.sentence).toBe(PESKOV)
      expect(match.rule.id).toMatch(/^UNSPIN_[A-Z0-9_]+$/)
      expect(match.rule.category.id).toBe('SPUN_TEXT')
      expect(match.unspin.confidence).toBeGreaterThan(0)
      expect(match.unspin.confidence).toBeLessThanOrEqual(1)
    }
  })

  it('reads the same request as JSON and from the query string', async () => {
    const byForm = await check({ text: PESKOV, language: 'en' })
    const byJson = await fetch(`${url}/v2/check`, json({ text: PESKOV, language: 'en' }))
    expect(await byJson.json()).toEqual(byForm)
    const byQuery = await fetch(`${url}/v2/check?${new URLSearchParams({ text: PESKOV, language: 'en' })}`)
    expect(await byQuery.json()).toEqual(byForm)
  })

  it('gives offsets in UTF-16 code units, and CRLF text is rebuilt byte for byte', async () => {
    const prefix = '\u{1F600} caf\u00e9 \u{1F44D}\r\n'
    const text = `${prefix}${PESKOV}\r\n`
    const plain = await check({ text: PESKOV, language: 'en-GB' })
    const answer = await check({ text, language: 'en-GB' })
    // Two emoji of two code units each: the same matches as for the sentence alone, 12 units further on.
    expect(prefix.length).toBe(12)
    expect(answer.matches.map((m) => [m.offset - 12, m.length])).toEqual(plain.matches.map((m) => [m.offset, m.length]))
    expect(applyMatches(text, answer.matches)).toBe(await restored(text))
  })

  it('reads data annotations: offsets count the markup, and no change reaches into it', async () => {
    const annotation = [
      { markup: '<p>' },
      { text: 'Peskov instructed TASS ' },
      { markup: '<b>', interpretAs: '' },
      { text: 'information company' },
      { markup: '</b>' },
      { text: ' on Monday, with out providing details.' },
      { markup: '</p>', interpretAs: '\n\n' },
    ]
    const document = annotation.map((a) => ('text' in a ? a.text : a.markup)).join('')
    const answer = await check({ data: JSON.stringify({ annotation }), language: 'en-US' })
    expect(answer.matches.length).toBeGreaterThanOrEqual(2)
    const rebuilt = applyMatches(document, answer.matches)
    // The markup is kept and the text between it is what /restore gives for the text alone.
    expect(rebuilt.replace(/<[^>]+>/g, '')).toBe((await restored(`${PESKOV.replace(' on', ' on')}`)))
    expect(rebuilt.startsWith('<p>') && rebuilt.includes('<b>') && rebuilt.endsWith('</p>')).toBe(true)
  })

  it('has one rule per dictionary, so disabledRules and disabledCategories switch sources off', async () => {
    const all = await check({ text: PESKOV, language: 'en-US' })
    const rules = [...new Set(all.matches.map((m) => m.rule.id))]
    const first = rules[0]!
    const without = await check({ text: PESKOV, language: 'en-US', disabledRules: first })
    expect(without.matches.map((m) => m.rule.id)).not.toContain(first)
    expect(without.matches.length).toBe(all.matches.filter((m) => m.rule.id !== first).length)
    expect((await check({ text: PESKOV, language: 'en-US', disabledCategories: 'SPUN_TEXT' })).matches).toEqual([])
    const only = await check({ text: PESKOV, language: 'en-US', enabledOnly: 'true', enabledRules: first })
    expect(new Set(only.matches.map((m) => m.rule.id))).toEqual(new Set([first]))
  })

  it('lists the English variants at GET /v2/languages and refuses other languages with 400', async () => {
    const languages = (await (await fetch(`${url}/v2/languages`)).json()) as { name: string; code: string; longCode: string }[]
    expect(languages.map((l) => l.longCode)).toContain('en-US')
    const german = await fetch(`${url}/v2/check`, form({ text: 'Hallo Welt.', language: 'de-DE' }))
    expect(german.status).toBe(400)
    expect(await german.text()).toMatch(/^Error: 'de-DE' is not a language unspin checks/)
  })

  it('answers missing parameters as LanguageTool does, with 400 and a plain-text error', async () => {
    const noText = await fetch(`${url}/v2/check`, form({ language: 'en-US' }))
    expect([noText.status, await noText.text()]).toEqual([400, "Error: Missing 'text' or 'data' parameter"])
    const noLanguage = await fetch(`${url}/v2/check`, form({ text: 'A test.' }))
    expect(noLanguage.status).toBe(400)
    const badData = await fetch(`${url}/v2/check`, form({ data: '{"annotation": [{"txt": "x"}]}', language: 'en' }))
    expect(badData.status).toBe(400)
    expect(await badData.text()).toContain('annotation[0]')
  })
})

describe('an existing LanguageTool client (gramma, from npm) pointed at the server', () => {
  it('checks plain text, and its own replaceAll rebuilds the restored text', async () => {
    const result = await gramma.check(PESKOV, { api_url: `${url}/v2/check`, language: 'en-US' })
    expect(result.matches.length).toBeGreaterThanOrEqual(2)
    const fixed = gramma.replaceAll(PESKOV, result.matches.map((m) => ({ offset: m.offset, length: m.length, change: m.replacements[0]!.value })))
    expect(fixed).toBe(await restored(PESKOV))
  })

  it('checks Markdown, which it sends as data annotations, and the fixes keep the Markdown', async () => {
    const markdown = `# Briefing\n\n${PESKOV.replace('TASS', '**TASS**')}\n`
    const result = await gramma.check(markdown, { api_url: `${url}/v2/check`, language: 'en-US', markdown: true })
    expect(result.matches.length).toBeGreaterThanOrEqual(2)
    const fixed = gramma.replaceAll(markdown, result.matches.map((m) => ({ offset: m.offset, length: m.length, change: m.replacements[0]!.value })))
    expect(fixed.startsWith('# Briefing\n\n')).toBe(true)
    expect(fixed).toContain('**TASS**')
    expect(fixed.replace(/\*\*/g, '')).toBe(`# Briefing\n\n${await restored(PESKOV)}\n`)
  })
})

describe('native routes', () => {
  it('POST /restore gives the library result; POST /detect the spin detection; text/plain bodies too', async () => {
    const restore = (await (await fetch(`${url}/restore`, json({ text: PESKOV, threshold: 0.5 }))).json()) as { text: string; marks: { start: number; end: number; found: string }[]; skipped: unknown[]; warnings: unknown[]; spin: { verdict: string } }
    expect(Object.keys(restore)).toEqual(['text', 'marks', 'skipped', 'warnings', 'spin'])
    for (const mark of restore.marks) expect(PESKOV.slice(mark.start, mark.end)).toBe(mark.found)
    const detect = (await (await fetch(`${url}/detect`, json({ text: PESKOV }))).json()) as { score: number; verdict: string; suspects: { applied: boolean }[] }
    expect(detect.suspects.length).toBeGreaterThan(0)
    expect(['spun', 'clean', 'uncertain']).toContain(detect.verdict)
    const plain = await fetch(`${url}/restore?threshold=0.5`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: PESKOV })
    expect(((await plain.json()) as { text: string }).text).toBe(restore.text)
  })

  it('GET /health answers ok', async () => {
    const health = (await (await fetch(`${url}/health`)).json()) as { status: string; threads: number }
    expect(health).toMatchObject({ status: 'ok', threads: 2, inFlight: 1, queued: 0 })
  })

  it('never throws on odd but valid text: empty, emoji only, CRLF only', async () => {
    for (const text of ['', '\u{1F600}\u{1F600}', '\r\n\r\n']) expect(await restored(text)).toBe(text)
  })
})

describe('bad requests get a clear 4xx and the server keeps going', () => {
  const cases: [string, string, RequestInit, number, string][] = [
    ['a body over --max-body', '/restore', json({ text: 'x'.repeat(MAX_BODY + 1) }), 413, 'E_TOO_LARGE'],
    ['not JSON', '/restore', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' }, 400, 'E_JSON'],
    ['text not a string', '/restore', json({ text: 42 }), 400, 'E_TEXT'],
    ['an unknown field', '/detect', json({ text: 'a', thresold: 0.5 }), 400, 'E_PARAMETER'],
    ['a threshold out of range', '/restore', json({ text: 'a', threshold: 2 }), 400, 'E_ARGUMENT'],
    ['an unknown input format', '/restore', json({ text: 'a', inputFormat: 'pdf' }), 400, 'E_ARGUMENT'],
    ['bytes that are not UTF-8', '/restore', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: Buffer.from([0x61, 0xff, 0x62]) }, 400, 'E_NOT_UTF8'],
    ['an unsupported media type', '/restore', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<text/>' }, 415, 'E_MEDIA_TYPE'],
    ['an unknown route', '/v1/frobnicate', { method: 'GET' }, 404, 'E_NOT_FOUND'],
    ['the wrong method', '/restore', { method: 'GET' }, 405, 'E_METHOD'],
  ]
  it.each(cases)('%s', async (_name, path, init, status, code) => {
    const response = await fetch(`${url}${path}`, init)
    expect(response.status).toBe(status)
    const body = (await response.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe(code)
    expect(body.error.message.length).toBeGreaterThan(10)
    expect((await fetch(`${url}/health`)).status).toBe(200)
  })

  it('logs every request as one JSON line with its status', () => {
    const requests = server.logs().filter((line) => line.msg === 'request')
    expect(requests.length).toBeGreaterThan(10)
    for (const line of server.logs()) expect(line).toMatchObject({ time: expect.any(String), level: expect.any(String), msg: expect.any(String) })
    expect(requests.some((line) => line.status === 413 && line.code === 'E_TOO_LARGE')).toBe(true)
  })
})

describe('load on loopback', () => {
  it('answers 2,000 requests at 16 in flight without an error or growth in memory', async () => {
    const texts = Array.from({ length: 50 }, (_, i) => `Report ${i}: ${PESKOV} The committee met ${i + 2} times.`)
    const run = async (count: number): Promise<number[]> => {
      const statuses: number[] = []
      let next = 0
      const lane = async (): Promise<void> => {
        while (next < count) {
          const i = next++
          const response = await fetch(`${url}/v2/check`, form({ text: texts[i % texts.length]!, language: 'en-US' }))
          const body = (await response.json()) as { matches: LtMatch[] }
          statuses.push(response.status === 200 && body.matches.length > 0 ? 200 : response.status)
        }
      }
      await Promise.all(Array.from({ length: 16 }, lane))
      return statuses
    }
    const warmUp = await run(200)
    const before = residentKiB(server.process.pid!)
    const statuses = await run(2000)
    const after = residentKiB(server.process.pid!)
    expect([...warmUp, ...statuses].filter((s) => s !== 200)).toEqual([])
    expect(statuses.length).toBe(2000)
    if (before !== undefined && after !== undefined) {
      // Generous: garbage collection timing moves RSS by tens of MB; a leak of even 20 KB per request would add 40 MB.
      expect(after, `RSS ${before} KiB after warm-up, ${after} KiB after 2,000 requests`).toBeLessThan(before * 1.25 + 30_000)
    }
  }, 180_000)
})

describe('time limit and shutdown', () => {
  it('answers 503 for a request over --timeout, stops its thread, and keeps serving (and sends CORS headers with --allow-origin)', async () => {
    // 0.5 s: far more than a short request needs on a warm thread (a few ms), far less than the long one
    // (2.6 MB of text: several seconds even on a fast idle machine, so the outcome does not hang on load).
    const limited = startChild(build.cli, ['serve', '--port', '0', '--threads', '1', '--timeout', '500', '--max-body', '4m', '--allow-origin', 'https://editor.example'])
    try {
      const limitedUrl = String((await limited.waitForLog((line) => line.msg === 'listening')).url)
      // --allow-origin: the CORS header on answers, and preflight requests answered.
      const preflight = await fetch(`${limitedUrl}/v2/check`, { method: 'OPTIONS' })
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://editor.example')
      expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST')
      expect((await fetch(`${limitedUrl}/health`)).headers.get('access-control-allow-origin')).toBe('https://editor.example')
      const long = `${PESKOV} The committee met twice. `.repeat(20_000)
      const slow = await fetch(`${limitedUrl}/restore`, json({ text: long }))
      expect(slow.status).toBe(503)
      expect(((await slow.json()) as { error: { code: string } }).error.code).toBe('E_TIMEOUT')
      // The thread was replaced: once the new one has started (a second or more; requests that wait for
      // it longer than the limit time out too), short requests are answered again.
      let status = 0
      // Polled for up to 40 s: on a loaded machine the thread's start can take several seconds.
      for (const deadline = Date.now() + 40_000; Date.now() < deadline && status !== 200; ) {
        status = (await fetch(`${limitedUrl}/restore`, json({ text: PESKOV }))).status
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500))
      }
      expect(status).toBe(200)
      expect(limited.logs().filter((line) => line.code === 'E_TIMEOUT').length).toBeGreaterThan(0)
    } finally {
      limited.process.kill('SIGTERM')
      expect((await limited.exited).code).toBe(0)
    }
  }, 90_000)

  it('on SIGTERM answers the request in flight, refuses new ones, and exits 0', async () => {
    const inFlight = fetch(`${url}/restore`, json({ text: `${PESKOV} The committee met twice. `.repeat(400).slice(0, MAX_BODY - 100) }))
    // Wait until the server is answering it (the health request itself is the other one in flight).
    let settled = false
    const settle = (): void => {
      settled = true
    }
    inFlight.then(settle, settle)
    for (let inFlightNow = 0; inFlightNow < 2 && !settled; ) {
      inFlightNow = ((await (await fetch(`${url}/health`)).json()) as { inFlight: number }).inFlight
    }
    server.process.kill('SIGTERM')
    await server.waitForLog((line) => line.msg === 'shutting down')
    const refused = await fetch(`${url}/health`).then((r) => r.status, () => 'refused')
    expect([503, 'refused']).toContain(refused)
    const answered = await inFlight
    expect(answered.status).toBe(200)
    expect(((await answered.json()) as { marks: unknown[] }).marks.length).toBeGreaterThan(0)
    expect(await server.exited).toEqual({ code: 0, signal: null })
    expect(server.logs().at(-1)).toMatchObject({ msg: 'stopped' })
    const shutdown = server.logs().find((line) => line.msg === 'shutting down')
    expect(shutdown).toMatchObject({ signal: 'SIGTERM', inFlight: 1 })
  }, 60_000)
})
