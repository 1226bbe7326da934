import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWeb, type WebFile } from '../../scripts/build-web.js'
import { restoreText, undoMarks, type RestoreResult } from '../../src/index.js'
import { ARTIFACTS } from '../cli/helpers.js'
import { serveFolder, type StaticServer } from '../helpers/static-server.js'

// The web page (examples/web), built by `npm run build:web`'s own function into a temporary folder,
// served on loopback and driven in Debian's Chromium. Skipped, with a note, without /usr/bin/chromium.
const CHROMIUM = '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) console.warn(`web-page.slow.test.ts skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`)

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const SLOW = 180_000
// Ours: written for this test, spun by hand the way farms spin.
const SPUN =
  'Peskov instructed TASS information company on Monday, with out providing details. Researchers used counterfeit consciousness and profound learning ' +
  'to find bosom malignancy early. The irregular woodland model gave the best exactness on the test information.'

let browser: Browser | undefined
let server: StaticServer | undefined
let work = ''
let files: WebFile[] = []
let expected: RestoreResult

beforeAll(async () => {
  if (!hasChromium) return
  mkdirSync(ARTIFACTS, { recursive: true })
  work = mkdtempSync(join(ARTIFACTS, 'web-'))
  files = await buildWeb(work)
  server = await serveFolder(work)
  expected = restoreText(SPUN)
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}, SLOW)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

interface Opened {
  readonly context: BrowserContext
  readonly page: Page
  /** Every request the page, its worker and its service worker made, by URL. */
  readonly requests: string[]
}

async function open(): Promise<Opened> {
  const context = await browser!.newContext({ viewport: { width: 1000, height: 900 }, acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] })
  const requests: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  // Anything bound elsewhere is recorded and stopped here, so the test cannot pass by a slow failure.
  await context.route((url) => url.origin !== server!.origin, (route) => {
    requests.push(route.request().url())
    return route.abort()
  })
  const page = await context.newPage()
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(`${server!.origin}/`)
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 })
  return { context, page, requests }
}

async function paste(page: Page, text: string): Promise<void> {
  await page.locator('#input').fill(text)
  await page.waitForSelector('body[data-restored="true"]', { timeout: 60_000 })
}

/** The text shown in the output, without the notes for screen readers and the tooltips. */
function shownText(page: Page): Promise<string> {
  return page.locator('#output').evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement
    clone.querySelectorAll('.unspin-vh, .unspin-tip').forEach((n) => n.remove())
    return clone.textContent ?? ''
  })
}

async function download(page: Page): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()])
  return readFileSync((await file.path())!, 'utf8')
}

