import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
}

/** A folder served over HTTP on loopback, for browser tests; `requests` lists every path asked for. */
export interface StaticServer {
  readonly origin: string
  readonly requests: string[]
  close(): Promise<void>
}

/**
 * Serve `root` on 127.0.0.1 at a free port: GET only, `/` is index.html, nothing outside `root`.
 * Paths in `missing` answer 404, as from a server that lacks them.
 */
export async function serveFolder(root: string, missing: readonly string[] = []): Promise<StaticServer> {
  const requests: string[] = []
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    requests.push(path)
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path))
    if (missing.includes(path)) {
      response.writeHead(404).end('not found')
      return
    }
    if (request.method !== 'GET' || !(file === root || file.startsWith(root.endsWith(sep) ? root : root + sep))) {
      response.writeHead(405).end()
      return
    }
    try {
      const body = await readFile(file)
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length, 'cache-control': 'no-cache' })
      response.end(body)
    } catch {
      response.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
