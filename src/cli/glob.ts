/** A small glob matcher for `--glob`: `*`, `**`, `?`, `[abc]`, `{a,b}`. Node 18 has no `path.matchesGlob`. */

/**
 * Compile a glob to a RegExp over `/`-separated relative paths. `*` and `?` never cross a `/`;
 * `**` matches any number of whole folders (`**` + `/` may match none). A pattern without a `/`
 * is matched against the file name only, so `*.txt` finds text files in every folder. Case is ignored.
 */
export function globToRegExp(pattern: string): RegExp {
  const source = pattern.includes('/') ? pattern.replace(/^\.\//, '') : `**/${pattern}`
  // Case is ignored, as the file-extension checks elsewhere ignore it: README.MD is Markdown too.
  return new RegExp(`^${translate(source)}$`, 'iu')
}

/** A predicate that is true when a relative path matches any of `patterns` (all paths when empty). */
export function createGlobFilter(patterns: readonly string[]): (relativePath: string) => boolean {
  const regexps = patterns.map(globToRegExp)
  return (relativePath) => {
    const path = relativePath.split('\\').join('/')
    return regexps.length === 0 || regexps.some((re) => re.test(path))
  }
}

function translate(glob: string): string {
  let out = ''
  let braces = 0
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!
    if (char === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/'
        const atSegmentStart = i === 0 || glob[i - 1] === '/'
        if (atSegmentStart && slashAfter) {
          out += '(?:[^/]*/)*' // "**/": zero or more whole folders
          i += 2
        } else {
          out += '.*'
          i += 1
        }
      } else {
        out += '[^/]*'
      }
    } else if (char === '?') {
      out += '[^/]'
    } else if (char === '[') {
      const close = glob.indexOf(']', i + 2)
      if (close < 0) {
        out += '\\['
      } else {
        const body = glob.slice(i + 1, close).replace(/[\\[\]]/g, '\\$&')
        out += body.startsWith('!') ? `[^/${body.slice(1)}]` : `[${body}]`
        i = close
      }
    } else if (char === '{') {
      braces++
      out += '(?:'
    } else if (char === '}' && braces > 0) {
      braces--
      out += ')'
    } else if (char === ',' && braces > 0) {
      out += '|'
    } else if (char === '\\' && i + 1 < glob.length) {
      out += escapeRegExp(glob[++i]!)
    } else {
      out += escapeRegExp(char)
    }
  }
  return out + ')'.repeat(braces)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
