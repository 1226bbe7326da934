import { describe, expect, it } from 'vitest'
import { builtinDictionaries, createRestorer, loadSpinnerThesaurus, undoMarks, type Restorer, type RestoredPiece, type RestoreStreamOptions } from '../src/index.js'
import { spinHeadwords } from '../bench/sim/spin.js'
import { generatedText, seeded } from './helpers/generated-text.js'

const restorer = createRestorer()
// One window for the whole text: the whole-text decision (`restore`'s) inside the stream.
const WHOLE = Number.MAX_SAFE_INTEGER

async function collect(source: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, options?: RestoreStreamOptions, using: Restorer = restorer): Promise<RestoredPiece[]> {
  const pieces: RestoredPiece[] = []
  for await (const piece of using.restoreStream(source, options)) pieces.push(piece)
  return pieces
}

function joined(pieces: readonly RestoredPiece[]) {
  return {
    text: pieces.map((p) => p.text).join(''),
    marks: pieces.flatMap((p) => p.marks),
    skipped: pieces.flatMap((p) => p.skipped),
    spin: pieces.map((p) => p.spin),
  }
}

/** `text` cut into pieces of random length (1 to 40,000 characters). */
function* cut(text: string, random: () => number): Generator<string> {
  for (let at = 0; at < text.length; ) {
    const next = Math.min(text.length, at + 1 + Math.floor(random() * 40_000))
    yield text.slice(at, next)
    at = next
  }
}

describe('restoreStream, windowed, gives the whole-text result', () => {
  // wink-nlp's tokenizer reads a lexicon that grows with every word it meets; each document is read
  // from the lexicon as loaded (tokenize.ts readDocument), so the two calls need no common start.
  for (const seed of [1]) {
    it(`random text and windows, seed ${seed}`, async () => {
      const random = seeded(seed)
      const text = generatedText(70_000 + Math.floor(random() * 30_000), seed)
      const whole = await collect([text], { windowChars: WHOLE })
      const windowChars = [1, 65_536][Math.floor(random() * 2)]!
      const pieces = await collect(cut(text, random), { windowChars })
      expect(whole).toHaveLength(1)
      expect(pieces.length).toBeGreaterThan(1)
      const windowed = joined(pieces)
      expect(windowed.text).toBe(whole[0]!.text)
      expect(windowed.marks).toEqual(whole[0]!.marks)
      expect(windowed.skipped).toEqual(whole[0]!.skipped)
      for (const spin of windowed.spin) expect(spin).toEqual(whole[0]!.spin)
      expect(windowed.marks.length).toBeGreaterThan(100)
      // Pieces tile the input and the output.
      let input = 0
      let output = 0
      for (const piece of pieces) {
        expect(piece.inputStart).toBe(input)
        expect(piece.outputStart).toBe(output)
        expect(undoMarks(piece.text, piece.marks.map((m) => ({ ...m, outputStart: m.outputStart - output, outputEnd: m.outputEnd - output })))).toBe(text.slice(piece.inputStart, piece.inputEnd))
        input = piece.inputEnd
        output += piece.text.length
      }
      expect(input).toBe(text.length)
    }, 180_000)
  }
})

