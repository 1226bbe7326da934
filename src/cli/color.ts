/**
 * Whether `--format ansi` writes colour: `--color always|never`, else (`auto`) the environment's
 * conventions (NO_COLOR, https://no-color.org; FORCE_COLOR, as Node and chalk read it), else only when
 * stdout is a terminal: escape codes in a file or a pipe are noise for the next program.
 */

/** Values of `--color`. */
export const COLOR_CHOICES = ['auto', 'always', 'never'] as const
export type ColorChoice = (typeof COLOR_CHOICES)[number]

export function useColor(choice: ColorChoice, stdoutIsTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (choice !== 'auto') return choice === 'always'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  return stdoutIsTTY
}
