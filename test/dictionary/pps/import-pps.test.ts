import { describe, it, expect } from 'vitest'
import { cleanPair, isAcronym, splitSlashes, type CleanedPair } from '../../../src/dictionary/pps/clean-pair.js'
import { cleanFingerprint, compareCodePoints, formatDictionary, importPps } from '../../../src/dictionary/pps/import-pps.js'
import { parseCondition } from '../../../src/dictionary/condition/index.js'

// Hand-written pairs in the shapes the PPS export uses (not copied from it).
const entry = (spun: string, originals: string[], uncertain = false): CleanedPair => ({ kind: 'entry', spun, originals, uncertain })
const skip = (reason: string) => ({ kind: 'skip', reason })

describe('cleanPair', () => {
  it.each<[string, string, string, unknown]>([
    ['plain pair', 'bogus knowledge', 'artificial intelligence', entry('bogus knowledge', ['artificial intelligence'])],
    ['whitespace collapsed, casing kept', '  Bogus   Knowledge ', " Alzheimer's  disease ", entry('Bogus Knowledge', ["Alzheimer's disease"])],
    ['acronym dropped', 'bogus knowledge', 'artificial intelligence (AI)', entry('bogus knowledge', ['artificial intelligence'])],
    ['mixed-case acronym dropped', 'web of items', 'Internet of Things (IoT)', entry('web of items', ['Internet of Things'])],
    ['acronym inside dropped', 'refusal of help (DoS) strike', 'denial-of-service (DoS) attack', entry('refusal of help strike', ['denial-of-service attack'])],
    ['escaped surrounding quotes', 'data and novelty', '\\"information technology (IT)\\"', entry('data and novelty', ['information technology'])],
    ['note dropped', 'veiled state', 'hidden state (in HMM)', entry('veiled state', ['hidden state'])],
    ['long note dropped', 'yield door', 'output gate (a part of a recurrent cell)', entry('yield door', ['output gate'])],
    ['context note dropped', 'hit charge', 'hit rate (in this context)', entry('hit charge', ['hit rate'])],
    ['uncertain (?) kept and flagged', 'bunch head', 'cluster head (?)', entry('bunch head', ['cluster head'], true)],
    ['trailing ? kept and flagged', 'bunch head', 'cluster head?', entry('bunch head', ['cluster head'], true)],
    ['inner optional word that completes the count', 'into the blend', 'into (reaction) mixture', entry('into the blend', ['into reaction mixture'])],
    ['inner optional word that does not', 'steered learning', 'supervised (machine) learning', entry('steered learning', ['supervised learning'])],
    ['square brackets work the same', 'steered learning', 'supervised [machine] learning', entry('steered learning', ['supervised learning'])],
    ['leading optional word', 'malady forecast', '(disease) prognosis', entry('malady forecast', ['disease prognosis'])],
    ['trailing bracket is context', 'phony neural', 'artificial neural (network)', entry('phony neural', ['artificial neural'])],
    ['trailing context even when the count would match', 'hyper plane', 'hyperplane (geometry)', entry('hyper plane', ['hyperplane'])],
    ['trailing word the tortured form shares', 'wrapped virus', 'enveloped [virus]', entry('wrapped virus', ['enveloped virus'])],
    ['man-in-the-middle (attack): the bracket names what follows', 'man in the centre', 'man-in-the middle (attack)', entry('man in the centre', ['man-in-the middle'])],
    ['glued suffix kept', 'mentally introverted', 'autist(ic)', entry('mentally introverted', ['autistic'])],
    ['(s) follows the tortured number: singular', 'Gabor job', 'Gabor function(s)', entry('Gabor job', ['Gabor function'])],
    ['(s) follows the tortured number: plural', 'Gabor jobs', 'Gabor function(s)', entry('Gabor jobs', ['Gabor functions'])],
    ['word-level slash', 'issue finding', 'fault detection/diagnosis', entry('issue finding', ['fault detection', 'fault diagnosis'])],
    ['three-way slash', 'smog computing', 'fog/mist/cloud computing', entry('smog computing', ['fog computing', 'mist computing', 'cloud computing'])],
    ['phrase-level slash', 'fiscal progress', 'economic development/profit growth', entry('fiscal progress', ['economic development', 'profit growth'])],
    ['spaced slash', 'old grown-ups', 'older adults / seniors', entry('old grown-ups', ['older adults', 'seniors'])],
    ['acronym slash kept', 'parcel', 'TCP/IP packet', entry('parcel', ['TCP/IP packet'])],
    ['I/O kept', 'input gadget', 'I/O device', entry('input gadget', ['I/O device'])],
    ['slash the tortured form also has', 'hold/slave', 'master/slave', entry('hold/slave', ['master/slave'])],
    ['quoted or-alternative', 'sound hunt', 'audio search (or \\"voice search\\")', entry('sound hunt', ['audio search', 'voice search'])],
    ['or-alternative replaces the last words', 'protein-coding characteristics', "protein-coding sequences (or simply 'genes')", entry('protein-coding characteristics', ['protein-coding sequences', 'protein-coding genes'])],
    ['inner or-alternative', 'bent tongues', 'inflected (or declined) languages', entry('bent tongues', ['inflected languages', 'declined languages'])],
    ['see-URL suffix dropped', 'social effect UTAUT', 'social influence, see https://example.org/utaut', entry('social effect UTAUT', ['social influence'])],
    ['lone acronym: its expansion', 'cutting edge sequencing', 'NGS (Next-Generation Sequencing)', entry('cutting edge sequencing', ['Next-Generation Sequencing'])],
    ['lone name: not an expansion', 'feline lift', 'CatBoost (software library)', entry('feline lift', ['CatBoost'])],
    ['acronym shared with the tortured form', 'fake intelligence (AI)', 'artificial intelligence (AI)', entry('fake intelligence', ['artificial intelligence'])],
    ['acronym only in the tortured form', 'data technology (IT)', 'information technology', entry('data technology', ['information technology'])],
    ['spun acronym kept on both sides', 'net of factors (Iota)', 'Internet of Things (IoT)', entry('net of factors (Iota)', ['Internet of Things (IoT)'])],
    ['dash variants compare equal', 'service ruling (S–D) logic', 'service-dominant (S-D) logic', entry('service ruling logic', ['service-dominant logic'])],
    ['emphasis and ellipsis removed', 'pace, range', 'speed, *variety*...', entry('pace, range', ['speed, variety'])],
    ['???', 'odd phrase', '???', skip('unknown-expected')],
    ['empty', 'odd phrase', '', skip('unknown-expected')],
    ['?? inside', 'review worth', '?? value', skip('unknown-expected')],
    ['??? with a note', 'odd phrase', '??? (found in 10.1000/xyz)', skip('unknown-expected')],
    ['(?) standing for a word', 'poor visualization', '(?) detection', skip('unknown-expected')],
    ['? inside the text', 'wobbly convection', 'unsteady? natural convection', skip('unknown-expected')],
    ['only (?)', 'odd phrase (OP)', '(?)', skip('unknown-expected')],
    ['no letters', 'odd phrase', '-', skip('unknown-expected')],
    ['description with a URL', 'zone unit', "The word 'are', see https://example.org/are", skip('description')],
    ['description without a URL', 'angry particle', 'meaning unclear', skip('description')],
    ['same as the tortured form', 'novel coronavirus', 'Novel  Coronavirus', skip('same-as-spun')],
    ['pipe in a field', 'a|b', 'c', skip('forbidden-character')],
    ['tab in a field', 'a', 'b\tc', skip('forbidden-character')],
  ])('%s', (_, tortured, expected, result) => {
    expect(cleanPair(tortured, expected)).toEqual(result)
  })

  it('never puts TAB, | or a line break into an original', () => {
    const result = cleanPair('x y', 'alpha/beta gamma (or "delta")')
    expect(result.kind).toBe('entry')
    if (result.kind === 'entry') for (const original of result.originals) expect(original).not.toMatch(/[\t|\n]/)
  })
})

