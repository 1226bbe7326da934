/**
 * Regenerate the "Speed & accuracy" table in README.md from bench/results/latest.json. Only the text
 * between `<!-- bench:start -->` and `<!-- bench:end -->` is replaced; without both markers the README
 * is left alone and a note is printed. Run: `npx tsx bench/update-readme.ts` (last step of `npm run bench`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoRoot } from './data/paths.js'
import { readResults, RESULTS_FILE, type Results } from './results.js'

export const START_MARKER = '<!-- bench:start -->'
export const END_MARKER = '<!-- bench:end -->'

/** A number at a dotted path of the results, or null. */
function num(root: unknown, path: string): number | null {
  let at: unknown = root
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null) return null
    at = (at as Record<string, unknown>)[key]
  }
  return typeof at === 'number' && Number.isFinite(at) ? at : null
}

function fixed(x: number | null, decimals = 2): string {
  return x === null ? 'n/a' : x.toFixed(decimals)
}
function pct(x: number | null): string {
  return x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`
}
function thousands(x: number | null): string {
  return x === null ? 'n/a' : Math.round(x).toLocaleString('en-US')
}

/** The markdown block (table and a provenance line) for the results, or null when there are none. */
export function renderBenchTable(results: Results): string | null {
  const q = results.quality
  const s = results.speed
  const sp = results.spinScore
  if (!q && !s && !sp && !results.simulation) return null
  const rows: [string, string][] = []
  if (q) {
    const a = 'news.byFamily.A-classic'
    rows.push(
      [`Real spun news, A-classic (leave-one-pair-out, ${num(q, `${a}.docs`) ?? 'n/a'} pairs)`,
        `ERR ${fixed(num(q, `${a}.err`))} · change precision ${fixed(num(q, `${a}.changePrecision`))} · region recall ${fixed(num(q, `${a}.regionRecall`))}`],
      [`Real spun news, all families (${num(q, 'news.pairs') ?? 'n/a'} pairs)`,
        `ERR ${fixed(num(q, 'news.total.err'))} · change precision ${fixed(num(q, 'news.total.changePrecision'))} · region recall ${fixed(num(q, 'news.total.regionRecall'))}`],
      ['False changes per 1,000 clean words',
        `news originals ${fixed(num(q, 'clean.newsOriginals.falseChangesPer1000'))} · Brown press ${fixed(num(q, 'clean.brownPress.falseChangesPer1000'))} · Brown learned ${fixed(num(q, 'clean.brownLearned.falseChangesPer1000'))}`],
    )
    if (q.tortured) {
      const share = (path: string): number | null => {
        const n = num(q, `tortured.${path}`)
        const d = num(q, `tortured.${path.replace(/\.[a-z]+$/, '.sentences')}`)
        return n === null || d === null || d === 0 ? null : n / d
      }
      rows.push(
        [`Tortured phrases never seen (${num(q, 'tortured.folds')}-fold, ${num(q, 'tortured.heldOut.sentences')} sentences)`,
          `restored ${pct(share('heldOut.restored'))} · flagged ${pct(share('heldOut.detected'))} (without composed phrases: ${pct(share('uncomposedHeldOut.restored'))} · ${pct(share('uncomposedHeldOut.detected'))}; list-only matching: ${pct(share('listOnlyHeldOut.restored'))} · ${pct(share('listOnlyHeldOut.detected'))})`],
        ['Tortured phrases in the list', `restored ${pct(share('inList.restored'))} · flagged ${pct(share('inList.detected'))}`],
      )
    }
    if (q.leaveOneFarmOut) {
      rows.push([`Real spun news, leave-one-farm-out (no pair of the held-out copy's site trains)`,
        `ERR ${fixed(num(q, 'leaveOneFarmOut.total.err'))} (A-classic ${fixed(num(q, 'leaveOneFarmOut.byFamily.A-classic.err'))}) · change precision ${fixed(num(q, 'leaveOneFarmOut.total.changePrecision'))} · FC ${fixed(num(q, 'leaveOneFarmOut.total.falseChangesPer1000'))} per 1,000 words of the originals`])
    }
    const thesaurus = Array.isArray(q.ablation) ? (q.ablation as unknown[]).find((r) => (r as { key?: unknown }).key === 'thesaurus') : undefined
    if (thesaurus) {
      rows.push(['Real spun news with the opt-in thesaurus loaded (leave-one-pair-out)',
        `ERR ${fixed(num(thesaurus, 'news.err'))} · change precision ${fixed(num(thesaurus, 'news.changePrecision'))} · FC ${fixed(num(thesaurus, 'news.falseChangesPer1000'))} per 1,000 words of the originals`])
    }
    rows.push(['Calibration (news marks; right = the original\'s words put back)', `ECE ${fixed(num(q, 'calibration.crossFitted.ece'), 3)} with the map refitted leave-one-pair-out (raw posteriors ${fixed(num(q, 'calibration.raw.ece'), 3)}), over ${num(q, 'calibration.crossFitted.n') ?? 'n/a'} marks`])
  }
  const sim = results.simulation
  if (sim) {
    const r = (key: string): string =>
      `ERR ${fixed(num(sim, `restorers.${key}.all.err`))} · change precision ${fixed(num(sim, `restorers.${key}.all.changePrecision`))} · ${fixed(num(sim, `restorers.${key}.all.falseChangesPer1000`))} false changes per 1,000 clean words`
    rows.push(
      [`Simulated spinning (\`npm run bench:sim\`, ${thousands(num(sim, 'text.words'))} words), the spinner's own database loaded`, r('same')],
      ['Simulated spinning, a mismatched database loaded (30% of its lines replaced)', `${r('mismatched')} (built-ins only: ${r('baseline')})`],
    )
  }
  const cr = results.candidateRecall
  if (cr && Array.isArray(cr.rows)) {
    const oracle = (key: string): string => {
      const row = (cr.rows as unknown[]).find((x) => (x as { key?: unknown }).key === key)
      const d = num(row, 'all.oracleDistSpun')
      const r = num(row, 'all.oracleDistRestored')
      return d === null || r === null || d === 0 ? 'n/a' : fixed(1 - r / d)
    }
    // Beside each ceiling, the ERR the restorer reached with the same candidates (leave-one-pair-out).
    const ablationRows = Array.isArray(results.quality?.ablation) ? (results.quality.ablation as unknown[]) : []
    const reached = (key: string): string => fixed(num(ablationRows.find((r) => (r as { key?: unknown }).key === key), 'news.err'))
    rows.push(['Oracle ceiling on real spun news (ERR if exactly the swaps the candidates can spell came back), and ERR reached (leave-one-pair-out)',
      `built-in tables ${oracle('pps')}, reached ${reached('full')} · + opt-in thesaurus ${oracle('thesaurus')}, reached ${reached('thesaurus')} · + sim-a, an open spinner-style database of realistic breadth no farm used, ${oracle('sim-a')}, reached ${reached('sim-a')}`])
  }
  if (sp) {
    const l = 'news.leaveOneOut'
    rows.push(
      [`Spin score, spun copies vs originals (leave-one-pair-out, ${num(sp, 'pairs') ?? 'n/a'} pairs)`,
        `AUC ${fixed(num(sp, `${l}.auc`), 3)} · mean score spun ${fixed(num(sp, `${l}.groups.newsSpun.mean`))} vs original ${fixed(num(sp, `${l}.groups.newsOriginals.mean`))} · Brown press + learned judged "spun" ${pct(num(sp, 'brown.both.spunRate'))} of ${num(sp, 'brown.both.documents') ?? 'n/a'} texts`],
    )
  }
  if (s) {
    rows.push(
      ['Restore speed (one thread, warm)',
        `${thousands(num(s, 'warm.restoreWordsPerSecond'))} words/s · wink-nlp tokenizing the same text ${thousands(num(s, 'warm.winkWordsPerSecond'))} words/s (restore takes ${fixed(num(s, 'warm.restoreOverWink'), 1)}× as long)`],
      ['Cold start (fresh process)',
        `import + first restoreText() ${thousands(num(s, 'cold.restoreText.totalMs'))} ms · createRestorer() ${thousands(num(s, 'cold.createRestorer.createMs'))} ms · wink-nlp import + first readDoc ${thousands(num(s, 'cold.wink.totalMs'))} ms${num(s, 'cold.restoreTextOverWink') === null ? '' : ` (${fixed(num(s, 'cold.restoreTextOverWink'), 1)}× wink-nlp's)`}`],
      ['Peak memory restoring 1 MB', `${thousands(num(s, 'memory.restorePeakMB'))} MB (wink-nlp tokenizing it: ${thousands(num(s, 'memory.winkPeakMB'))} MB)`],
      ['Restore time per KB by input size', (Array.isArray(s.growth) ? (s.growth as unknown[]) : [])
        .map((g) => `${String((g as { label?: unknown }).label)} ${num(g, 'usPerKB') === null ? 'n/a' : `${fixed(num(g, 'usPerKB'), 0)} µs`}`).join(' · ') || 'n/a'],
    )
  }
  const scale = results.scale
  if (scale) {
    const big = 'memory.10MB'
    rows.push(
      ['Peak memory restoring 10 MB (fresh process, same output in every column)',
        `one window, as a whole-text call was before ${thousands(num(scale, `${big}.whole.peakRssMB`))} MB · windows (restore, restoreStream) ${thousands(num(scale, `${big}.windowed.peakRssMB`))} MB · restoreStream with the CLI's heap budget ${thousands(num(scale, `${big}.windowed+budget.peakRssMB`))} MB`],
      ['JSONL batch of 10,000 short documents', `--jobs 1 ${fixed(num(scale, 'jobs.10000.jobs1'), 1)} s · --jobs 2 ${fixed(num(scale, 'jobs.10000.jobs2'), 1)} s (${fixed(num(scale, 'jobs.10000.speedup'), 2)}×)`],
    )
  }
  const serve = results.serve
  if (serve) {
    rows.push(['`unspin serve`, LanguageTool `/v2/check` on loopback', `${thousands(num(serve, 'requestsPerSecond'))} requests/s (${num(serve, 'requests') ?? 'n/a'} requests, ${num(serve, 'inFlight') ?? 'n/a'} in flight, ${num(serve, 'errors') ?? 'n/a'} errors) · p95 ${thousands(num(serve, 'latencyMs.p95'))} ms · in-process baseline ${thousands(num(serve, 'baselineInProcessPerSecond'))} texts/s`])
  }
  const run = (q ?? s ?? sp ?? results.simulation)!.run
  const commit = run.commit ? `${run.commit.slice(0, 7)}${run.dirty ? ' with local changes' : ''}` : 'unknown commit'
  return [
    '| Measure | Figure |',
    '| --- | --- |',
    ...rows.map(([m, f]) => `| ${m} | ${f} |`),
    '',
    `Measured ${run.date.slice(0, 10)} on ${run.machine.cpu} (${run.machine.cores} cores), Node ${run.node}, ${commit}.`,
    'Figures come from `bench/results/latest.json`; `npm run bench` reproduces them (it needs the `../shared` corpus).',
  ].join('\n')
}

/** `readme` with the text between the markers replaced by `block`, or null when the markers are missing. */
export function replaceBetweenMarkers(readme: string, block: string): string | null {
  const start = readme.indexOf(START_MARKER)
  const end = readme.indexOf(END_MARKER, start + START_MARKER.length)
  if (start < 0 || end < 0) return null
  return `${readme.slice(0, start + START_MARKER.length)}\n${block}\n${readme.slice(end)}`
}

function main(): void {
  const readmeFile = join(repoRoot, 'README.md')
  const block = renderBenchTable(readResults())
  if (block === null) return console.log(`update-readme: no figures in ${RESULTS_FILE}; run the benchmarks first.`)
  if (!existsSync(readmeFile)) return console.log('update-readme: README.md does not exist; nothing updated.')
  const readme = readFileSync(readmeFile, 'utf8')
  const updated = replaceBetweenMarkers(readme, block)
  if (updated === null) return console.log(`update-readme: README.md has no ${START_MARKER} ... ${END_MARKER} markers; nothing updated.`)
  if (updated === readme) return console.log('update-readme: README.md "Speed & accuracy" table already up to date.')
  writeFileSync(readmeFile, updated)
  console.log('update-readme: regenerated the "Speed & accuracy" table in README.md.')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
