#!/usr/bin/env node
/** The `unspin` command (package `bin`, built to dist/cli.js). See `unspin --help`. */

import { isatty } from 'node:tty'
import { runCli } from './run.js'

// A closed pipe (`unspin ... | head`) is not an error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

const code = await runCli(process.argv.slice(2), {
  stdin: () => process.stdin,
  stdinIsTTY: isatty(0),
  stdout: process.stdout,
  stderr: process.stderr,
  stderrIsTTY: isatty(2),
  stdoutIsTTY: isatty(1),
  env: process.env,
})
process.exitCode = code
