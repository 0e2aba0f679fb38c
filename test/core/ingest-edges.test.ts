/**
 * ingest/edges: the edges of an article body taken from a web page. The body keeps the story only:
 * the repeated headline, byline and date stamp above it and the credits, bios and "Related" lists
 * below it go, while what they say (who wrote it, on what day) is handed back for the fields.
 */
import { describe, expect, it } from 'vitest'
import { trimArticleEdges, type EdgeContext } from '../../src/core/ingest/edges'

const STORY = [
  'Twelve people were killed on Friday when a strike hit the market, the ministry said.',
  'Rescuers searched the ruins into the night, officials said on Saturday.'
]

const ctx: EdgeContext = { titles: ['Twelve killed in market strike'], byline: '', isLiveBlog: false }

describe('the top of the body', () => {
  it('drops the repeated headline, byline and date stamp, and hands back the byline and the day', () => {
    const body = trimArticleEdges(
      ['Twelve killed in market strike', 'By Jane Doe', 'Published: 14 August 2016', ...STORY],
      ctx
    )
    expect(body).toEqual({ paragraphs: STORY, captions: [], byline: 'Jane Doe', writtenDate: '2016-08-14' })
  })

  it("keeps a live blog's entry times, which are part of its text", () => {
    expect(trimArticleEdges(['10:42', ...STORY], { ...ctx, isLiveBlog: true }).paragraphs).toEqual(['10:42', ...STORY])
  })
})

describe('the bottom of the body', () => {
  it('drops a "Related Topics" list after the story', () => {
    expect(trimArticleEdges([...STORY, 'Related Topics', 'Gaza', 'Israel'], ctx).paragraphs).toEqual(STORY)
  })

  it('takes the reporters from a "Reporting by" credit and drops the credit', () => {
    const body = trimArticleEdges([...STORY, 'Reporting by Jane Doe and John Roe in Gaza; Editing by Sam Poe'], ctx)
    expect(body.paragraphs).toEqual(STORY)
    expect(body.byline).toBe('Jane Doe and John Roe')
  })

  it("drops the known author's bio", () => {
    const bio = 'Jane Doe is a correspondent covering Gaza for the paper.'
    expect(trimArticleEdges([...STORY, bio], { ...ctx, byline: 'Jane Doe' }).paragraphs).toEqual(STORY)
  })
})

describe('inside the body', () => {
  it('takes a photo caption out and keeps a short line the author wrote', () => {
    const caption = 'Mourners gather at the market. Photo: Reuters/Jane Doe'
    const body = trimArticleEdges([STORY[0]!, caption, 'Crucially.', STORY[1]!], ctx)
    expect(body.paragraphs).toEqual([STORY[0], 'Crucially.', STORY[1]])
    expect(body.captions).toEqual([caption])
  })
})
