/**
 * The comparison of the open case, kept current: whenever the case's articles, stored claims or
 * dismissed suggestions change, the case is compared again in the worker (debounced, latest wins),
 * once the suggestion worker has found every article's suggested claims (claims/useSuggestionDrafts),
 * with a progress notice when that takes more than a moment. Compare's links between stored claims
 * are written back (replaceAutoLinks) so reports see them; verdicts that involve a pending
 * suggestion live only here. The journalist's manual links are laid over the result.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { linksFromComparison } from '@core/compare'
import { untakenSuggestions } from '@core/extract'
import type { Article, Claim, ClaimDraft, Comparison, Link } from '@core/model'
import { dismissalsOfArticle, linksOfCase, useLiveQuery, type LinkDraft } from '../db'
import type { Services } from '../app/services'
import { highlightOf } from '../claims/useClaims'
import type { Highlight } from '../claims/highlights'
import { CompareClient } from './client'
import { setRelation, type VerdictChoice } from './overrule'
import { isSuggestionId, type CompareInput, type CompareResult } from './run'
import {
  connectorsOf,
  mergeLinks,
  pairKey,
  verdictRows,
  type Connector,
  type MergedMatch,
  type VerdictRow
} from './view'

/** Quiet time after the last change before comparing again: tagging claims in a row compares once. */
const DEBOUNCE_MS = 250
/** Comparisons quicker than this show no progress: a notice that flashes by only distracts. */
const PROGRESS_AFTER_MS = 150

export interface ComparisonState {
  comparison: Comparison | null
  /** Stored claims and pending suggestions of the case, by id. */
  claimsById: ReadonlyMap<string, Claim>
  matches: MergedMatch[]
  /** The case's stored links (a report is made of these). */
  links: readonly Link[]
  /** Rows between the two shown articles (left first), and for the whole case. */
  pairRows: VerdictRow[]
  caseRows: VerdictRow[]
  connectors: Connector[]
  /** Highlights for the pending suggestions that take part in a verdict, by article. */
  suggestionHighlights: ReadonlyMap<string, Highlight[]>
  /** Those suggestions, as claims: each is reviewable (claims/reviewable.ts). */
  judgedSuggestions: readonly Claim[]
  busy: boolean
  /** How long the last comparison took and where it ran. */
  timing: { ms: number; where: 'worker' | 'inline' } | null
  setVerdict: (x: Claim, y: Claim, choice: VerdictChoice) => Promise<[string, string] | null>
}

/** What changes a comparison's input, cheaply: ids, versions and spans. */
function signatureOf(articles: readonly Article[], claims: readonly Claim[], dismissed: readonly string[]): string {
  return JSON.stringify([
    articles.map((a) => `${a.id}:${a.contentHash}:${a.publishedAt ?? ''}`),
    claims.map((c) => `${c.id}:${c.updatedAt}:${c.status}:${c.anchor.start}:${c.anchor.end}:${c.orphan ? 1 : 0}`),
    dismissed
  ])
}

const linkSignature = (links: readonly Pick<Link, 'claimIds' | 'relation' | 'reason'>[]) =>
  links
    .map((l) => `${pairKey(l.claimIds[0], l.claimIds[1])}:${l.relation}:${l.reason}`)
    .sort()
    .join('\n')

/**
 * Compare's links between stored claims, as drafts to store, or null when the stored automatic
 * links say the same already (every write wakes every live query, so none is made for nothing).
 */
export function autoLinksToStore(
  comparison: Comparison,
  storedClaimIds: ReadonlySet<string>,
  links: readonly Link[]
): LinkDraft[] | null {
  const between = comparison.matches.filter((m) =>
    m.claimIds.every((id) => !isSuggestionId(id) && storedClaimIds.has(id))
  )
  const drafts: LinkDraft[] = linksFromComparison({ ...comparison, matches: between }, '').map(
    ({ id: _id, createdAt: _c, ...draft }) => draft
  )
  const current = links.filter((l) => l.origin === 'auto')
  return linkSignature(drafts) === linkSignature(current) ? null : drafts
}

/** The pending suggestions some verdict names, each once: they join the review list. */
export function judgedSuggestionsOf(matches: readonly MergedMatch[], claimsById: ReadonlyMap<string, Claim>): Claim[] {
  const seen = new Map<string, Claim>()
  for (const m of matches) {
    for (const id of m.claimIds) {
      const c = claimsById.get(id)
      if (c && isSuggestionId(id)) seen.set(id, c)
    }
  }
  return [...seen.values()]
}