describe('cleanFingerprint', () => {
  it.each<[string, string, string | undefined, unknown]>([
    ['', 'deep learn', undefined, { when: '', status: 'none' }],
    ['"deep learn"', 'deep learn', undefined, { when: '', status: 'phrase-only' }],
    ['"Deep  Learn"', 'deep learn', undefined, { when: '', status: 'phrase-only' }],
    ['"deep learn"~5', 'deep learn', undefined, { when: '"deep learn"~5', status: 'kept' }],
    ['"deep learn" AND neural*', 'deep learn', undefined, { when: '"deep learn" AND neural*', status: 'kept' }],
    ['\\"deep learn\\" NOT \\"deep sea\\"', 'deep learn', undefined, { when: '"deep learn" NOT "deep sea"', status: 'kept' }],
    ['"gross output" ADN "GDP"', 'gross output', undefined, { when: '', status: 'operator-typo', detail: '"ADN" looks like a misspelled operator' }],
    ['', 'fake intelligence (AI)', 'fake intelligence', { when: '"fake intelligence (AI)"', status: 'derived' }],
    ['"fake intelligence (AI)"', 'fake intelligence (AI)', 'fake intelligence', { when: '"fake intelligence (AI)"', status: 'derived' }],
    ['', 'fake intelligence', 'fake intelligence', { when: '', status: 'none' }],
  ])('%j for %j', (fingerprint, tortured, spun, result) => {
    expect(cleanFingerprint(fingerprint, tortured, spun)).toEqual(result)
  })

  it('leaves a condition that does not parse empty and says why', () => {
    const result = cleanFingerprint('"deep learn" AND (neural', 'deep learn')
    expect(result).toMatchObject({ when: '', status: 'unparsed' })
    expect(result.status === 'unparsed' && result.detail).toMatch(/expected "\)"/)
  })
})

