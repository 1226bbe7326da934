import { describe, expect, it } from 'vitest'
import { packageFilePath } from '../src/package-file.js'

describe('packageFilePath', () => {
  it('finds files shipped in the package from the source folder', () => {
    expect(packageFilePath('models/lm-en.bin', 'language model')).toMatch(/models[\\/]lm-en\.bin$/)
  })

  it('names the missing file and the fix in a typed error', () => {
    expect(() => packageFilePath('models/missing.bin', 'language model')).toThrow(
      expect.objectContaining({ name: 'UnspinError', code: 'E_PACKAGE_FILE', message: expect.stringMatching(/language model models\/missing\.bin not found.*reinstall/) }),
    )
  })
})
