/**
 * The comparison in the reader: the glue between the case's comparison (useComparison) and the
 * views that show it — the gutter, scroll-following, the Verdicts and Facts tabs, the passage
 * card, and linking two claims by hand. App calls this once and places what it returns.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { articleName, type Article, type Claim } from '@core/model'
import type { Services } from '../app/services'
import type { Highlight } from '../claims/highlights'
import { FactsMatrix } from './FactsMatrix'
import { Gutter } from './Gutter'
import { OverruleMenu } from './OverruleMenu'
import { PassageCard } from './PassageCard'
import { revealClaims, useReveal } from './reveal'
import type { SideTab } from './SideTabs'
import { useComparison } from './useComparison'
import { VerdictsPanel, type VerdictScope } from './VerdictsPanel'
import { infoOf } from './verdicts'
import { pairKey, passagesOfRow, type Connector, type VerdictRow } from './view'

type Span = { start: number; end: number }

interface CompareViewInput {
  caseId: string | null
  articles: readonly Article[]
  claims: readonly Claim[]
  highlightsByArticle: ReadonlyMap<string, Highlight[]>
  shown: { left?: Article; right?: Article }
  /** Shows these two articles, left and right. */
  showPair: (left: string, right: string) => void
  /** Shows one article in a pane, keeping the other. */
  showArticle: (articleId: string) => void
  /** Opens the right-hand column if it is hidden. */
  showPanel: () => void
  /** The claims panel's own selection, for stored claims. */
  selectStored: (claimId: string) => void
}

