/**
 * Sources of matched facts: which attribution credits a claim (same sentence, else paragraph,
 * else the previous paragraph's last, as news copy runs "X happened. ..., the ministry said"),
 * with anaphors ("the command", "the statement", "he") resolved to the body named earlier, and
 * pointing at the attribution that spells the name out so the journalist sees it.
 */
import type { Claim } from '@core/model'
import { anaphorHead, sameSource, sourceWords } from './entities'
import type { DocFeatures } from './features'
import type { Site } from './match'

/** The attribution that credits a claim, resolved to where the source is named, with the source's name. */
export interface Credit {
  claim: Claim
  speaker: string
}

/** For each attribution of a document, the attribution naming its source (itself, or the antecedent of "the command"). */
export function resolveCredits(attributions: readonly Claim[]): Map<string, Credit> {
  const out = new Map<string, Credit>()
  const seen: Credit[] = []
  for (const c of attributions) {
    if (c.kind !== 'attribution') continue
    let credit: Credit = { claim: c, speaker: c.value.speaker }
    const anaphor = anaphorHead(c.value.speaker)
    const named = (x: Credit) => sourceWords(x.speaker).every((w) => sourceWords(x.claim.anchor.exact).includes(w))
    const fits = (s: Credit) =>
      anaphor
        ? !anaphorHead(s.speaker) && (anaphor.head === '' || sourceWords(s.speaker).includes(anaphor.head))
        : sameSource(s.speaker, c.value.speaker) && named(s)
    // point at the claim that spells the source out, so the journalist sees the name: the latest
    // fitting credit, searched (from the end, without copying the list) only for an anaphor or a
    // source its own words do not name
    if (anaphor || !named(credit)) {
      let antecedent: Credit | undefined
      for (let k = seen.length - 1; k >= 0 && !antecedent; k--) if (fits(seen[k]!)) antecedent = seen[k]
      if (antecedent) credit = antecedent
    }
    out.set(c.id, credit)
    seen.push(credit)
  }
  return out
}

/**
 * The attributions of a list by sentence and by paragraph, in list order; built once per list, as a
 * comparison asks for every matched fact (the lists matching passes are built once and never changed).
 */
interface PlacedAttributions {
  bySentence: Map<number, Site[]>
  byPara: Map<number, Site[]>
}

const placed = new WeakMap<readonly Site[], PlacedAttributions>()

function placedIn(doc: DocFeatures, attributions: readonly Site[]): PlacedAttributions {
  let p = placed.get(attributions)
  if (!p) {
    p = { bySentence: new Map(), byPara: new Map() }
    const add = (m: Map<number, Site[]>, key: number, s: Site) => {
      const list = m.get(key)
      if (list) list.push(s)
      else m.set(key, [s])
    }
    for (const s of attributions) {
      add(p.bySentence, s.sentence, s)
      add(p.byPara, doc.sentences[s.sentence]!.para, s)
    }
    placed.set(attributions, p)
  }
  return p
}

/** The credit governing a claim: an attribution in its sentence, else its paragraph, else the previous paragraph's last (`attributions` is indexed on first use: a list must not change between calls). */
export function creditOf(
  site: Site,
  doc: DocFeatures,
  attributions: readonly Site[],
  credits: Map<string, Credit>
): Credit | null {
  const para = doc.sentences[site.sentence]!.para
  const distance = (s: Site) =>
    Math.abs(s.claim.anchor.start - site.claim.anchor.start) +
    (s.claim.anchor.start < site.claim.anchor.start ? 0.5 : 0)
  // the nearest, the first listed among equals
  const pick = (list: readonly Site[] | undefined) => {
    let best: Site | undefined
    let bestDistance = Infinity
    for (const s of list ?? []) {
      const d = distance(s)
      if (d < bestDistance) {
        best = s
        bestDistance = d
      }
    }
    return best
  }
  const { bySentence, byPara } = placedIn(doc, attributions)
  const found = pick(bySentence.get(site.sentence)) ?? pick(byPara.get(para)) ?? byPara.get(para - 1)?.at(-1)
  return found ? (credits.get(found.claim.id) ?? null) : null
}
