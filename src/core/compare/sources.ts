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
    const antecedent = [...seen].reverse().find((s) =>
      anaphor ? !anaphorHead(s.speaker) && (anaphor.head === '' || sourceWords(s.speaker).includes(anaphor.head)) : sameSource(s.speaker, c.value.speaker) && named(s)
    )
    // point at the claim that spells the source out, so the journalist sees the name
    if (antecedent && (anaphor || !named(credit))) credit = antecedent
    out.set(c.id, credit)
    seen.push(credit)
  }
  return out
}

/** The credit governing a claim: an attribution in its sentence, else its paragraph, else the previous paragraph's last. */
export function creditOf(site: Site, doc: DocFeatures, attributions: readonly Site[], credits: Map<string, Credit>): Credit | null {
  const para = doc.sentences[site.sentence]!.para
  const distance = (s: Site) => Math.abs(s.claim.anchor.start - site.claim.anchor.start) + (s.claim.anchor.start < site.claim.anchor.start ? 0.5 : 0)
  const pick = (list: Site[]) => list.sort((x, y) => distance(x) - distance(y))[0]
  const found =
    pick(attributions.filter((s) => s.sentence === site.sentence)) ??
    pick(attributions.filter((s) => doc.sentences[s.sentence]!.para === para)) ??
    attributions.filter((s) => doc.sentences[s.sentence]!.para === para - 1).at(-1)
  return found ? credits.get(found.claim.id) ?? null : null
}