export function useCompareView(services: Services, input: CompareViewInput) {
  const { shown, articles } = input
  const state = useComparison(services, input.caseId, articles, input.claims, shown)
  const [tab, setTab] = useState<SideTab>('claims')
  const [scope, setScope] = useState<VerdictScope>('view')
  const [selectedKey, setSelectedKey] = useState<string | null>(null)
  const [diffOpen, setDiffOpen] = useState<ReadonlySet<string>>(new Set())
  const [reveal, setReveal] = useState<string[] | null>(null)
  const [passage, setPassage] = useState<Connector | null>(null)
  const [linkFrom, setLinkFrom] = useState<string | null>(null)
  const [linkTo, setLinkTo] = useState<{ id: string; rect: DOMRect | null } | null>(null)

  // Revealing waits for the panes to show the articles and the highlights to exist.
  useReveal(reveal, revealClaims, () => setReveal(null))

  const facts = articles.length >= 3
  useEffect(() => {
    if (tab === 'facts' && !facts) setTab('verdicts')
  }, [tab, facts])

  const outlet = useCallback((id: string) => {
    const a = articles.find((x) => x.id === id)
    return a ? articleName(a) : 'Unknown outlet'
  }, [articles])
  const textOf = useCallback((id: string) => articles.find((a) => a.id === id)?.text ?? '', [articles])

  const rows = scope === 'view' ? state.pairRows : state.caseRows

  /** Shows the articles of a row, both spans in view, flashing. */
  const selectRow = useCallback(
    (row: VerdictRow) => {
      setSelectedKey(row.key)
      setPassage(null)
      const shownIds = [shown.left?.id, shown.right?.id]
      if (row.b) {
        if (!(shownIds.includes(row.a.articleId) && shownIds.includes(row.b.articleId))) input.showPair(row.a.articleId, row.b.articleId)
        setReveal([row.a.claimId, row.b.claimId])
      } else {
        if (!shownIds.includes(row.a.articleId)) input.showArticle(row.a.articleId)
        setReveal([row.a.claimId])
      }
      if (!row.a.suggested) input.selectStored(row.a.claimId)
    },
    [shown.left?.id, shown.right?.id, input]
  )

  const toggleDiff = useCallback((row: VerdictRow) => {
    setDiffOpen((open) => {
      const next = new Set(open)
      if (next.has(row.key)) next.delete(row.key)
      else next.add(row.key)
      return next
    })
  }, [])

  const overrule = useCallback(
    async (row: VerdictRow, choice: Parameters<typeof state.setVerdict>[2]) => {
      const x = state.claimsById.get(row.a.claimId)
      const y = row.b && state.claimsById.get(row.b.claimId)
      if (!x || !y) return
      const ids = await state.setVerdict(x, y, choice)
      if (!ids) return
      const key = pairKey(...ids)
      setSelectedKey(key)
      if (diffOpen.has(row.key)) setDiffOpen(new Set([...diffOpen, key]))
    },
    [state, diffOpen]
  )

  const selectConnector = useCallback(
    (c: Connector) => {
      const key = c.rowKeys[0]
      const row = key && state.pairRows.find((r) => r.key === key)
      if (row) {
        input.showPanel()
        setTab('verdicts')
        setScope('view')
        setSelectedKey(row.key)
        setDiffOpen((open) => new Set([...open, row.key]))
        setPassage(null)
      } else setPassage(c)
    },
    [state.pairRows, input]
  )

  /** Selects any claim (stored or suggested) from the facts matrix: its article shown, the claim in view. */
  const selectAnyClaim = useCallback(
    (claimId: string) => {
      const claim = state.claimsById.get(claimId)
      if (!claim) return
      if (![shown.left?.id, shown.right?.id].includes(claim.articleId)) input.showArticle(claim.articleId)
      if (!claimId.startsWith('s:')) input.selectStored(claimId)
      setReveal([claimId])
    },
    [state.claimsById, shown.left?.id, shown.right?.id, input]
  )

  // Link mode: Escape leaves it.
  useEffect(() => {
    if (!linkFrom) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      setLinkTo(null)
      setLinkFrom(null)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [linkFrom])

  /** In link mode, a click on a claim of another article picks it (true: the click is handled). */
  const pickClaim = useCallback(
    (claimId: string): boolean => {
      if (!linkFrom) return false
      const from = state.claimsById.get(linkFrom)
      const to = state.claimsById.get(claimId)
      if (!from || !to || to.articleId === from.articleId) return true
      const rect = document.querySelector(`.pane [data-claim-id="${CSS.escape(claimId)}"]`)?.getBoundingClientRect() ?? null
      setLinkTo({ id: claimId, rect })
      return true
    },
    [linkFrom, state.claimsById]
  )

  const highlights = useMemo(() => {
    if (state.suggestionHighlights.size === 0) return input.highlightsByArticle
    const merged = new Map(input.highlightsByArticle)
    for (const [articleId, extra] of state.suggestionHighlights) {
      const own = merged.get(articleId) ?? []
      // the suggestion list may already show these very suggestions (same ids): never twice
      const ids = new Set(own.map((h) => h.id))
      merged.set(articleId, [...own, ...extra.filter((h) => !ids.has(h.id))])
    }
    return merged
  }, [input.highlightsByArticle, state.suggestionHighlights])

  // aligned passages, and judged claims outside them: both are places the two texts say the same thing
  const alignment = useMemo<{ left: Span; right: Span }[]>(
    () => state.connectors.map((c) => ({ left: c.left, right: c.right })),
    [state.connectors]
  )

  const describe = useCallback(
    (c: Connector) => {
      const reasons = c.rowKeys.map((k) => state.pairRows.find((r) => r.key === k)?.reason).filter(Boolean)
      return c.verdict ? `${infoOf(c.verdict).label}: ${reasons.join('; ')}` : 'Aligned passages (no claims judged)'
    },
    [state.pairRows]
  )

  const selectedConnector = state.connectors.find((c) => (passage ? c.key === passage.key : selectedKey !== null && c.rowKeys.includes(selectedKey)))?.key ?? null
  const gutter: ReactNode =
    state.connectors.length > 0 ? <Gutter connectors={state.connectors} selectedKey={selectedConnector} describe={describe} onSelect={selectConnector} /> : null

  const panel: ReactNode =
    tab === 'verdicts' ? (
      <VerdictsPanel
        rows={rows}
        articles={articles}
        scope={scope}
        onScope={setScope}
        selectedKey={selectedKey}
        onSelect={selectRow}
        diffOpen={diffOpen}
        onToggleDiff={toggleDiff}
        passagesOf={(row) => (state.comparison ? passagesOfRow(row, state.comparison, textOf) : null)}
        onOverrule={(row, choice) => void overrule(row, choice)}
        busy={state.busy}
        pending={!state.comparison}
        partial={state.comparison?.partial ?? false}
        timing={state.timing}
      />
    ) : tab === 'facts' && state.comparison ? (
      <FactsMatrix facts={state.comparison.facts} articles={articles} claimsById={state.claimsById} verdicts={state.matches} selectedClaimId={reveal?.[0] ?? null} onSelectClaim={selectAnyClaim} />
    ) : tab === 'facts' ? (
      <p className="panel-empty">Comparing the articles…</p>
    ) : null

  let passageCard: ReactNode = null
  if (passage && shown.left && shown.right) {
    const reasons = passage.rowKeys.map((k) => state.pairRows.find((r) => r.key === k)?.reason ?? '').filter(Boolean)
    passageCard = (
      <PassageCard
        a={shown.left.text.slice(passage.left.start, passage.left.end).trim()}
        b={shown.right.text.slice(passage.right.start, passage.right.end).trim()}
        aLabel={outlet(shown.left.id)}
        bLabel={outlet(shown.right.id)}
        verdict={passage.verdict}
        reasons={reasons}
        onClose={() => setPassage(null)}
      />
    )
  }

  const fromClaim = linkFrom ? state.claimsById.get(linkFrom) : undefined
  const toClaim = linkTo ? state.claimsById.get(linkTo.id) : undefined
  const linking: ReactNode = fromClaim ? (
    <>
      <div className="link-banner" role="status">
        <span>
          Linking “<bdi>{short(fromClaim.anchor.exact)}</bdi>”: click a claim in the other article.
        </span>
        <button type="button" onClick={() => (setLinkFrom(null), setLinkTo(null))}>
          Cancel
        </button>
      </div>
      {toClaim ? (
        <div className="link-popover" style={{ top: (linkTo?.rect?.bottom ?? 120) + 6, left: Math.min((linkTo?.rect?.left ?? 200), window.innerWidth - 240) }}>
          <p>
            Link with “<bdi>{short(toClaim.anchor.exact)}</bdi>” as:
          </p>
          <OverruleMenu
            label="Link as"
            current="only-in-one"
            manual={false}
            notSame={false}
            linking
            onChoose={(choice) => {
              setLinkFrom(null)
              setLinkTo(null)
              void state.setVerdict(fromClaim, toClaim, choice).then((ids) => {
                if (!ids) return
                setSelectedKey(pairKey(...ids))
                input.showPanel()
                setTab('verdicts')
              })
            }}
            onClose={() => setLinkTo(null)}
          />
        </div>
      ) : null}
    </>
  ) : null

  return {
    state,
    tab,
    setTab,
    showFacts: facts,
    conflicts: state.pairRows.filter((r) => r.verdict === 'conflict').length,
    highlights,
    alignment,
    gutter,
    panel,
    passageCard,
    linking,
    startLink: (claim: Claim) => {
      setLinkTo(null)
      setLinkFrom(claim.id)
    },
    pickClaim
  }
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 38)}…` : text)
