/** compare/align: the passages two versions or two articles share, and what one adds or drops, as a reader lines them up. */
import { describe, expect, it } from 'vitest'
import { alignPassages, diffPassages } from '@core/compare'

const A = [
  'Iraqi warplanes killed 15 senior Islamic State commanders who had gathered for a meeting in al-Qaim on July 28.',
  'The weather in the western desert was hot and dry all week, farmers complained.',
  "Sami Jassem al-Jabouri, who ran the group's oil and gas revenue, was killed in a raid near al-Qaim.",
  'The football season opens next month with a derby in Basra.'
].join(' ')
const B = [
  'ISIL financier Sami Jassem Mohammed al-Juburi had been responsible for the sale of oil and gas.',
  'A new bridge over the Tigris will open to traffic in the spring, the governor announced.',
  'On July 29th, the army said its jets had killed a group of senior ISIL leaders as they gathered in al-Qaim for a meeting.'
].join(' ')

const textOf = (t: string, s: { start: number; end: number }) => t.slice(s.start, s.end)

describe('alignPassages', () => {
  const { pairs, partial } = alignPassages(A, B)

  it('aligns reworded, reordered sentences and leaves unrelated ones alone', () => {
    const found = pairs.map((p) => [textOf(A, p.a).slice(0, 20), textOf(B, p.b).slice(0, 20)])
    expect(found).toEqual([
      ['Iraqi warplanes kill', 'On July 29th, the ar'],
      ['Sami Jassem al-Jabou', 'ISIL financier Sami ']
    ])
    expect(partial).toBe(false)
  })

  it('returns sentence spans with exact offsets and scores in (0, 1]', () => {
    for (const p of pairs) {
      expect(textOf(A, p.a)).toMatch(/^[A-Z].*\.$/)
      expect(textOf(B, p.b)).toMatch(/^[A-Z].*\.$/)
      expect(p.score).toBeGreaterThan(0)
      expect(p.score).toBeLessThanOrEqual(1)
    }
  })

  it('is one-to-one even when two sentences of A report the same thing', () => {
    const a =
      'Jets killed 12 senior ISIL leaders at a meeting in al-Qaim. Jets killed 12 senior ISIL leaders at a meeting in al-Qaim, officials said.'
    const b = 'Twelve senior ISIL leaders were killed by jets at a meeting in al-Qaim.'
    const r = alignPassages(a, b)
    expect(r.pairs).toHaveLength(1)
  })

  it('scores a closer rewording higher than a looser one (ordering)', () => {
    const b = 'Coalition jets killed 20 militants in Husayba on June 3.'
    const close = alignPassages('On June 3 coalition jets killed at least 20 militants in Husayba.', b).pairs[0]!.score
    const loose = alignPassages('Coalition jets struck Husayba again, residents said.', b).pairs[0]?.score ?? 0
    expect(close).toBeGreaterThan(loose)
  })

  it('tolerates transliterated names (al-Juburi / al-Jabouri, Falluja / Fallujah)', () => {
    const context = ' Troops met the convoy near the river crossing at dawn. Rain fell in the hills.'
    const b = 'Sami al-Jabouri left Falluja in a white truck.' + context
    const score = (a: string) =>
      alignPassages(a + context, b).pairs.find((p) => p.a.start === 0 && p.b.start === 0)?.score ?? 0
    expect(score('Sami al-Juburi left Fallujah in a white truck.')).toBeGreaterThan(
      score('Sami al-Karimi left Ramadi in a white truck.') + 0.1
    )
  })

  it('aligns Arabic sentences whatever their clitics, spellings and wording of a toll', () => {
    const a =
      'وقال قائد شرطة كابل إن خمسة أشخاص قتلوا في الهجوم وأصيب 16. وتستعد المدارس لبدء العام الدراسي في الشهر المقبل.'
    const b =
      'أعلنت وزارة التعليم موعد الامتحانات النهائية. وقال قائد شرطة كابول إن خمسة أشخاص لقوا مصرعهم في الهجوم وإصابة 16 آخرين.'
    const found = alignPassages(a, b).pairs.map((p) => [textOf(a, p.a).slice(0, 12), textOf(b, p.b).slice(0, 12)])
    expect(found).toEqual([['وقال قائد شر', 'وقال قائد شر']])
  })

  it('returns partial instead of working past its budget', () => {
    const r = alignPassages(A, B, { maxPairs: 1 })
    expect(r.partial).toBe(true)
    expect(r.pairs.length).toBeLessThanOrEqual(1)
  })

  it('gives nothing for empty or unrelated texts', () => {
    expect(alignPassages('', B).pairs).toEqual([])
    expect(alignPassages('Cats sleep all day.', 'Stocks fell on Monday.').pairs).toEqual([])
  })
})

describe('diffPassages', () => {
  it('diffs one aligned pair word by word, and its parts rebuild both sides', () => {
    const a = 'Iraqi warplanes killed 12 senior leaders on July 29.'
    const b = 'Iraqi warplanes killed 15 senior leaders on July 28.'
    const parts = diffPassages(a, b)
    expect(parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['12', '29'])
    expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['15', '28'])
    expect(
      parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join('')
    ).toBe(a)
    expect(
      parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join('')
    ).toBe(b)
  })
})
