import { retext } from 'retext'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { createRestorer, restoreText } from '../../src/index.js'
import unspin, { type UnspinMessage } from '../../src/integrations/retext.js'

const SENTENCE = 'Peskov instructed TASS information company on Monday, with out providing details.'

type Message = UnspinMessage & { place?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } }

async function messages(text: string, options?: Parameters<typeof unspin>[0]): Promise<Message[]> {
  const file = await retext().use(unspin, options).process(text)
  return file.messages as unknown as Message[]
}

/** Apply each message's first expected fix at its offsets, back to front. */
function applyFixes(text: string, found: readonly Message[]): string {
  let out = text
  for (const message of [...found].sort((a, b) => b.place!.start.offset! - a.place!.start.offset!)) {
    out = out.slice(0, message.place!.start.offset!) + message.expected![0] + out.slice(message.place!.end.offset!)
  }
  return out
}

describe('unspin/retext', () => {
  it('reports each change restoreText makes, with its fix, dictionary rule id, source and place', async () => {
    const found = await messages(SENTENCE)
    const result = restoreText(SENTENCE)
    expect(result.marks.length).toBeGreaterThan(0)
    expect(found.map((m) => [m.actual, m.expected?.[0], m.ruleId, m.source])).toEqual(result.marks.map((mark) => [mark.found, mark.restored, mark.source, 'unspin']))
    for (const [i, message] of found.entries()) {
      const mark = result.marks[i]!
      expect(message.place).toEqual({ start: { line: 1, column: mark.start + 1, offset: mark.start }, end: { line: 1, column: mark.end + 1, offset: mark.end } })
      expect(message.confidence).toBe(mark.confidence)
      expect(message.level).toBe(mark.level)
      expect(message.entryId).toBe(mark.entryId)
    }
    expect(applyFixes(SENTENCE, found)).toBe(result.text)
  })

  it('gives lines and columns in a file of several lines, CRLF included', async () => {
    const text = `A first line we wrote.\r\n\r\n${SENTENCE}`
    const found = await messages(text)
    expect(found.length).toBeGreaterThan(0)
    for (const message of found) {
      expect(message.place!.start.line).toBe(3)
      expect(text.slice(message.place!.start.offset, message.place!.end.offset)).toBe(message.actual)
      expect(message.place!.start.column).toBe(message.place!.start.offset! - text.indexOf('Peskov') + 1)
    }
    expect(applyFixes(text, found)).toBe(restoreText(text).text)
  })

  it('works on the English parser with unified, and leaves clean or empty text alone', async () => {
    const processor = unified().use(retextEnglish).use(unspin)
    const found = await new Promise<Message[]>((resolve, reject) => {
      processor.run(processor.parse(SENTENCE), SENTENCE, (error, _tree, file) => {
        if (error) reject(error)
        else resolve(file!.messages as unknown as Message[])
      })
    })
    expect(found.map((m) => m.expected?.[0])).toEqual(restoreText(SENTENCE).marks.map((mark) => mark.restored))
    expect(await messages('The committee met on Monday and approved the budget.')).toEqual([])
    expect(await messages('')).toEqual([])
  })

  it('reads only the text leaves of a tree that leaves markup out, as remark-retext gives it', async () => {
    // The tree remark-retext would give for Markdown: text leaves with offsets into the file, none for `*` or the link target.
    const source = 'Peskov instructed TASS *information* company on [Monday](https://example.com/with-out), with out providing details.'
    const leaves = [...source.matchAll(/\[|\]\([^)]*\)|\*|([^*[\]]+)/g)].filter((m) => m[1] !== undefined).map((m) => ({ type: 'TextNode', value: m[0], position: { start: { offset: m.index! }, end: { offset: m.index! + m[0].length } } }))
    const tree = { type: 'RootNode', children: [{ type: 'ParagraphNode', children: leaves }] }
    const found = await new Promise<Message[]>((resolve, reject) => {
      unified().use(unspin).run(tree as never, source, (error, _tree, file) => {
        if (error) reject(error)
        else resolve(file!.messages as unknown as Message[])
      })
    })
    const byActual = new Map(found.map((m) => [m.expected?.[0], m]))
    expect([...byActual.keys()]).toEqual(restoreText('Peskov instructed TASS information company on Monday, with out providing details.').marks.map((mark) => mark.restored))
    // Inside one leaf: the file's text at the place is the spun text.
    expect(byActual.get('without')?.actual).toBe('with out')
    expect(byActual.get('without')?.note).toBeUndefined()
    // Across the emphasis: placed over the markup, and noted as a fix to make by hand.
    expect(byActual.get('news agency')?.actual).toBe('information* company')
    expect(byActual.get('news agency')?.note).toMatch(/runs across markup/)
  })

  it('takes createRestorer options or a restorer, and rejects others with a typed error', async () => {
    expect(await messages(SENTENCE, { threshold: 1 })).toEqual([])
    // One restorer built here (building one is the slow part): used as given, its own options hold.
    const restorer = createRestorer({ disable: ['news-swaps'] })
    const withRestorer = await messages(SENTENCE, { restorer })
    expect(withRestorer.map((m) => m.expected?.[0])).toEqual(restorer.restore(SENTENCE).marks.map((mark) => mark.restored))
    expect(withRestorer.map((m) => m.ruleId)).not.toContain('news-swaps')
    await expect(messages(SENTENCE, 'news' as never)).rejects.toMatchObject({ code: 'E_ARGUMENT', message: expect.stringMatching(/expected `retext-unspin options` to be an options object/) })
    await expect(messages(SENTENCE, { restorer, disable: ['news-swaps'] })).rejects.toMatchObject({ code: 'E_ARGUMENT', message: expect.stringMatching(/only `threshold` beside `restorer`/) })
    await expect(messages(SENTENCE, { treshold: 0.5 } as never)).rejects.toMatchObject({ code: 'E_ARGUMENT', message: expect.stringMatching(/did you mean `threshold`/) })
  })
})
