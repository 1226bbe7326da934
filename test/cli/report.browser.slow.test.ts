import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { restoreText } from '../../src/index.js'
import { spunDocument } from './corpus.js'
import { ARTIFACTS, captureIO } from './helpers.js'

// The HTML batch report in real headless Chromium (Debian's `chromium` package, driven by
// playwright-core). Skipped, with a note, where /usr/bin/chromium is not installed.
const CHROMIUM = '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) console.warn(`report.browser.slow.test.ts skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`)

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const SLOW = 120_000

let browser: Browser | undefined
let work = ''
let reportUrl = ''
let texts: string[] = []

beforeAll(async () => {
  if (!hasChromium) return
  work = mkdtempSync(join(tmpdir(), 'unspin-report-'))
  mkdirSync(join(work, 'docs'))
  texts = [spunDocument(0, 1), 'Nothing was spun in this one.\n', spunDocument(1, 2)]
  texts.forEach((text, i) => writeFileSync(join(work, 'docs', `doc-${i + 1}.txt`), text))
  const { io, stdout } = captureIO()
  const cwd = process.cwd()
  process.chdir(work)
  try {
    expect(await runCli(['--format', 'html', 'docs'], io)).toBe(0)
  } finally {
    process.chdir(cwd)
  }
  mkdirSync(ARTIFACTS, { recursive: true })
  const file = join(ARTIFACTS, 'report.html')
  writeFileSync(file, stdout())
  reportUrl = pathToFileURL(file).href
  // chromium.launch starts every browser with a fresh temporary profile (user-data-dir).
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}, SLOW)

afterAll(async () => {
  await browser?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

async function open(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser!.newContext({ viewport: { width: 1000, height: 900 }, ...options })
  const page = await context.newPage()
  await page.goto(reportUrl)
  return page
}

/** Press Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

// WCAG relative luminance contrast of two computed `rgb(...)` colours.
function contrast(a: string, b: string): number {
  const luminance = (rgb: string): number => {
    const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }) as [number, number, number]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

describe.skipIf(!hasChromium)('HTML report in headless Chromium', () => {
  it('shows every change as a mark whose tooltip gives the spun text, confidence, alternatives and source', async () => {
    const page = await open()
    const expected = texts.flatMap((t) => restoreText(t).marks)
    const marks = page.locator('mark.unspin-mark')
    expect(await marks.count()).toBe(expected.length)
    expect(await page.locator('section.unspin-doc').count()).toBe(3)
    expect(await page.locator('table.unspin-table tbody tr').count()).toBe(3)
    const first = expected[0]!
    const mark = marks.first()
    expect(await mark.getAttribute('data-found')).toBe(first.found)
    expect(await mark.getAttribute('data-restored')).toBe(first.restored)
    expect(await mark.getAttribute('tabindex')).toBe('0')
    const tip = mark.locator('.unspin-tip')
    expect(await tip.isVisible()).toBe(false)
    const tipText = await tip.textContent()
    expect(tipText).toContain(`Spun: ${first.found}`)
    expect(tipText).toContain(`Confidence: ${Math.round(first.confidence * 100)}% (${first.level})`)
    expect(tipText).toContain(`Source: ${first.source} (${first.entryId})`)
    const withAlternatives = expected.findIndex((m) => m.alternatives.length > 0)
    if (withAlternatives >= 0) expect(await marks.nth(withAlternatives).locator('.unspin-tip').textContent()).toContain('Alternatives: ')
    await marks.nth(1).hover()
    expect(await marks.nth(1).locator('.unspin-tip').isVisible()).toBe(true)
    expect(await page.locator('.unspin-summary').first().textContent()).toMatch(/^3 documents, \d+ changes: \d+ high, \d+ medium, \d+ low confidence; \d+ skipped candidates?\. Highest spin score: \d\.\d{3} \(docs\/doc-\d\.txt\)\.$/)
    await page.context().close()
  }, SLOW)

  it('reaches a mark with Tab and shows its tooltip with a visible focus ring; saves the screenshot', async () => {
    const page = await open()
    await tabTo(page, 'mark.unspin-mark')
    const focused = page.locator('mark.unspin-mark:focus')
    expect(await focused.count()).toBe(1)
    expect(await focused.locator('.unspin-tip').isVisible()).toBe(true)
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true })
    expect(existsSync(join(ARTIFACTS, 'report.png'))).toBe(true)
    await page.context().close()
  }, SLOW)

  it('switches to the spun text with the keyboard, and back', async () => {
    const page = await open()
    const mark = page.locator('mark.unspin-mark').first()
    const found = (await mark.getAttribute('data-found'))!
    const restored = (await mark.getAttribute('data-restored'))!
    expect(await mark.locator('.unspin-r').isVisible()).toBe(true)
    expect(await mark.locator('> .unspin-s').isVisible()).toBe(false)
    await tabTo(page, 'input.unspin-view')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('switch')
    await page.keyboard.press('Space')
    expect(await page.locator('input.unspin-view').isChecked()).toBe(true)
    expect(await mark.locator('.unspin-r').isVisible()).toBe(false)
    expect(await mark.locator('> .unspin-s').isVisible()).toBe(true)
    expect(await mark.locator('> .unspin-s').evaluate((el) => el.firstChild?.textContent)).toBe(found)
    const spunText = await page.locator('.unspin-text').first().evaluate((el) => {
      const clone = el.cloneNode(true) as HTMLElement
      clone.querySelectorAll('.unspin-r, .unspin-tip, .unspin-vh').forEach((n) => n.remove())
      return clone.textContent
    })
    expect(spunText).toBe(texts[0])
    await page.keyboard.press('Space')
    expect(await mark.locator('.unspin-r').innerText()).toContain(restored)
    expect(await mark.locator('> .unspin-s').isVisible()).toBe(false)
    await page.context().close()
  }, SLOW)

  it('works without JavaScript: restored view by default, the switch still toggles', async () => {
    const page = await open({ javaScriptEnabled: false })
    const mark = page.locator('mark.unspin-mark').first()
    expect(await mark.locator('.unspin-r').isVisible()).toBe(true)
    expect(await mark.locator('> .unspin-s').isVisible()).toBe(false)
    await page.locator('label.unspin-view-label').click()
    expect(await mark.locator('> .unspin-s').isVisible()).toBe(true)
    await page.context().close()
  }, SLOW)

  it('meets WCAG AA contrast for marks of every level, the tooltip and links', async () => {
    const page = await open()
    const pairs = await page.evaluate(() => {
      const style = (selector: string): [string, string] | null => {
        const el = document.querySelector(selector)
        if (!el) return null
        const s = getComputedStyle(el)
        return [s.color, s.backgroundColor]
      }
      const link = document.querySelector('.unspin-table a')
      return {
        high: style('.unspin-chip.unspin-high'),
        medium: style('.unspin-chip.unspin-medium'),
        low: style('.unspin-chip.unspin-low'),
        tip: style('.unspin-tip'),
        link: link ? [getComputedStyle(link).color, getComputedStyle(document.body).backgroundColor] : null,
      }
    })
    for (const [name, pair] of Object.entries(pairs)) {
      expect(pair, name).not.toBeNull()
      expect(contrast(pair![0], pair![1]), name).toBeGreaterThanOrEqual(4.5)
    }
    await page.context().close()
  }, SLOW)
})
