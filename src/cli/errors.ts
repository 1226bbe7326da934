/** CLI errors: a message for the user and an exit code. */

/** Exit codes of the `unspin` command. */
export const EXIT = {
  /** Done; with `--fail-on-spin`, no document scored above the limit. */
  ok: 0,
  /** `--fail-on-spin`: at least one document scored above the limit (with 0: had a suspect). */
  spinFound: 1,
  /** Usage error (bad flag or value) or input error (unreadable file, bad JSONL line, bad dictionary). */
  usage: 2,
  /** A bug in unspin. */
  internal: 3,
} as const

/** A problem the user can fix; `message` says what happened and what to do, without the `unspin: ` prefix. */
export class CliError extends Error {
  readonly exitCode: number
  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}

/** Why text that is not UTF-8 is refused, and what to do (after "cannot read FILE: " or "FILE:LINE: "). */
export const NOT_UTF8 = 'not valid UTF-8 text. Convert it first, e.g. iconv -f latin1 -t utf-8 (for Latin-1 text).'

/** A file-system error (or text that is not UTF-8) as one sentence naming the file and what to do, e.g. for ENOENT. */
export function describeFsError(verb: 'read' | 'write', path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const what = `cannot ${verb} "${path}"`
  switch (code) {
    case 'ENOENT':
      return verb === 'read' ? `${what}: no such file. Check the path.` : `${what}: its folder does not exist. Check the --out path.`
    case 'EACCES':
    case 'EPERM':
      return `${what}: permission denied. Check the ${verb === 'read' ? "file's" : "folder's"} permissions.`
    case 'EISDIR':
      return `${what}: it is a folder. Name a file, or pass the folder to read every file in it.`
    case 'ERR_ENCODING_INVALID_ENCODED_DATA':
      return `${what}: ${NOT_UTF8}`
    case 'ENOTDIR':
      return `${what}: a part of the path is a file, not a folder. Check the path.`
    default:
      return `${what}: ${(error as Error | undefined)?.message ?? String(error)}.`
  }
}

/** `describeFsError` for a file named by an option (`--dict`, `--spinner-db`): the advice names the option. */
export function describeOptionFileError(flag: string, path: string, error: unknown): string {
  return describeFsError('read', path, error)
    .replace('Check the path.', `Check the ${flag} path.`)
    .replace('Name a file, or pass the folder to read every file in it.', `${flag} takes a file.`)
}
