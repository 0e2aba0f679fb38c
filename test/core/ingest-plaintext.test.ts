/**
 * ingest/plaintext: text saved from a web page → headline, byline, body and captions, with the page
 * around the article (menus, share buttons) left out and every line of the article itself kept.
 */
import { describe, expect, it } from 'vitest'
import { extractTextParts } from '../../src/core/ingest/plaintext'
import { fixtureBytes, fixtureJson } from './fixtures'

const article = (stem: string) => new TextDecoder().decode(fixtureBytes(`articles/${stem}.txt`))

const SAVED_PAGE = [
  'Home | World | Sport',
  'Twelve killed in market strike',
  'By Jane Doe',
  'Twelve people were killed on Friday when a strike hit the market, the ministry said.',
  'Crucially.',
  'Rescuers searched the ruins into the night, officials said.',
  'Share this article'
].join('\n\n')

describe('an article saved as text', () => {
  it('finds the gold headline, byline and body of the Diyaruna article', () => {
    const gold = fixtureJson<{ import: { title: string; byline: string | null; body_starts_with: string } }>(
      'gold/al-qaim-diyaruna.claims.json'
    ).import
    const parts = extractTextParts(article('al-qaim-diyaruna'))
    expect(parts.title).toBe(gold.title)
    expect(parts.byline).toBe(gold.byline ?? '')
    expect(parts.text.startsWith(gold.body_starts_with)).toBe(true)
  })

  it('reads headline and byline from above the article and leaves the menu and share line out', () => {
    expect(extractTextParts(SAVED_PAGE)).toEqual({
      title: 'Twelve killed in market strike',
      byline: 'Jane Doe',
      text: [
        'Twelve people were killed on Friday when a strike hit the market, the ministry said.',
        'Crucially.',
        'Rescuers searched the ruins into the night, officials said.'
      ].join('\n\n'),
      captions: []
    })
  })

  it('lets a title the format states (a Markdown heading) win over the guessed one', () => {
    const parts = extractTextParts(
      'Twelve killed\n\nTwelve people were killed on Friday, the ministry said.',
      'Market strike'
    )
    expect(parts.title).toBe('Market strike')
    expect(parts.text).toBe('Twelve people were killed on Friday, the ministry said.')
  })

  it('keeps a note without a sentence whole rather than finding no article in it', () => {
    expect(extractTextParts('Casualty figures\nKhan Yunis 12\nRafah 4')).toMatchObject({
      title: '',
      text: 'Casualty figures\nKhan Yunis 12\nRafah 4'
    })
  })
})
