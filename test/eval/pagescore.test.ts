/** The web-page scoring of `npm run eval -- --readability`: tokens, F1, what counts as the same title and byline. */
import { describe, expect, it } from 'vitest'
import { bylineMatches, titleMatches, tokenF1, tokens } from './pagescore'

describe('page scoring', () => {
  it('counts words, and one token per character in scripts without spaces', () => {
    expect(tokens('The river rose, 2 metres.')).toEqual(['the', 'river', 'rose', '2', 'metres'])
    expect(tokens('洪水冲断')).toEqual(['洪', '水', '冲', '断'])
    expect(tokens('AI模型')).toEqual(['a', 'i', '模', '型'])
  })

  it('gives 100 for the same text and less for a paragraph dropped, per character in Chinese', () => {
    expect(tokenF1('a b c d', 'a b c d')).toBe(100)
    expect(tokenF1('洪水冲断', '洪水冲断公路')).toBeCloseTo(80, 5)
    expect(tokenF1('', 'a')).toBe(0)
  })

  it('matches a title with the site left off, not another headline', () => {
    expect(titleMatches('宇航员喝酒', '宇航员喝酒 _探索者 _光明网')).toBe(true)
    expect(titleMatches('Story', 'Story - Yahoo')).toBe(true)
    expect(titleMatches('Border town falls to army', 'Times - Border town falls to army')).toBe(true)
    expect(titleMatches('Yahoo', 'Story - Yahoo')).toBe(false)
    expect(titleMatches('Other story', 'Story - Yahoo')).toBe(false)
    expect(titleMatches('', 'Story')).toBe(false)
  })

  it('matches the person in a byline line, and nothing where none is expected', () => {
    expect(bylineMatches('Brenda Goodman, MA', 'By Brenda  Goodman, MA\n   WebMD Health News')).toBe(true)
    expect(bylineMatches('Lucas Nolan', 'by Lucas Nolan22 Dec 2016651')).toBe(true)
    expect(bylineMatches('Nolan Lucas', 'by Lucas Nolan')).toBe(false)
    expect(bylineMatches('Jane Roe, John Smith', 'Par Jane Roe et John Smith')).toBe(true)
    expect(bylineMatches('Jane Roe, Omar Khalil', 'Par Jane Roe et John Smith')).toBe(false)
    expect(bylineMatches('', null)).toBe(true)
    expect(bylineMatches('Jane Roe', null)).toBe(false)
  })
})