describe.skipIf(!hasChromium)('the web page in headless Chromium', () => {
  it('restores pasted text as Node does, marks and score included, with every request on its own origin', async () => {
    const { context, page, requests } = await open()
    expect(await page.locator('#status').getAttribute('aria-live')).toBe('polite')
    // Pasted for real: through the clipboard, with the keyboard.
    await page.evaluate((text) => navigator.clipboard.writeText(text), SPUN)
    await page.locator('#input').focus()
    await page.keyboard.press('ControlOrMeta+V')
    await page.waitForSelector('body[data-restored="true"]', { timeout: 60_000 })
    expect(await page.locator('#input').inputValue()).toBe(SPUN)
    expect(expected.marks.length).toBeGreaterThanOrEqual(5)
    expect(await shownText(page)).toBe(expected.text)
    const marks = page.locator('#output button.unspin-mark')
    const shown = await marks.evaluateAll((buttons) => buttons.map((b) => [b.dataset.found, b.dataset.restored, Number(b.dataset.confidence), b.getAttribute('aria-pressed')]))
    expect(shown).toEqual(expected.marks.map((m) => [m.found, m.restored, m.confidence, 'true']))
    const spin = expected.spin!
    expect(await page.locator('#score').textContent()).toBe(`Spin score: ${spin.score.toFixed(3)} (${spin.verdict}, ${spin.words} words)`)
    // A tooltip with the spun wording, confidence and alternatives shows on hover.
    const withAlternative = expected.marks.findIndex((m) => m.alternatives.length > 0)
    expect(withAlternative).toBeGreaterThanOrEqual(0)
    const tip = page.locator(`#tip-${withAlternative}`)
    expect(await tip.isVisible()).toBe(false)
    await marks.nth(withAlternative).hover()
    expect(await tip.isVisible()).toBe(true)
    const mark = expected.marks[withAlternative]!
    expect(await tip.textContent()).toContain(`Spun: ${mark.found}`)
    expect(await tip.textContent()).toContain(`Confidence: ${Math.round(mark.confidence * 100)}%`)
    expect(await tip.textContent()).toContain(`Alternatives: ${mark.alternatives[0]!.restored}`)
    expect(await download(page)).toBe(expected.text)
    await page.evaluate(() => navigator.clipboard.writeText(''))
    await page.locator('#copy').click()
    await page.waitForSelector('#status:has-text("Copied")')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.text)
    const foreign = requests.filter((url) => new URL(url).origin !== server!.origin && !url.startsWith('blob:'))
    expect(foreign).toEqual([])
    // The first load fetched the page, its worker and both models, all from here.
    for (const file of ['/app.js', '/worker.js', '/models/lm-en.bin', '/models/pos-en.bin', '/sw.js']) expect(server!.requests).toContain(file)
    await context.close()
  }, SLOW)

  it('rejects one change by keyboard, then changes by confidence; the output and download follow', async () => {
    const { context, page } = await open()
    await paste(page, SPUN)
    const first = expected.marks[0]!
    // Tab from the text box reaches the first change; Enter rejects it and keeps the focus on it.
    await page.locator('#input').focus()
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.matches('button[data-i="0"]'))); i++) await page.keyboard.press('Tab')
    const button = page.locator('button[data-i="0"]')
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await page.locator('#tip-0').isVisible()).toBe(true)
    expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
    await page.keyboard.press('Enter')
    expect(await button.getAttribute('aria-pressed')).toBe('false')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-i'))).toBe('0')
    expect(await page.locator('#tip-0').textContent()).toContain('Rejected: press to accept')
    // The picture in the README (docs/web-page.png is a copy of one): a change rejected, its tooltip shown.
    await page.screenshot({ path: join(ARTIFACTS, 'web-page.png'), fullPage: true })
    const oneRejected = undoMarks(expected.text, [first])
    expect(oneRejected).toBe(SPUN.slice(0, first.end) + expected.text.slice(first.outputEnd))
    expect(await shownText(page)).toBe(oneRejected)
    expect(await page.locator('#status').textContent()).toBe(`Rejected “${first.restored}”.`)
    expect(await download(page)).toBe(oneRejected)
    expect(await page.locator('#status').textContent()).toBe('Downloaded restored.txt.')
    // Reject all below 95%, then accept all at or above 0%: every change back.
    await page.locator('#min-confidence').fill('95')
    await page.locator('#reject-below').click()
    const low = expected.marks.filter((m) => m.confidence < 0.95)
    expect(low.length).toBeGreaterThan(0)
    expect(low.length).toBeLessThan(expected.marks.length)
    expect(await download(page)).toBe(undoMarks(expected.text, low))
    await page.locator('#min-confidence').fill('0')
    await page.locator('#accept-above').click()
    expect(await download(page)).toBe(expected.text)
    // The spun text, on the switch: exactly what was pasted.
    await page.locator('#show-spun').check()
    expect(await shownText(page)).toBe(SPUN)
    await page.locator('#show-spun').uncheck()
    expect(await shownText(page)).toBe(expected.text)
    await context.close()
  }, SLOW)

  it('reads an opened HTML file as HTML and a dropped Markdown file as Markdown, restoring only their prose', async () => {
    const { context, page } = await open()
    const html = `<p title="with out">${SPUN}</p>`
    await page.locator('#file').setInputFiles({ name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) })
    await page.waitForSelector('body[data-restored="true"]')
    expect(await page.locator('#format').inputValue()).toBe('html')
    const node = restoreText(html, { inputFormat: 'html' })
    expect(await download(page)).toBe(node.text)
    expect(await page.locator('#status').textContent()).toBe('Downloaded story-restored.html.')
    expect(node.text.startsWith('<p title="with out">')).toBe(true)
    // A Markdown file dropped on the text box: read as Markdown, its code span left alone.
    const markdown = `# Notes\n\n${SPUN} Keep \`with out\` as it is.\n`
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], 'notes.md', { type: 'text/markdown' }))
      return transfer
    }, markdown)
    await page.dispatchEvent('#input', 'drop', { dataTransfer })
    await page.waitForFunction(() => (document.querySelector('#format') as HTMLSelectElement).value === 'markdown')
    await page.waitForSelector('body[data-restored="true"]')
    expect(await page.locator('#input').inputValue()).toBe(markdown)
    const restoredMarkdown = restoreText(markdown, { inputFormat: 'markdown' }).text
    expect(restoredMarkdown).toContain('Keep `with out` as it is.')
    expect(await download(page)).toBe(restoredMarkdown)
    expect(await page.locator('#status').textContent()).toBe('Downloaded notes-restored.md.')
    await context.close()
  }, SLOW)

  it('works offline once loaded: the service worker serves every file with the server gone', async () => {
    const { context, page } = await open()
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    await server!.close()
    await context.setOffline(true)
    await page.reload()
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 })
    await paste(page, SPUN)
    expect(await shownText(page)).toBe(expected.text)
    await context.close()
    server = undefined
  }, SLOW)

  it('says so, and restores nothing, when the language model cannot be fetched', async () => {
    const broken = await serveFolder(work, ['/models/lm-en.bin'])
    const context = await browser!.newContext()
    try {
      const page = await context.newPage()
      await page.goto(`${broken.origin}/`)
      await page.waitForSelector('#status:has-text("Error")', { timeout: 60_000 })
      expect(await page.locator('#status').textContent()).toMatch(/^Error: could not load the models \(lm-en\.bin, pos-en\.bin\): unspin: cannot fetch the languageModel from http:\/\/127\.0\.0\.1:\d+\/models\/lm-en\.bin: HTTP 404$/)
      await page.locator('#input').fill(SPUN)
      await page.waitForSelector('#status:has-text("Error")')
      expect(await page.locator('#output button').count()).toBe(0)
      expect(await page.locator('body').getAttribute('data-restored')).not.toBe('true')
    } finally {
      await context.close()
      await broken.close()
    }
  }, SLOW)

  it('reports the sizes a first load fetches', () => {
    const size = Object.fromEntries(files.map((f) => [f.path, f]))
    console.log(files.map((f) => `${f.path}: ${f.bytes} bytes, ${f.gzipBytes} gzip`).join('\n'))
    expect(Object.keys(size).sort()).toEqual(['app.js', 'index.html', 'models/lm-en.bin', 'models/pos-en.bin', 'style.css', 'sw.js', 'worker.js'])
    expect(size['models/lm-en.bin']!.bytes).toBe(readFileSync('models/lm-en.bin').length)
    // The restorer (dictionaries, wink-nlp's model) is in the worker's bundle, not the page's.
    expect(size['worker.js']!.bytes).toBeGreaterThan(1_000_000)
    expect(size['app.js']!.bytes).toBeLessThan(50_000)
  })
})
