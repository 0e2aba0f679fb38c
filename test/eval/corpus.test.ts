/** Reading the corpus: the split rule, gold quotes checked against the article, MEANTIME tokens, zip entries. */
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { checkQuotes, Corpus, meantimeText, splitByRule } from './corpus'
import { readZipText } from './zip'

describe('splitByRule', () => {
  it('holds out every fifth file by name order (index 4, 9, 14, …)', () => {
    const splits = Array.from({ length: 10 }, (_, i) => splitByRule(i))
    expect(splits.map((s, i) => (s === 'heldout' ? i : -1)).filter((i) => i >= 0)).toEqual([4, 9])
  })
})

describe('checkQuotes', () => {
  const article = {
    key: 'fakes:1',
    title: 'Strike kills 12',
    text: 'A strike killed 12 people on Tuesday a monitor said.'
  }

  it('accepts quotes from the text or the title', () => {
    expect(() => checkQuotes('x.pair.json', article, ['killed 12 people', 'Strike kills 12'])).not.toThrow()
  })

  it('refuses a quote that is not in the article, naming the file and the quote', () => {
    expect(() => checkQuotes('x.pair.json', article, ['killed 15 people'])).toThrow(
      'x.pair.json: "killed 15 people" is not in the title or text of fakes:1'
    )
  })
})

describe('Corpus', () => {
  it('says clearly when the corpus folder is missing', () => {
    expect(() => new Corpus('/nonexistent/corpus')).toThrow('--corpus /nonexistent/corpus: no such folder')
  })
})

describe('meantimeText', () => {
  it('takes sentence 0 as the title and joins the tokens of the rest without spaces before punctuation', () => {
    const xml = [
      'Chrysler',
      'cuts',
      'jobs',
      'May',
      '14',
      ',',
      '2009',
      'It',
      "'s",
      'cutting',
      '789',
      '(',
      'of',
      '3,200',
      ')',
      '.'
    ]
      .map((t, i) => `<token number="${i}" sentence="${i < 3 ? 0 : i < 7 ? 1 : 2}" t_id="${i + 1}">${t}</token>`)
      .join('\n')
    expect(meantimeText(xml)).toEqual({
      title: 'Chrysler cuts jobs',
      text: "May 14, 2009 It's cutting 789 (of 3,200)."
    })
  })
})

/** A one-entry zip with a deflated member and its central directory, as the corpus archives are. */
function zipOf(name: string, content: string): Buffer {
  const data = deflateRawSync(Buffer.from(content))
  const n = Buffer.from(name)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(content.length, 22)
  local.writeUInt16LE(n.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(content.length, 24)
  central.writeUInt16LE(n.length, 28)
  central.writeUInt32LE(0, 42)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(46 + n.length, 12)
  end.writeUInt32LE(30 + n.length + data.length, 16)
  return Buffer.concat([local, n, data, central, n, end])
}

describe('readZipText', () => {
  it('reads a deflated entry by its central directory', () => {
    const json = JSON.stringify([{ url: 'http://x', title: 'عنوان', content: 'نص' }])
    expect(readZipText('day.zip', zipOf('day.json', json)).get('day.json')).toBe(json)
  })

  it('refuses what is not a zip, naming it', () => {
    expect(() => readZipText('day.zip', Buffer.from('not a zip'))).toThrow('day.zip: not a zip archive')
  })
})
