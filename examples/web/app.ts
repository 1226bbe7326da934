/**
 * The page: sends the text to the restorer's worker as the reader types (the latest text only, one
 * at a time), shows the result with each change as a toggle button, and keeps the reader's
 * decisions. Nothing leaves the page: the worker fetches its models from this origin.
 */
import type { InputFormat, RestoreResult } from '../../src/browser.js'
import { splitSegments, type MarkSegment } from '../../src/format/segments.js'
import type { FromWorker, ToWorker } from './protocol.js'
import { changeHtml, marksAtOrAbove, reviewedText, textHtml } from './review.js'

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T
const input = $<HTMLTextAreaElement>('input')
const format = $<HTMLSelectElement>('format')
const file = $<HTMLInputElement>('file')
const status = $('status')
const score = $('score')
const summary = $('summary')
const output = $('output')
const showSpun = $<HTMLInputElement>('show-spun')
const minConfidence = $<HTMLInputElement>('min-confidence')
const reviewButtons = ['accept-above', 'reject-below', 'copy', 'download'].map((id) => $<HTMLButtonElement>(id))

const FORMAT_OF_EXTENSION: Readonly<Record<string, InputFormat>> = { txt: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' }
const TYPE_OF_FORMAT: Readonly<Record<InputFormat, string>> = { text: 'text/plain', markdown: 'text/markdown', html: 'text/html' }
const EXTENSION_OF_FORMAT: Readonly<Record<InputFormat, string>> = { text: 'txt', markdown: 'md', html: 'html' }
const EXAMPLE = 'Peskov instructed TASS information company on Monday, with out providing details.'

let result: RestoreResult | undefined
let segments: MarkSegment[] = []
let accepted: boolean[] = []
let fileName: string | undefined
let nextId = 0
let busy = false
let pending: ToWorker | undefined
let latestId = -1

function setStatus(message: string): void {
  status.textContent = message
}

function startWorker(): Worker {
  const worker = new Worker(new URL('./worker.js', location.href))
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data
    if (message.type === 'ready') {
      // Content-Length is absent when the server compresses on the fly: then no size is shown.
      const size = message.modelBytes > 0 ? ` (${(message.modelBytes / 1e6).toFixed(1)} MB)` : ''
      setStatus(`Ready. Models loaded${size}; nothing you paste leaves this page.`)
      document.body.dataset.ready = 'true'
    } else if (message.type === 'error') {
      setStatus(`Error: ${message.message}`)
      busy = false
    } else {
      busy = false
      // A newer text is waiting: this result is already stale.
      if (pending) return send(pending)
      if (message.id === latestId) show(message.result)
    }
  }
  return worker
}

let worker: Worker | undefined

// The service worker holds every file of the page, models included, so the page works offline once
// loaded. The restorer's worker starts once the page is under its control, so the models are fetched
// once (by the service worker's install) and then read from its cache.
async function start(): Promise<void> {
  setStatus('Loading the language model…')
  if ('serviceWorker' in navigator && window.isSecureContext) {
    try {
      const registration = await navigator.serviceWorker.register('./sw.js')
      const installing = registration.installing ?? registration.waiting
      // Wait while a service worker installs (it fetches the models); if its install fails, go on
      // without it. A page loaded past the cache (a forced reload) has none to wait for.
      if (!navigator.serviceWorker.controller && installing) {
        await new Promise<void>((resolve) => {
          navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true })
          installing.addEventListener('statechange', () => installing.state === 'redundant' && resolve())
        })
      }
    } catch (error) {
      console.warn('unspin: no offline copy:', error)
    }
  }
  worker = startWorker()
  if (input.value) request()
}

function send(message: ToWorker): void {
  pending = undefined
  busy = true
  worker?.postMessage(message)
}

function request(): void {
  const message: ToWorker = { type: 'restore', id: nextId++, text: input.value, inputFormat: format.value as InputFormat }
  latestId = message.id
  if (busy || !worker) pending = message
  else send(message)
  document.body.dataset.restored = 'false'
}

function show(next: RestoreResult): void {
  result = next
  segments = splitSegments(next).filter((s): s is MarkSegment => s.kind === 'mark')
  accepted = next.marks.map(() => true)
  const { spin } = next
  // restore() always scores the document; `spin` is optional only in hand-built results.
  score.innerHTML = spin ? `Spin score: <strong>${spin.score.toFixed(3)}</strong> (${spin.verdict}, ${spin.words} words)` : 'Spin score: –'
  render()
  const count = next.marks.length
  setStatus(count === 0 ? 'No changes found.' : `${count} ${count === 1 ? 'change' : 'changes'} found. Press a change to reject or accept it.`)
  document.body.dataset.restored = 'true'
}

