/**
 * Comparison: what `core/compare` makes of two or more articles — aligned passages, matched claims
 * with a verdict and a one-line reason, claims only one article has, and (for three or more
 * articles) facts clustered across all of them. It is derived data: recomputed, never edited;
 * a journalist's own judgement is a Link. All offsets are UTF-16 code units into Article.text.
 */
import type { ClaimKind } from './claim'

/** How two claims of different articles relate; `only-in-one` is a claim with no counterpart. */
export type VerdictKind = 'agree' | 'compatible' | 'conflict' | 'different-source' | 'related' | 'only-in-one'

/** A judgement and the reason shown beside it, naming both values ("12 vs 15 killed"). */
export interface Verdict {
  verdict: VerdictKind
  reason: string
}

/** Two sentences, one per article, that report the same thing; score in (0, 1], higher is closer. */
export interface AlignedPair {
  a: { start: number; end: number }
  b: { start: number; end: number }
  score: number
}

/** The aligned passages of one pair of articles (articleIds[0] is side `a`). */
export interface PassageAlignment {
  articleIds: [string, string]
  passages: AlignedPair[]
  partial: boolean
}

/** Two claims judged against each other; claimIds[i] belongs to articleIds[i]. */
export interface ClaimMatch {
  claimIds: [string, string]
  articleIds: [string, string]
  verdict: Exclude<VerdictKind, 'only-in-one'>
  reason: string
  /** how sure the matcher is that both claims speak of the same fact, 0..1 */
  score: number
}

/** The same name in two articles, spelled alike or transliterated differently (al-Juburi / al-Jabouri). */
export interface SharedEntity {
  articleIds: [string, string]
  a: { start: number; end: number; text: string }
  b: { start: number; end: number; text: string }
  score: number
}

/** One value of a fact as reported, with the claims and articles that report it. */
export interface ReportedValue {
  /** the value as a journalist reads it: "12 killed", "29 July", "about 400 km" */
  label: string
  claimIds: string[]
  articleIds: string[]
}

/** A fact reported by several articles (n-way): its values, the consensus if there is one, the outliers. */
export interface Fact {
  kind: ClaimKind
  claimIds: string[]
  articleIds: string[]
  values: ReportedValue[]
  /** the label of the value most articles report, when more than one does and no other value ties it; null otherwise */
  consensus: string | null
  /** claims whose value conflicts with the consensus */
  outliers: string[]
}

export interface Comparison {
  articleIds: string[]
  pairs: PassageAlignment[]
  matches: ClaimMatch[]
  onlyIn: { claimId: string; articleId: string }[]
  entities: SharedEntity[]
  facts: Fact[]
  /** true when a work budget ran out: what is here is right, but some passages or claims were not compared */
  partial: boolean
}
