import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The layering of src/README.md, checked on the source: imports (type-only ones too) run one way.
const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '../src')
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : []
  })
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(srcDir)) {
    const targets = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => relative(srcDir, resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'))))
    graph.set(relative(srcDir, file), targets)
  }
  return graph
}

/** Strongly connected components of more than one file (or a file importing itself): the import circles. */
function circles(graph: Map<string, string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (node: string): void => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort())
    }
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node)
  return found
}

describe('layers', () => {
  const graph = importGraph()

  it('finds the source files and their imports', () => {
    expect(graph.get('restorer.ts')).toContain('decode/choose-in-context.ts')
  })

  it('has no import circles in src/', () => {
    expect(circles(graph)).toEqual([])
  })

  it('keeps the public result types free of imports', () => {
    expect(graph.get('types.ts')).toEqual([])
  })

  it('finds a circle when there is one (the checker itself)', () => {
    expect(circles(new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts']], ['c.ts', ['a.ts']]]))).toEqual([['a.ts', 'b.ts']])
  })
})