function render(): void {
  output.innerHTML = result ? textHtml(result, accepted, showSpun.checked) : ''
  for (const button of reviewButtons) button.disabled = !result
  updateSummary()
}

function updateSummary(): void {
  if (!result) {
    summary.textContent = ''
    return
  }
  const kept = accepted.filter(Boolean).length
  summary.textContent = `${result.marks.length} changes: ${kept} accepted, ${result.marks.length - kept} rejected.`
}

// One change redrawn in place, so the button keeps the keyboard focus.
function redraw(i: number, focus: boolean): void {
  const change = output.querySelector(`button[data-i="${i}"]`)?.parentElement
  if (!change || !segments[i]) return
  change.outerHTML = changeHtml(segments[i], i, accepted[i]!, showSpun.checked)
  if (focus) output.querySelector<HTMLButtonElement>(`button[data-i="${i}"]`)?.focus()
}

function decide(indexes: readonly number[], value: boolean): void {
  for (const i of indexes) accepted[i] = value
  render()
  updateSummary()
  setStatus(`${value ? 'Accepted' : 'Rejected'} ${indexes.length} ${indexes.length === 1 ? 'change' : 'changes'}.`)
}

function threshold(): number {
  const value = Number(minConfidence.value)
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) / 100 : 0.8
}

output.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-i]')
  if (!button) return
  const i = Number(button.dataset.i)
  accepted[i] = !accepted[i]
  redraw(i, true)
  updateSummary()
  setStatus(`${accepted[i] ? 'Accepted' : 'Rejected'} “${result!.marks[i]!.restored}”.`)
})

$('accept-above').addEventListener('click', () => result && decide(marksAtOrAbove(result.marks, threshold()), true))
$('reject-below').addEventListener('click', () => {
  if (!result) return
  const above = new Set(marksAtOrAbove(result.marks, threshold()))
  decide(result.marks.flatMap((_, i) => (above.has(i) ? [] : [i])), false)
})
$('copy').addEventListener('click', async () => {
  if (!result) return
  try {
    await navigator.clipboard.writeText(reviewedText(result, accepted))
    setStatus('Copied the restored text.')
  } catch (error) {
    setStatus(`Could not copy: ${(error as Error).message}. Use Download instead.`)
  }
})
$('download').addEventListener('click', () => {
  if (!result) return
  const blob = new Blob([reviewedText(result, accepted)], { type: `${TYPE_OF_FORMAT[format.value as InputFormat]};charset=utf-8` })
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  // story.md -> story-restored.md; pasted text -> restored.txt (or .md, .html as read).
  link.download = fileName ? fileName.replace(/(\.[^.]*)?$/, (ext) => `-restored${ext}`) : `restored.${EXTENSION_OF_FORMAT[format.value as InputFormat]}`
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 0)
  setStatus(`Downloaded ${link.download}.`)
})
showSpun.addEventListener('change', render)
$('example').addEventListener('click', () => {
  input.value = EXAMPLE
  format.value = 'text'
  request()
})

let typing: ReturnType<typeof setTimeout> | undefined
input.addEventListener('input', () => {
  clearTimeout(typing)
  typing = setTimeout(request, 250)
})
format.addEventListener('change', request)

async function readFile(chosen: File): Promise<void> {
  const extension = /\.([^.]+)$/.exec(chosen.name)?.[1]?.toLowerCase() ?? ''
  const detected = FORMAT_OF_EXTENSION[extension]
  if (!detected) return setStatus(`${chosen.name}: expected a .txt, .md or .html file.`)
  input.value = await chosen.text()
  format.value = detected
  fileName = chosen.name
  setStatus(`Read ${chosen.name}.`)
  request()
}

file.addEventListener('change', () => file.files?.[0] && readFile(file.files[0]))
for (const target of [input, $('drop')]) {
  target.addEventListener('dragover', (event) => {
    event.preventDefault()
    document.body.classList.add('dragging')
  })
  target.addEventListener('dragleave', () => document.body.classList.remove('dragging'))
  target.addEventListener('drop', (event) => {
    event.preventDefault()
    document.body.classList.remove('dragging')
    const dropped = event.dataTransfer?.files[0]
    if (dropped) void readFile(dropped)
  })
}

render()
void start()
