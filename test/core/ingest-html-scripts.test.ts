/**
 * Web pages in scripts written without spaces (Chinese, Japanese, Thai) and the title and byline
 * a page states in its metadata, one rule at a time on small constructed pages
 * (test/fixtures/html, see its README): the shapes that made Readability's own test pages
 * refused, cut short or titled wrongly (issue 17).
 */
import { describe, expect, it } from 'vitest'
import { ingestFile } from '@core/ingest'
import { endsLikeSentence, isChromeLine, wordCount } from '../../src/core/ingest/chrome'
import { env, fixtureBytes, imported } from './fixtures'

function importFixture(file: string) {
  return imported(ingestFile({ name: file, bytes: fixtureBytes(`html/${file}`) }, env)).article
}

describe('scripts written without spaces', () => {
  it('counts Chinese and Japanese by characters, two to a word, and Thai four to a word', () => {
    expect(wordCount('北岭新闻网')).toBe(3)
    expect(wordCount('洪水冲断公路，十二人获救，消防部门称救援仍在继续。')).toBeGreaterThanOrEqual(10)
    expect(wordCount('DeepMind新电脑 AI')).toBe(4)
    expect(wordCount('น้ำท่วมหุบเขา')).toBeGreaterThanOrEqual(3)
  })

  it('ends sentences with 。！？ and closing brackets of their own', () => {
    expect(endsLikeSentence('救援仍在继续。')).toBe(true)
    expect(endsLikeSentence('「数日かかる」と話した。」')).toBe(true)
    expect(endsLikeSentence('谁是张三的大舅？')).toBe(true)
    expect(endsLikeSentence('北岭新闻网')).toBe(false)
  })

  it('takes an all-capitals acronym in a Chinese line for no shouted label', () => {
    expect(isChromeLine('据当地应急管理局（EMA）介绍')).toBe(false)
    expect(isChromeLine('SHARE ARTICLE')).toBe(true)
  })

  it('keeps every paragraph of a Chinese page, the one with an acronym and those above it too', () => {
    const a = importFixture('cjk-news.html')
    const paragraphs = a.text.split('\n\n')
    expect(paragraphs[0]).toMatch(/^北岭新闻网消息/)
    expect(a.text).toContain('应急管理局（EMA）')
    expect(a.text).toContain('这可能需要几天时间。')
    expect(a.byline).toBe('王小明')
    expect(a.title).toMatch(/^河谷洪水冲断公路 十二人获救/)
  })

  it('imports a Japanese page whole, an acronym line too, titled by og:title rather than the site banner', () => {
    const a = importFixture('japanese-news.html')
    expect(a.text.split('\n\n')).toHaveLength(4)
    expect(a.text).toContain('気象庁（JMA）')
    expect(a.text).toMatch(/^日曜日、谷の地域で洪水が発生し/)
    expect(a.title).toMatch(/^谷の洪水で道路が寸断、12人救助/)
    expect(a.title).not.toContain('北嶺ニュース')
  })

  it('counts a Thai paragraph, which marks no sentence end, as prose: a "Related" subhead above it stays', () => {
    const a = importFixture('thai-news.html')
    expect(a.text.split('\n\n')).toHaveLength(3)
    expect(a.text).toMatch(/ลดลง$/)
    expect(a.title).toBe('น้ำท่วมหุบเขาตัดถนน ช่วยเหลือได้สิบสองคน')
  })
})

describe('the title a page states', () => {
  it('lets a section <h1> outside the article lose to the <title>, and takes the byline line of a person', () => {
    const a = importFixture('section-h1.html')
    expect(a.title).toBe('Valley Floods Cut Off Mountain Road')
    expect(a.byline).toBe('Jane Roe, MD')
  })

  it('takes no application-name that is the headline for the site, and a byline element first line', () => {
    const a = importFixture('app-name-headline.html')
    expect(a.title).toBe('Valley floods cut off the mountain road')
    expect(a.outlet).toBe('Example Portal')
    expect(a.byline).toBe('Jane Roe')
  })

  it('prefers a Dublin Core title and creator to an <h1> that is no wording of it', () => {
    const a = importFixture('stated-metadata.html')
    expect(a.title).toBe('Valley floods cut off the mountain road')
    expect(a.byline).toBe('Jane Roe')
  })

  it('reads Parsely title and author, and takes a staff desk for no person', () => {
    const a = importFixture('parsely-only.html')
    expect(a.title).toBe('Valley floods cut off the mountain road')
    expect(a.byline).toBe('John Smith')
  })
})
