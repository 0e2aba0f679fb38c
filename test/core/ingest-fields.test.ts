/** ingest/fields: an article's byline, publication date, address and fallback title, cleaned at the door. */
import { describe, expect, it } from 'vitest'
import {
  cleanByline,
  httpUrl,
  isBylineLine,
  isNameLine,
  isUserName,
  normalizePublishedAt,
  titleFromFileName,
  titleFromText
} from '../../src/core/ingest/fields'

describe('article fields', () => {
  it('reads a byline line and cleans it', () => {
    expect(isBylineLine('By Jane Arraf')).toBe(true)
    expect(cleanByline('By Jane Arraf and John Smith, Reuters')).toBe('Jane Arraf and John Smith, Reuters')
    expect(isNameLine('Saad Maan')).toBe(true)
  })

  it("leaves a bracketed web or e-mail address out of a person's byline", () => {
    expect(cleanByline('Jane Roe (https://example.org/jroe/)')).toBe('Jane Roe')
    expect(cleanByline('Jane Roe <jroe@example.org>')).toBe('Jane Roe')
    expect(cleanByline('Jane Roe (example.org)')).toBe('Jane Roe')
    expect(cleanByline('John Smith (Jr.) and Jane Roe')).toBe('John Smith (Jr.) and Jane Roe')
  })

  it('tells a user name from a name as a byline prints it', () => {
    for (const handle of ['jroe', 'valleynews2', 'j_roe', 'jane.roe', '@jroe'])
      expect(isUserName(handle), handle).toBe(true)
    for (const name of ['Jane Roe', 'jane roe', 'Madonna', 'مراسلنا', 'AFP']) expect(isUserName(name), name).toBe(false)
  })

  it('keeps a publication date only when it is a date', () => {
    expect(normalizePublishedAt('2016-08-14T10:00:00+03:00')).toBe('2016-08-14T10:00:00+03:00')
    expect(normalizePublishedAt('yesterday')).toBeUndefined()
  })

  it('keeps only web addresses a report may link', () => {
    expect(httpUrl('https://example.org/a')).toBe('https://example.org/a')
    expect(httpUrl('javascript:alert(1)')).toBe('')
  })

  it('makes a title from the file name or the first words when nothing else names the article', () => {
    expect(titleFromFileName('al-qaim_strikes-2016.txt')).toBe('al qaim strikes 2016')
    expect(
      titleFromText('Iraqi strikes targeting gatherings of ISIL leaders in and around the Anbar border town')
    ).toBe('Iraqi strikes targeting gatherings of ISIL leaders in and around…')
  })
})
