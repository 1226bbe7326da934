import { testInvalid, testValid } from 'textlint-tester/lib/src/test-util.js'
import { createTestLinter, createTextlintKernelDescriptor } from 'textlint-tester/lib/src/textlint-tester.js'
import { describe, expect, it } from 'vitest'
import { restoreText } from '../../src/index.js'
import rule from '../../src/integrations/textlint.js'

// textlint-tester's own checks (testValid, testInvalid) and linter, called from vitest: its `run()`
// needs mocha's global describe/it, which the fast tier does not set.
const SENTENCE = 'Peskov instructed TASS information company on Monday, with out providing details.'

function linter(options?: unknown) {
  return createTestLinter(createTextlintKernelDescriptor({ testName: 'unspin', testRuleDefinition: rule as never, testCaseOptions: options as never }))
}

describe('unspin/textlint', () => {
  it('reports each change restoreText makes in plain text, and fixes it to the restored text', async () => {
    const result = restoreText(SENTENCE)
    expect(result.marks.length).toBeGreaterThan(0)
    const errors = result.marks.map((mark) => ({ message: `\`${mark.found}\` looks like a synonym swap, expected \`${mark.restored}\` (confidence ${mark.confidence.toFixed(2)}, ${mark.source})`, range: [mark.start, mark.end] as const }))
    await testInvalid({ textlint: linter(), text: SENTENCE, ext: '.txt', errors })
    expect((await linter().fixText(SENTENCE, '.txt')).output).toBe(result.text)
  })

  it('restores the prose of Markdown and leaves its markup byte for byte', async () => {
    const markdown = `# Notes we wrote\n\n${SENTENCE.replace('information company', '[information company](https://example.com/with-out)')}\n\n\`\`\`\nwith out\n\`\`\`\n`
    const fixed = (await linter().fixText(markdown, '.md')).output
    expect(fixed).toBe(`# Notes we wrote\n\n${restoreText(SENTENCE).text.replace('news agency', '[news agency](https://example.com/with-out)')}\n\n\`\`\`\nwith out\n\`\`\`\n`)
  })

  it('reports a phrase that runs across markup without a fix that would drop the markup', async () => {
    const markdown = SENTENCE.replace('information company', '*information* company')
    const result = await linter().lintText(markdown, '.md')
    const across = result.messages.find((message) => message.message.includes('`information company`'))
    expect(across?.range).toEqual([markdown.indexOf('information'), markdown.indexOf(' on Monday')])
    expect(across?.fix).toBeUndefined()
    expect((await linter().fixText(markdown, '.md')).output).toContain('*information* company')
  })

  it('passes clean text, and takes createRestorer options', async () => {
    await testValid({ textlint: linter(), text: 'The committee met on Monday and approved the budget.', ext: '.md' })
    await testValid({ textlint: linter({ disable: ['news-swaps'], stages: { composeCompounds: false } }), text: 'with out', ext: '.txt' })
    await testValid({ textlint: linter({ threshold: 1 }), text: SENTENCE, ext: '.txt' })
    await expect(linter({ treshold: 0.5 }).lintText(SENTENCE, '.txt')).rejects.toThrow(/did you mean `threshold`/)
  })
})
