/** model/article-name: the name an article goes by in lists and reports. */
import { describe, expect, it } from 'vitest'
import { articleName, type Article } from '@core/model'

const article = (fields: Partial<Article>) => ({
  outlet: '',
  url: '',
  sourceName: '',
  sourceFormat: 'text' as const,
  title: '',
  ...fields
})

describe('articleName: one short display name per article', () => {
  it.each([
    [
      'the outlet, when known',
      { outlet: ' Diyaruna ', url: 'https://diyaruna.com/x', sourceName: 'a.html' },
      'Diyaruna'
    ],
    [
      'else the web site, without www',
      { url: 'https://www.omanobserver.om/article/1', sourceName: 'page.html' },
      'omanobserver.om'
    ],
    [
      'else the file, its extension off and its separators read as spaces',
      { sourceName: 'al-qaim-constructed-wire.txt' },
      'al qaim constructed wire'
    ],
    ['a file name with spaces keeps its hyphens', { sourceName: 'Al-Qaim wire copy.txt' }, 'Al-Qaim wire copy'],
    [
      'a long file name is cut at a word',
      { sourceName: 'the_first_report_of_the_strikes_on_the_border_town.txt' },
      'the first report of the strikes…'
    ],
    [
      'pasted text without a name: the title, shortened',
      {
        sourceFormat: 'paste' as const,
        sourceName: 'Pasted text',
        title: "Air strikes squeeze Islamic State's last Anbar foothold"
      },
      'Air strikes squeeze Islamic…'
    ],
    [
      'pasted text the journalist named: that name',
      { sourceFormat: 'paste' as const, sourceName: 'AFP wire', title: 'Air strikes' },
      'AFP wire'
    ],
    ['nothing at all', {}, 'Untitled article']
  ])('%s', (_, fields, expected) => {
    expect(articleName(article(fields))).toBe(expected)
  })

  it('is never longer than a column header can hold when derived', () => {
    expect(articleName(article({ title: 'word '.repeat(40) })).length).toBeLessThanOrEqual(32)
  })
})