function highlightsByArticle(claims: readonly Claim[]): Map<string, Highlight[]> {
  const map = new Map<string, Highlight[]>()
  for (const c of claims) {
    const list = map.get(c.articleId) ?? []
    list.push(highlightOf(c, true))
    map.set(c.articleId, list)
  }
  return map
}

/** The suggestions no stored claim of the same article and kind overlaps (core/extract's rule). */
export const untaken = (suggestions: readonly Claim[], claims: readonly Claim[]): Claim[] =>
  untakenSuggestions(suggestions, claims)

/** The suggested claims of each article whose text has been read, by article id. */
export type SuggestedDrafts = ReadonlyMap<string, readonly ClaimDraft[]>

export function useComparison(
  services: Services,
  input: { caseId: string | null; articles: readonly Article[]; claims: readonly Claim[]; suggested: SuggestedDrafts },
  shown: { left?: Article; right?: Article }
): ComparisonState {
  const { caseId, articles, claims } = input
  const { db } = services
  const storedLinks = useLiveQuery(() => (caseId ? linksOfCase(db, caseId) : []), [db, caseId])
  const links = useMemo(() => storedLinks ?? [], [storedLinks])
  const dismissed = useDismissed(db, articles)
  const latest = useRef({ claims, links })
  latest.current = { claims, links }
  const run = useCompareRuns(services, { ...input, dismissed }, latest)

  const current = run.result && run.result.caseId === caseId ? run.result.result : null
  const comparison = current?.comparison ?? null
  const claimsById = useMemo(() => {
    // Until the next comparison arrives, a suggestion just accepted is there twice (as itself and as
    // the stored claim): the stale suggestion, and every verdict naming it, drop out at once.
    const live = untaken(current?.suggestions ?? [], claims)
    return new Map<string, Claim>([...claims, ...live].map((c) => [c.id, c]))
  }, [claims, current])
  const matches = useMemo(
    () => (comparison ? mergeLinks(comparison, links, claimsById) : []),
    [comparison, links, claimsById]
  )
  const left = shown.left?.id
  const right = shown.right?.id
  const pairRows = useMemo(
    () => (comparison && left && right ? verdictRows(matches, claimsById, comparison.articleIds, [left, right]) : []),
    [comparison, matches, claimsById, left, right]
  )
  const caseRows = useMemo(
    () => (comparison ? verdictRows(matches, claimsById, comparison.articleIds) : []),
    [comparison, matches, claimsById]
  )
  const connectors = useMemo(
    () => (comparison && left && right ? connectorsOf(comparison, left, right, pairRows) : []),
    [comparison, left, right, pairRows]
  )
  const judgedSuggestions = useMemo(() => judgedSuggestionsOf(matches, claimsById), [matches, claimsById])
  const suggestionHighlights = useMemo(() => highlightsByArticle(judgedSuggestions), [judgedSuggestions])
  const setVerdict = useSetVerdict(services, comparison, latest)
  return {
    comparison,
    claimsById,
    matches,
    links,
    pairRows,
    caseRows,
    connectors,
    suggestionHighlights,
    judgedSuggestions,
    busy: run.busy,
    timing: run.timing,
    setVerdict
  }
}

type Latest = { readonly current: { claims: readonly Claim[]; links: readonly Link[] } }

/** The dismissal keys of the case's articles, sorted; null while loading. */
function useDismissed(db: Services['db'], articles: readonly Article[]): string[] | null {
  const articleIds = articles.map((a) => a.id).join(',')
  const load = async () =>
    (
      await Promise.all(
        articleIds
          .split(',')
          .filter(Boolean)
          .map((id) => dismissalsOfArticle(db, id))
      )
    )
      .flatMap((s) => [...s])
      .sort()
  return useLiveQuery(load, [db, articleIds]) ?? null
}

interface RunInput {
  caseId: string | null
  articles: readonly Article[]
  claims: readonly Claim[]
  suggested: SuggestedDrafts
  dismissed: string[] | null
}

/** What the worker is sent: the case as it is now, each article with its suggested claims as found. */
function compareInputOf(input: RunInput & { dismissed: string[] }): CompareInput {
  const { articles, claims, dismissed, suggested } = input
  const now = new Date().toISOString()
  return {
    articles: [...articles],
    claims: [...claims],
    dismissed,
    now,
    suggested: Object.fromEntries(articles.map((a) => [a.id, suggested.get(a.id)!]))
  }
}

