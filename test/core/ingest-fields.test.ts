/** ingest/fields: an article's byline, publication date, address and fallback title, cleaned at the door. */
import { describe, expect, it } from 'vitest'
import {
  cleanByline,
  httpUrl,
  isBylineLine,
  isNameLine,
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
