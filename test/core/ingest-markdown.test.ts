/** ingest/markdown: a Markdown article as plain paragraphs, its first heading as the title. */
import { describe, expect, it } from 'vitest'
import { markdownToText } from '../../src/core/ingest/markdown'

describe('Markdown to text', () => {
  it('keeps the words and drops the markup, links to their text', () => {
    expect(
      markdownToText(
        '# Strikes on al-Qaim\n\nIraqi strikes **killed** at least [12 militants](https://example.org), the command said.\n\n- one\n- two'
      )
    ).toEqual({
      title: 'Strikes on al-Qaim',
      text: 'Strikes on al-Qaim\n\nIraqi strikes killed at least 12 militants, the command said.\n\none\n\ntwo'
    })
  })
})
