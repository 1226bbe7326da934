/**
 * LanguageTool's `data` parameter: a document given as annotations, `{"annotation": [{"text": "..."},
 * {"markup": "<b>", "interpretAs": ""}, ...]}`. The text parts (and each markup's `interpretAs`, so
 * "<p>" can read as a paragraph break) are restored; offsets in the answer are in the whole document,
 * markup included, as LanguageTool gives them.
 */

import { joinText, type JoinedText, type SourceRange } from '../../markup/joined-text.js'
import { HttpError } from './http-error.js'

/** A document read from annotations: the text to restore and how its offsets map back. */
export interface AnnotatedText {
  /** Text parts and `interpretAs` strings, in order: what the restorer reads. */
  readonly plain: string
  /** Every part as written, markup included: what the client's offsets refer to. */
  readonly original: string
  /** `plain` as text parts of `original` joined with `interpretAs` separators. */
  readonly joined: JoinedText
}

/** Parse the `data` parameter. Throws `HttpError` 400 saying what was expected. */
export function parseAnnotatedText(data: string): AnnotatedText {
  let parsed: unknown
  try {
    parsed = JSON.parse(data)
  } catch (error) {
    throw new HttpError(400, 'E_DATA', `'data' is not JSON (${(error as Error).message}); expected {"annotation": [{"text": "..."}, {"markup": "...", "interpretAs": "..."}]}`)
  }
  const annotation = (parsed as { annotation?: unknown } | null)?.annotation
  if (!Array.isArray(annotation)) throw new HttpError(400, 'E_DATA', `'data' needs an "annotation" array, such as {"annotation": [{"text": "A test"}, {"markup": "<b>"}]}`)
  let original = ''
  const pieces: (SourceRange | string)[] = []
  annotation.forEach((item: unknown, i) => {
    const { text, markup, interpretAs } = (item ?? {}) as Record<string, unknown>
    const where = `'data' annotation[${i}]`
    if (typeof text === 'string' && markup === undefined && interpretAs === undefined) {
      pieces.push({ start: original.length, end: original.length + text.length })
      original += text
    } else if (typeof markup === 'string' && text === undefined && (interpretAs === undefined || typeof interpretAs === 'string')) {
      pieces.push(interpretAs ?? '')
      original += markup
    } else {
      throw new HttpError(400, 'E_DATA', `${where} must be {"text": string} or {"markup": string, "interpretAs"?: string}; got ${JSON.stringify(item)?.slice(0, 80)}`)
    }
  })
  const joined = joinText(original, pieces)
  return { plain: joined.text, original, joined }
}

/**
 * Where `[start, end)` of `plain` lies in `original`, or `undefined` when it is not inside one text
 * part: a change that reached into markup or an `interpretAs` string could not be applied to the
 * document as written, so it is left out rather than reported with offsets that would break the markup.
 */
export function originalRange(doc: AnnotatedText, start: number, end: number): { start: number; end: number } | undefined {
  const { contiguous, ...range } = doc.joined.toSource(start, end)
  return contiguous ? range : undefined
}
