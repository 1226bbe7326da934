/**
 * The browser entry's restorers: no file system, so nothing is found on disk. Models are fetched from
 * a URL the caller gives (`loadModels`) or passed as bytes (`loadLanguageModel`, `loadPosModel`), and
 * a restorer created without them throws `E_MODEL_REQUIRED` unless the caller switches them off with
 * `null`: restoring by priors alone gives lower confidences and fewer changes, which nobody should get
 * without asking (issue 17).
 */
import { argumentError, invalidArgument, UnspinError } from './errors.js'
import type { RestorerHost } from './host.js'
import { loadLanguageModel } from './lm/read-binary.js'
import type { LanguageModel } from './lm/types.js'
import type { RestorerOptions } from './options.js'
import { loadPosModel, type PosModel } from './pos/read-model.js'
import { createRestorerWith, detectSpinWith, restoreTextWith, type Restorer, type SpinDetection } from './restorer.js'
import type { RestoreResult } from './types.js'

/** File names of the shipped models, as `loadModels(folderUrl)` fetches them (the package's `models/`). */
export const MODEL_FILES = { languageModel: 'lm-en.bin', posModel: 'pos-en.bin' } as const

/** The models a browser restorer needs; spread into `createRestorer({ ...models })`. */
export interface BrowserModels {
  readonly languageModel: LanguageModel
  readonly posModel: PosModel
}

/** Where one model comes from: a URL to fetch, or the file's bytes. */
export type ModelSource = string | URL | Uint8Array | ArrayBuffer

/** Each model's own source, for models not served side by side in one folder. */
export interface ModelSources {
  readonly languageModel: ModelSource
  readonly posModel: ModelSource
}

export interface LoadModelsOptions {
  /** The fetch to use (default: the global `fetch`), e.g. one adding credentials. */
  readonly fetch?: (url: URL) => Promise<Response>
}

const BROWSER_HOST: RestorerHost = {
  languageModel: () => modelRequired('languageModel', 'language model', 'context scoring'),
  posModel: () => modelRequired('posModel', 'POS model', 'part-of-speech evidence'),
  dictionaryFile: (path) => {
    throw argumentError(`a dictionary file path (${JSON.stringify(path)}) cannot be read in the browser: fetch the file and pass parseDictionaryText(text, name) instead`)
  },
}

function modelRequired(option: string, what: string, stage: string): never {
  throw new UnspinError(
    'E_MODEL_REQUIRED',
    `unspin: in the browser a restorer needs its ${what}: pass \`${option}\` (from \`await loadModels(url)\`), or \`${option}: null\` to go without ${stage} (lower confidence, fewer changes)`,
  )
}

/**
 * Fetch and read both models. `source` is the URL of a folder serving `lm-en.bin` and `pos-en.bin`
 * (the package's `models/`; relative URLs resolve against the page or worker), or each model's URL or
 * bytes. Throws `UnspinError` (`E_MODEL_FETCH`) when a fetch fails, and `E_LANGUAGE_MODEL` /
 * `E_POS_MODEL` when the bytes are not a model of this version.
 */
export async function loadModels(source: string | URL | ModelSources, options?: Readonly<LoadModelsOptions> | null): Promise<BrowserModels> {
  const fetchUrl = options?.fetch ?? ((url: URL) => fetch(url))
  let sources: ModelSources
  if (typeof source === 'string' || source instanceof URL) {
    const folder = folderUrl(source)
    sources = { languageModel: new URL(MODEL_FILES.languageModel, folder), posModel: new URL(MODEL_FILES.posModel, folder) }
  } else if (typeof source === 'object' && source !== null && 'languageModel' in source && 'posModel' in source) {
    sources = source
  } else {
    invalidArgument('source', 'the URL of the models folder, or { languageModel, posModel } URLs or bytes', source)
  }
  const [lmBytes, posBytes] = await Promise.all([
    bytesOf(sources.languageModel, 'languageModel', fetchUrl),
    bytesOf(sources.posModel, 'posModel', fetchUrl),
  ])
  return { languageModel: loadLanguageModel(lmBytes), posModel: loadPosModel(posBytes) }
}

// A folder URL must end in '/', or `new URL(file, folder)` would replace its last segment.
function folderUrl(source: string | URL): URL {
  const url = absoluteUrl(source, 'source')
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url
}

// A relative URL resolves against the page or worker; with neither (Node, a test) it is a mistake in the call.
function absoluteUrl(source: string | URL, name: string): URL {
  try {
    return new URL(source, baseUrl())
  } catch {
    return invalidArgument(name, 'an absolute URL, or one relative to the page or worker loading the models', String(source))
  }
}

function baseUrl(): string | undefined {
  const location = (globalThis as { location?: { href?: string } }).location
  return location?.href
}

async function bytesOf(source: ModelSource, name: string, fetchUrl: (url: URL) => Promise<Response>): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source
  if (source instanceof ArrayBuffer) return new Uint8Array(source)
  if (typeof source !== 'string' && !(source instanceof URL)) invalidArgument(`source.${name}`, 'a URL or the bytes of the model file', source)
  const url = absoluteUrl(source, `source.${name}`)
  let response: Response
  try {
    response = await fetchUrl(url)
  } catch (error) {
    throw new UnspinError('E_MODEL_FETCH', `unspin: cannot fetch the ${name} from ${url.href}: ${(error as Error).message}`, { cause: error })
  }
  if (!response.ok) throw new UnspinError('E_MODEL_FETCH', `unspin: cannot fetch the ${name} from ${url.href}: HTTP ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

/**
 * Create a restorer in the browser. Pass the models: `createRestorer({ ...await loadModels(url) })`;
 * without them it throws `UnspinError` (`E_MODEL_REQUIRED`) unless switched off with `null`.
 * Dictionaries must be objects (`parseDictionaryText`), not file paths.
 */
export function createRestorer(options?: Readonly<RestorerOptions> | null): Restorer {
  return createRestorerWith(BROWSER_HOST, options)
}

/**
 * Restore spun text, as in Node; `options` must give the models (or `null` for each). A restorer from
 * `createRestorer` is faster for more than one call: model objects make this build a new one each time.
 */
export function restoreText(text: string, options?: Readonly<RestorerOptions> | null): RestoreResult {
  return restoreTextWith(BROWSER_HOST, text, options)
}

/** Score how spun `text` looks, as in Node; `options` must give the models (or `null` for each). */
export function detectSpin(text: string, options?: Readonly<RestorerOptions> | null): SpinDetection {
  return detectSpinWith(BROWSER_HOST, text, options)
}