describe('helpers', () => {
  it.each<[string, boolean]>([
    ['BI', true],
    ['IoT', true],
    ['DDoS', true],
    ['SARS-CoV-2', true],
    ['5G', true],
    ['R', true],
    ['ROC AUC', true],
    ['Iota', false],
    ['stake', false],
    ['neural network', false],
    ['Next-Generation Sequencing', false],
  ])('isAcronym(%j) is %s', (content, expected) => {
    expect(isAcronym(content)).toBe(expected)
  })

  it.each<[string, string[]]>([
    ['plain text', ['plain text']],
    ['red/green light', ['red light', 'green light']],
    ['TCP/IP stack', ['TCP/IP stack']],
    ['big data/small data', ['big data', 'small data']],
    ['a b / c', ['a b', 'c']],
  ])('splitSlashes(%j)', (text, expected) => {
    expect(splitSlashes(text)).toEqual(expected)
  })

  it('compares by code point, not locale', () => {
    const words = ['b', 'a', 'B', 'é', 'z', '\u{1F600}', '\uFF5E']
    expect([...words].sort(compareCodePoints)).toEqual(['B', 'a', 'b', 'z', 'é', '\uFF5E', '\u{1F600}'])
  })
})

describe('importPps', () => {
  const tsv = [
    'tortured\texpected\tnb_papers\tfingerprint',
    'phony neural\tartificial neural (network)\t40\t',
    'bogus knowledge (BK)\tbusiness knowledge (BK)\t3\t',
    'Bogus knowledge\tbusiness knowledge\t90\t"bogus knowledge" AND business',
    'zonal unit\t???\t500\t',
    'alpha beta\talpha beta\t1\t',
    'sound hunt\taudio search\t7\t"sound hunt"',
    'cloudy figuring\tcloud computing\t12\t"cloudy figuring" AND \\"cloud\\"',
    'tidy gap\tclean gap\t2\t"tidy gap" ADN "gap"',
    '',
  ].join('\n')

  it('cleans, merges, sorts and counts', () => {
    const { lines, summary } = importPps(tsv)
    expect(lines).toEqual([
      'Bogus knowledge\tbusiness knowledge\t\t\t("bogus knowledge" AND business) OR "bogus knowledge (BK)"\tPPS nb_papers=90+3',
      'cloudy figuring\tcloud computing\t\t\t"cloudy figuring" AND "cloud"\tPPS nb_papers=12',
      'phony neural\tartificial neural\t\t\t\tPPS nb_papers=40',
      'sound hunt\taudio search\t\t\t\tPPS nb_papers=7',
      'tidy gap\tclean gap\t\t\t\tPPS nb_papers=2',
    ])
    expect(summary).toMatchObject({
      rowsRead: 8,
      entriesWritten: 5,
      rowsMerged: 1,
      skipped: { 'unknown-expected': 1, 'same-as-spun': 1, description: 0, 'forbidden-character': 0, 'malformed-row': 0 },
      fingerprints: { kept: 2, derived: 1, 'phrase-only': 1, 'operator-typo': 1, unparsed: 0, none: 1 },
    })
    for (const line of lines) {
      const when = line.split('\t')[4] as string
      if (when !== '') expect(() => parseCondition(when)).not.toThrow()
    }
  })

  it('is deterministic and independent of row order', () => {
    const [header, ...rows] = tsv.split('\n')
    const reversed = [header, ...rows.filter(Boolean).reverse(), ''].join('\n')
    const first = importPps(tsv)
    const second = importPps(reversed)
    expect(formatDictionary(second.lines, second.summary)).toBe(formatDictionary(first.lines, first.summary))
  })

  it('writes the header with attribution and the import counts', () => {
    const { lines, summary } = importPps(tsv)
    const text = formatDictionary(lines, summary)
    expect(text.startsWith('# unspin dictionary\n# name: tortured-phrases\n# version: 1\n')).toBe(true)
    expect(text).toContain('# license: CC BY 4.0\n')
    expect(text).toMatch(/^# imported: 8 rows; skipped: 2 \(1 original unknown .*, 1 original equal to the tortured phrase\); written: 5 entries/m)
    expect(text).toContain('not a count of confirmed cases')
    expect(text.endsWith('PPS nb_papers=2\n')).toBe(true)
  })

  it('counts malformed rows', () => {
    const { summary } = importPps('tortured\texpected\tnb_papers\tfingerprint\nonly two\tfields\nbad count\tx\tmany\t\n')
    expect(summary.skipped['malformed-row']).toBe(2)
    expect(summary.entriesWritten).toBe(0)
  })
})
