/** ingest/chrome: the page furniture around an article (share buttons, widgets) told from its sentences. */
import { describe, expect, it } from 'vitest'
import { endsLikeSentence, isChromeLine, wordCount } from '../../src/core/ingest/chrome'

describe('page chrome', () => {
  it('counts words, and in scripts without spaces two characters as one', () => {
    expect(wordCount('One two three.')).toBe(3)
    expect(wordCount('伊拉克空袭')).toBe(3)
  })

  it('tells a sentence from a furniture line', () => {
    expect(endsLikeSentence('He left.')).toBe(true)
    expect(endsLikeSentence('Related stories')).toBe(false)
    expect(isChromeLine('Share this article')).toBe(true)
    expect(isChromeLine('Iraqi strikes killed 12 militants.')).toBe(false)
  })
})
