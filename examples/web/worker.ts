/**
 * The restorer, off the page's thread so typing never waits for it. Loads both models from
 * ./models/ (same origin: served from the cache once the service worker holds them), then answers
 * one `restore` message at a time.
 */
import { createRestorer, loadModels, MODEL_FILES, type Restorer } from '../../src/browser.js'
import type { FromWorker, ToWorker } from './protocol.js'

const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null; location: Location }
const post = (message: FromWorker): void => scope.postMessage(message)

const ready: Promise<Restorer> = (async () => {
  const folder = new URL('./models/', scope.location.href)
  let modelBytes = 0
  // Count the bytes fetched, for the status line: the page says what its first load cost.
  const models = await loadModels(folder, {
    fetch: async (url) => {
      const response = await fetch(url)
      modelBytes += Number(response.headers.get('content-length') ?? 0)
      return response
    },
  })
  const restorer = createRestorer(models)
  post({ type: 'ready', modelBytes })
  return restorer
})()
ready.catch((error: Error) => post({ type: 'error', id: null, message: `could not load the models (${Object.values(MODEL_FILES).join(', ')}): ${error.message}` }))

scope.onmessage = async (event) => {
  const message = event.data
  if (message.type !== 'restore') return
  try {
    const restorer = await ready
    post({ type: 'result', id: message.id, result: restorer.restore(message.text, { inputFormat: message.inputFormat }) })
  } catch (error) {
    post({ type: 'error', id: message.id, message: (error as Error).message })
  }
}