/**
 * Compares the case in the worker whenever its input changes (debounced, latest wins), with a
 * progress notice when that takes more than a moment, and stores compare's links between stored claims.
 */
function useCompareRuns(services: Services, input: RunInput, latest: Latest) {
  const { caseId, articles, claims, suggested, dismissed } = input
  const { repo, notices } = services
  const [result, setResult] = useState<{ caseId: string; result: CompareResult } | null>(null)
  const [busy, setBusy] = useState(false)
  const [timing, setTiming] = useState<ComparisonState['timing']>(null)
  const client = useMemo(() => new CompareClient(), [])
  useEffect(() => () => client.dispose(), [client])

  const storeAutoLinks = useCallback(
    async (forCase: string, comparison: Comparison) => {
      const drafts = autoLinksToStore(comparison, new Set(latest.current.claims.map((c) => c.id)), latest.current.links)
      if (drafts) await repo.replaceAutoLinks(forCase, drafts)
    },
    [repo, latest]
  )

  // one article has nothing to be compared with: no work, and no verdicts to show; and until every
  // article's suggestions are found, the last verdicts stay (a string over every claim: computed
  // when its inputs change, not at every render of the app)
  const ready = articles.every((a) => suggested.has(a.id))
  const signature = useMemo(
    () => (caseId && dismissed && ready && articles.length >= 2 ? signatureOf(articles, claims, dismissed) : null),
    [caseId, articles, claims, dismissed, ready]
  )
  useEffect(() => {
    if (!caseId || !signature || !dismissed) {
      setBusy(false)
      if (articles.length < 2) setResult(null)
      return
    }
    let live = true
    const progress = progressNotice(notices, articles.length)
    const timer = setTimeout(() => {
      setBusy(true)
      progress.start()
      client
        .compare(compareInputOf({ ...input, dismissed }))
        .then(async (outcome) => {
          if (outcome.status === 'cancelled' || !live) return
          // a transition: React renders the verdicts, rows and highlights of a large case (6,000
          // suggestions compared) in slices between frames, not in one task with the notice's update
          startTransition(() => {
            setResult({ caseId, result: outcome.result })
            setTiming({ ms: Math.round(outcome.ms), where: outcome.where })
            setBusy(false)
          })
          // a write that races a claim's deletion fails its check; the next comparison writes again
          await storeAutoLinks(caseId, outcome.result.comparison).catch(() => {})
        })
        .catch(
          (error: Error) =>
            live && notices.show({ tone: 'error', message: `Could not compare the articles: ${error.message}` })
        )
        .finally(progress.stop)
    }, DEBOUNCE_MS)
    return () => {
      live = false
      clearTimeout(timer)
      progress.stop()
    }
    // `signature` stands for articles, claims and dismissed, and `ready` for suggested: the whole input
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [caseId, signature, client, notices, storeAutoLinks])
  return { result, busy, timing }
}

/** "Comparing n articles…", shown only once a comparison has taken PROGRESS_AFTER_MS; stop() takes it away. */
function progressNotice(notices: Services['notices'], n: number) {
  let id: number | undefined
  let slow: ReturnType<typeof setTimeout> | undefined
  return {
    start: () => {
      slow = setTimeout(() => {
        id = notices.show({ tone: 'progress', message: `Comparing ${n} article${n === 1 ? '' : 's'}…` })
      }, PROGRESS_AFTER_MS)
    },
    stop: () => {
      clearTimeout(slow)
      if (id !== undefined) notices.dismiss(id)
    }
  }
}

/** Sets the journalist's verdict on a pair, replacing their earlier links on it; a failure is a notice and null. */
function useSetVerdict(services: Services, comparison: Comparison | null, latest: Latest) {
  const { notices } = services
  return useCallback(
    async (x: Claim, y: Claim, choice: VerdictChoice) => {
      const key = pairKey(x.id, y.id)
      const between = latest.current.links.filter(
        (l) => l.origin === 'manual' && pairKey(l.claimIds[0], l.claimIds[1]) === key
      )
      const auto = comparison?.matches.find((m) => pairKey(m.claimIds[0], m.claimIds[1]) === key)
      try {
        return await setRelation(services, x, y, choice, { replacing: between.map((l) => l.id), auto })
      } catch (error) {
        notices.show({ tone: 'error', message: (error as Error).message })
        return null
      }
    },
    [services, comparison, notices, latest]
  )
}
