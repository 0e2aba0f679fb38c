/** Attributions on PolNeAR: the cue rule, the speaker rule, pronouns, and brat reading on a sample file. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  antecedentOf,
  attributionGold,
  isCountedCue,
  sameSpeaker,
  scoreAttributions,
  speakerRight
} from './attributions'
import { parseBrat } from './brat'

const text = readFileSync(path.join(__dirname, 'samples', 'sample.txt'), 'utf8')
const ann = readFileSync(path.join(__dirname, 'samples', 'sample.ann'), 'utf8')
const at = (s: string, from = 0) => {
  const start = text.indexOf(s, from)
  return { start, end: start + s.length }
}

describe('which cues count', () => {
  it.each([
    'said',
    'says',
    'told',
    'according to',
    'reported',
    'announced',
    'confirmed',
    'wrote',
    'posted',
    'tweeted',
    'quoted',
    'urged',
    'released a statement',
    'added',
    'claimed',
    'denied',
    'warned',
    'has said',
    'said Thursday morning',
    'slammed',
    'testified',
    'noting',
    'pointed out'
  ])('%s counts', (cue) => expect(isCountedCue(cue)).toBe(true))
  it.each([
    'shows',
    'known as',
    'think',
    'believes',
    'wants',
    'hopes',
    'found',
    'suggests',
    ':',
    '―',
    'in',
    'did not say',
    'declined to comment',
    "didn't respond",
    'isn’t saying'
  ])('%s does not', (cue) => expect(isCountedCue(cue)).toBe(false))
})

describe('sameSpeaker', () => {
  it.each([
    ['Clinton', 'Hillary Clinton', true],
    ['Hillary Clinton', 'Clinton', true],
    ['New York Post', 'The Post', true],
    ['Donald Trump', 'Republican presidential nominee Donald Trump', true],
    ['Donald Trump', 'Trump’s', true],
    ['Phil Lovas', 'The state’s campaign chairman, Phil Lovas,', true],
    ['Kerry', 'Secretary of State John Kerry', true],
    ['spokesman', 'a spokesman for the campaign', true],
    ['official', 'officials', true],
    ['Clinton', 'Donald Trump', false],
    ['campaign', 'a spokesman for the campaign', false],
    [undefined, 'Trump', false]
  ])('%s names %s: %s', (ours, gold, right) => expect(sameSpeaker(ours, gold)).toBe(right))
})

describe('a pronoun source', () => {
  it('resolves to the nearest earlier non-pronoun source that agrees in number', () => {
    expect(antecedentOf('he', ['Donald Trump', 'aides', 'she'])).toBe('Donald Trump')
    expect(antecedentOf('they', ['Donald Trump', 'aides', 'she'])).toBe('aides')
    expect(antecedentOf('they', ['the Clinton campaign'])).toBe('the Clinton campaign')
    expect(antecedentOf('she', ['a Donald Trump tweet', 'Mary J. Blige'])).toBe('Mary J. Blige')
    expect(antecedentOf('she', ['a Donald Trump tweet'])).toBeNull()
    expect(antecedentOf('he', ['The Post'])).toBeNull()
  })

  it('is named right by its antecedent, not by the pronoun; the pronoun is right only with no antecedent', () => {
    expect(speakerRight('Donald Trump', { source: 'He', antecedent: 'Donald Trump' })).toBe(true)
    expect(speakerRight('Trump', { source: 'He', antecedent: 'Republican nominee Donald Trump' })).toBe(true)
    expect(speakerRight('he', { source: 'He', antecedent: 'Donald Trump' })).toBe(false)
    expect(speakerRight('Mike Pence', { source: 'He', antecedent: 'Donald Trump' })).toBe(false)
    expect(speakerRight('he', { source: 'He', antecedent: null })).toBe(true)
  })
})

describe('PolNeAR gold of a sample article', () => {
  const doc = parseBrat('sample.ann', ann, text)

  it('turns brat code-point offsets into UTF-16 offsets (an emoji before the span)', () => {
    const he = [...doc.spans.values()].find((s) => s.text === 'He')!
    expect(text.slice(he.fragments[0]!.start, he.fragments[0]!.end)).toBe('He')
  })

  it('refuses an annotation whose span text is not the article’s, naming the file and the span', () => {
    expect(() => parseBrat('bad.ann', ann.replace('\tMr. Smith', '\tMr. Jones'), text)).toThrow(
      /bad\.ann: span T1 reads "Mr. Jones"/
    )
  })

  it('resolves the pronoun source to the speaker before it', () => {
    const gold = attributionGold(doc).gold
    expect(gold.map((g) => g.value)).toEqual([
      { source: 'Mr. Smith' },
      { source: 'He', antecedent: 'Mr. Smith' },
      { source: 'aides' }
    ])
  })

  it('matches a suggestion on the source and cue or on the cue, and checks the speaker', () => {
    const r = scoreAttributions(doc, [
      { ...at('Smith reported'), speaker: 'John Smith', text: 'Smith reported' },
      { ...at('said'), speaker: 'he', text: 'said' },
      { ...at('aides said'), speaker: 'aides', text: 'aides said' },
      { ...at('the news'), speaker: 'news', text: 'the news' }
    ])
    expect(r.score).toMatchObject({ gold: 3, tp: 3, fp: 1, valuePairs: 3, valueCorrect: 2 })
  })
})
