/** ingest/titles: a page's headline against its <title>, with the site's name taken off. */
import { describe, expect, it } from 'vitest'
import { sameHeadline, siteNameFromTitle, stripSiteName } from '../../src/core/ingest/titles'

const headline = 'Noose tightening around ISIL in al-Qaim'

describe('titles and site names', () => {
  it('takes two spellings of one headline for the same', () => {
    expect(sameHeadline(headline, 'Noose Tightening Around ISIL in Al-Qaim')).toBe(true)
    expect(sameHeadline(headline, 'Iraqi forces enter Rutba')).toBe(false)
  })

  it('strips the site name from a title, and finds it beside the headline', () => {
    expect(stripSiteName(`${headline} | Diyaruna`, ['Diyaruna'])).toBe(headline)
    expect(siteNameFromTitle(`${headline} - Diyaruna`, [headline])).toBe('Diyaruna')
  })

  it("strips a site's short name, its leading words, at the end of a title only", () => {
    expect(stripSiteName(`${headline} - Example`, ['Example Media Inc'])).toBe(headline)
    // a short word the site's name begins with is no name of it, nor are words from its middle
    expect(stripSiteName(`${headline} | The`, ['The Valley Post'])).toBe(`${headline} | The`)
    expect(stripSiteName(`${headline} - Valley`, ['The Valley Post'])).toBe(`${headline} - Valley`)
    // a place before a colon or at the front is the story's, whatever the site is called
    expect(stripSiteName(`Chicago: ${headline}`, ['Chicago Tribune'])).toBe(`Chicago: ${headline}`)
    expect(stripSiteName(`Chicago - ${headline}`, ['Chicago Tribune'])).toBe(`Chicago - ${headline}`)
    expect(stripSiteName(`Chicago Tribune: ${headline}`, ['Chicago Tribune'])).toBe(headline)
  })
})