describe('restoreStream, windowed, with a spinner database loaded', () => {
  // A database of our own, and the generated text spun with it the way a spinner uses its database:
  // the database finds the text spun, and the learned tables get a rate of their own (restore-windows.ts
  // pass 3 reads all three rate groups).
  const LINES = ['said|stated|mentioned', 'report|account|record', 'change|alter|modify', 'next|following|subsequent', 'year|12 months|twelve months', 'officials|authorities|administrators', 'described|depicted|portrayed', 'new|novel|fresh']
  const withDatabase = createRestorer({ dictionaries: [...builtinDictionaries(), loadSpinnerThesaurus(`${LINES.join('\n')}\n`, { name: 'our-db' })] })

  it('gives the whole-text result', async () => {
    const random = seeded(7)
    const text = spinHeadwords(generatedText(60_000, 7), LINES.map((line) => line.split('|')), 7).text
    const whole = await collect([text], { windowChars: WHOLE }, withDatabase)
    const windowed = joined(await collect(cut(text, random), { windowChars: 1 }, withDatabase))
    expect(whole[0]!.spin.verdict).toBe('spun')
    expect(whole[0]!.marks.filter((m) => m.source === 'our-db').length).toBeGreaterThan(100)
    expect(windowed.text).toBe(whole[0]!.text)
    expect(windowed.marks).toEqual(whole[0]!.marks)
    expect(windowed.skipped).toEqual(whole[0]!.skipped)
    for (const spin of windowed.spin) expect(spin).toEqual(whole[0]!.spin)
  }, 180_000)

  it('gives the whole-text result where the database did not spin the text (its shared originals go to the other layers)', async () => {
    // "said" and "told" head lines of this database and are kept (its rate comes out low), while
    // "stated" and "instructed", which it shares with the built-in news-swaps list, appear now and then.
    const sharing = createRestorer({ dictionaries: [...builtinDictionaries(), loadSpinnerThesaurus('said|stated|mentioned\ntold|instructed|informed\n', { name: 'sharing-db' })] })
    const paragraph = (i: number) => `The minister said on day ${i} that the plan would work. Officials said the budget was ready and told the press so. The mayor stated that the roads would reopen. A spokesman instructed reporters to wait, and said nothing more.`
    const random = seeded(8)
    const text = Array.from({ length: 600 }, (_, i) => paragraph(i)).join('\n\n')
    // The whole-text call here is `restore` itself (restorer.ts), which builds the spans a second time.
    const whole = sharing.restore(text)
    const windowed = joined(await collect(cut(text, random), { windowChars: 1 }, sharing))
    expect(whole.spin?.swapRate).toBeLessThan(0.3)
    expect(whole.marks.filter((m) => m.found === 'stated' && m.source === 'news-swaps')).not.toEqual([])
    expect(windowed.text).toBe(whole.text)
    expect(windowed.marks).toEqual(whole.marks)
    expect(windowed.skipped).toEqual(whole.skipped)
    for (const spin of windowed.spin) expect(spin).toEqual(whole.spin)
  }, 180_000)
})

describe('restoreStream input', () => {
  it('reads UTF-8 bytes split inside characters as the same text', async () => {
    const text = 'Write to press@example.org 🙂 — the information company said it would reopen, with out delay.\r\n'.repeat(40)
    const bytes = new TextEncoder().encode(text)
    const chunks: Uint8Array[] = []
    for (let at = 0; at < bytes.length; at += 7) chunks.push(bytes.subarray(at, at + 7))
    async function* source() {
      yield* chunks
    }
    const fromBytes = joined(await collect(source()))
    const result = restorer.restore(text)
    expect(fromBytes.text).toBe(result.text)
    expect(fromBytes.marks).toEqual(result.marks)
  })

  it('gives one empty piece for an empty stream', async () => {
    const pieces = await collect([])
    expect(pieces).toHaveLength(1)
    expect(pieces[0]!.text).toBe('')
    expect(pieces[0]!.spin.words).toBe(0)
  })

  it('with documentChars, judges each document on its own, offsets into the whole stream', async () => {
    const line = 'Peskov instructed TASS information company on Monday, with out providing details.\n'
    const text = line.repeat(30) + 'The council met on Tuesday and agreed a new budget.\n'.repeat(30)
    const pieces = await collect(cut(text, seeded(7)), { documentChars: line.length * 30 })
    const documents = [...new Set(pieces.map((p) => p.document))]
    expect(documents).toEqual([0, 1])
    const firstEnd = pieces.filter((p) => p.document === 0).at(-1)!.inputEnd
    // Cut at a line break, once at least documentChars were read.
    expect(firstEnd).toBeGreaterThanOrEqual(line.length * 30)
    expect(text[firstEnd - 1]).toBe('\n')
    const second = restorer.restore(text.slice(firstEnd))
    const secondPieces = joined(pieces.filter((p) => p.document === 1))
    expect(secondPieces.text).toBe(second.text)
    expect(secondPieces.marks.map((m) => m.start - firstEnd)).toEqual(second.marks.map((m) => m.start))
    expect(secondPieces.spin[0]).toEqual(second.spin)
    expect(joined(pieces).text).toBe(restorer.restore(text.slice(0, firstEnd)).text + second.text)
  })

  it('throws a typed error for a bad source, chunk, option or bytes', async () => {
    const argument = expect.objectContaining({ code: 'E_ARGUMENT' })
    await expect(collect('text' as never)).rejects.toThrow(argument)
    await expect(collect([42 as never])).rejects.toThrow(argument)
    await expect(collect(['text'], { windowChars: 0 })).rejects.toThrow(argument)
    await expect(collect(['text'], { documentChars: 1.5 })).rejects.toThrow(argument)
    await expect(collect(['text'], { threshold: 2 })).rejects.toThrow(argument)
    await expect(collect([new Uint8Array([0x66, 0xff, 0x66])])).rejects.toThrow(argument)
  })
})
