import { describe, expect, it } from 'vitest'
import { rankShare } from '../../src/confidence.js'
import { readSpinnerThesaurus, type SpinnerThesaurusOptions } from '../../src/spinner/load-spinner-thesaurus.js'
import { channelParameters } from '../../src/spinner/options.js'
import { parseSpinnerSets, type SynonymSet } from '../../src/spinner/parse-sets.js'
import { mulberry32 } from '../../bench/sim/spin.js'
import { MIN_WEIGHT_RATIO, positionShares } from '../../src/spinner/weights.js'

/**
 * The loader numbers forms in typed arrays, rules most forms out with a bound before weighing them,
 * and builds member strings only when needed. Checked here against the channel written out plainly
 * (reverse-channel.ts says the model): maps of strings, every form weighed in full.
 */
interface PlainEntry {
  spun: string
  originals: string[]
  prior: number
  line: number
}

function plainChannel(sets: readonly SynonymSet[], options: SpinnerThesaurusOptions): PlainEntry[] {
  const p = channelParameters(options)
  const shares = positionShares(p.positionWeights)
  const forms = new Map<string, { text: string; line: number; places: { set: SynonymSet; i: number }[] }>()
  for (const set of sets) {
    set.keys.forEach((key, i) => {
      const form = forms.get(key) ?? { text: set.members[i]!, line: set.line, places: [] }
      forms.set(key, form)
      form.places.push({ set, i })
    })
  }
  const entries: PlainEntry[] = []
  for (const form of forms.values()) {
    const weights = new Map<string, number>() // by key, in the order first met
    let swap = 0
    let keep = 0
    for (const { set, i } of form.places) {
      const n = set.keys.length
      const member = p.memberWeight / (n - 1)
      const share = shares(n - 1)
      keep += i === 0 ? 1 : member
      for (let j = 0; j < n; j++) {
        if (j === i) continue
        const w = (j === 0 ? 1 : member) * share[i < j ? i : i - 1]!
        weights.set(set.keys[j]!, (weights.get(set.keys[j]!) ?? 0) + w)
        swap += w
      }
    }
    const top = [...weights].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]).slice(0, p.maxOriginals)
    if (top.length === 0) continue
    const best = top[0]![1]
    const confidence = p.maxConfidence * (swap / (swap + keep)) * (best / swap)
    if (confidence < p.minConfidence) continue
    const ranked = top.filter(([, w]) => w >= MIN_WEIGHT_RATIO * best)
    const prior = Math.min(1, Math.max(0.001, Math.round((confidence / rankShare(0, ranked.length)) * 10000) / 10000))
    entries.push({ spun: form.text, originals: ranked.map(([key]) => forms.get(key)!.text), prior, line: form.line })
  }
  return entries
}

/** A database with what the loader must get right: repeated headwords and lines, casing, skipped and lone members. */
function randomDatabase(seed: number): string {
  const random = mulberry32(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  // Forms that first turn up on lines skipped, in another spelling, then in sets that are kept.
  const late = Array.from({ length: 20 }, (_, i) => `late${i}`)
  const words = Array.from({ length: 60 }, (_, i) => `w${i}`).concat(['said', 'Said', 'stated', 'news agency', 'News  Agency', 'file', 'record'])
  const heads = words.slice(0, 12)
  const lines: string[] = []
  for (let l = 0; l < 400; l++) {
    const roll = random()
    if (roll < 0.05 && lines.length > 0) lines.push(pick(lines)) // a repeated line
    else if (roll < 0.1) lines.push(pick(late).toUpperCase()) // a form on a line of its own, skipped
    else if (roll < 0.13) lines.push(`${pick(late).toUpperCase()}|---`) // the same, once its other member is skipped
    else if (roll < 0.2 && l > 200) lines.push(`${pick(words)}|${pick(late)}|${pick(words)}`)
    else if (roll < 0.15) lines.push(`{${pick(words)}|${pick(words)}|x${l}}`)
    else {
      const n = 2 + Math.floor(random() * 10)
      const members = Array.from({ length: n }, (_, k) => (k === 0 && random() < 0.5 ? pick(heads) : pick(words)))
      lines.push(members.map((m) => (random() < 0.1 ? ` ${m} ` : m)).join('|'))
    }
  }
  return lines.join('\n')
}

describe('the loader against the plain channel', () => {
  const cases: SpinnerThesaurusOptions[] = [
    {},
    { minConfidence: 0 },
    { memberWeight: 0, minConfidence: 0 },
    { memberWeight: 0 },
    { positionWeights: [0.1, 0.8], maxOriginals: 2 },
    { memberWeight: 3, maxConfidence: 1, minConfidence: 0.3 },
    { minConfidence: 0.45 },
  ]
  it.each([1, 2, 3, 4, 5, 6])('gives the same entries, originals, priors and lines (seed %i)', (seed) => {
    const text = randomDatabase(seed)
    const { sets } = parseSpinnerSets(text)
    for (const options of cases) {
      const { dictionary, stats } = readSpinnerThesaurus(text, options)
      const plain = plainChannel(sets, options)
      expect(dictionary.entries.map((e) => ({ spun: e.spun, originals: e.originals, prior: e.prior, line: e.line }))).toEqual(plain)
      expect(stats.sets).toBe(sets.length)
    }
  })

  it('spells and dates a form from the first set kept, not from a line that was skipped', () => {
    const d = readSpinnerThesaurus('Alone\nALONE|---\nfoo|alone|bar\nbaz|Alone').dictionary
    expect(d.entries.find((e) => e.spun.toLowerCase() === 'alone')).toMatchObject({ spun: 'alone', line: 3 })
  })
})
