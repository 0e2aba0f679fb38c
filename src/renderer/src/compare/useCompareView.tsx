/**
 * The comparison in the reader: the glue between the case's comparison (useComparison), the
 * views' state (viewState.ts, changed only by `perform`) and the views that show it — the gutter,
 * the Verdicts and Facts tabs, the passage card, and linking two claims by hand. App calls this
 * once and places what it returns.
 */
import { useCallback, useEffect, useMemo, useReducer, type ReactNode } from 'react'
import { articleName, type Article, type Claim } from '@core/model'
import type { Services } from '../app/services'
import type { Highlight } from '../claims/highlights'
import { ComparePanel } from './ComparePanel'
import { Gutter } from './Gutter'
import { LinkingBar } from './LinkingBar'
import type { VerdictChoice } from './overrule'
import { PassageCard } from './PassageCard'
import { revealClaims, useReveal } from './reveal'
import type { SideTab } from './SideTabs'
import { useComparison, type ComparisonState, type SuggestedDrafts } from './useComparison'
import { pairKey, type Connector, type VerdictRow } from './view'
import * as view from './viewState'

interface CompareViewInput {
  caseId: string | null
  articles: readonly Article[]
  claims: readonly Claim[]
  /** The suggested claims of each article whose text has been read (claims/useSuggestionDrafts). */
  suggested: SuggestedDrafts
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

type Dispatch = (command: view.CompareViewCommand) => void

export function useCompareView(services: Services, input: CompareViewInput) {
  const { shown, articles } = input
  const state = useComparison(services, input, shown)
  const [ui, dispatch] = useReducer(view.perform, view.initialCompareView)

  // Revealing waits for the panes to show the articles and the highlights to exist.
  useReveal(ui.reveal, revealClaims, () => dispatch({ type: 'revealed' }))
  const facts = articles.length >= 3
  useEffect(() => dispatch({ type: 'facts-available', available: facts }), [facts, ui.tab])
  const cancelLink = useCallback(() => dispatch({ type: 'cancel-link' }), [])
  useEscape(ui.linkFrom !== null, cancelLink)

  const act = usePaneActions(state, input, dispatch)
  const pickClaim = useCallback(
    (claimId: string): boolean => {
      const target = view.linkTarget(ui, claimId, (id) => state.claimsById.get(id)?.articleId)
      if (target === 'picked') dispatch({ type: 'pick-link', claimId, rect: highlightBox(claimId) })
      return target !== 'not-linking'
    },
    [ui, state.claimsById]
  )
  const highlights = useMemo(
    () => view.withExtraMarks(input.highlightsByArticle, state.suggestionHighlights),
    [input.highlightsByArticle, state.suggestionHighlights]
  )
  // aligned passages, and judged claims outside them: both are places the two texts say the same thing
  const alignment = useMemo(() => state.connectors.map((c) => ({ left: c.left, right: c.right })), [state.connectors])
  const describe = useCallback((c: Connector) => view.describeConnector(c, state.pairRows), [state.pairRows])

  const gutter: ReactNode =
    state.connectors.length > 0 ? (
      <Gutter
        connectors={state.connectors}
        selectedKey={view.selectedConnectorKey(state.connectors, ui)}
        describe={describe}
        onSelect={act.selectConnector}
      />
    ) : null
  const panel = (
    <ComparePanel
      view={ui}
      comparison={state}
      articles={articles}
      dispatch={dispatch}
      onSelectRow={act.selectRow}
      onOverrule={act.overrule}
      onSelectClaim={act.selectAnyClaim}
    />
  )
  return {
    state,
    tab: ui.tab,
    setTab: (tab: SideTab) => dispatch({ type: 'tab', tab }),
    showFacts: facts,
    conflicts: state.pairRows.filter((r) => r.verdict === 'conflict').length,
    highlights,
    alignment,
    gutter,
    panel: ui.tab === 'claims' ? null : panel,
    passageCard: passageCardOf(ui.passage, shown, state.pairRows, () => dispatch({ type: 'close-passage' })),
    linking: linkingOf(ui, state, act.link, dispatch),
    startLink: (claim: Claim) => dispatch({ type: 'start-link', claimId: claim.id }),
    pickClaim
  }
}

/** The commands that reach past the view's state: showing articles, selecting claims, storing verdicts. */
function usePaneActions(state: ComparisonState, input: CompareViewInput, dispatch: Dispatch) {
  const { shown, showPair, showArticle, showPanel, selectStored } = input
  const left = shown.left?.id
  const right = shown.right?.id
  const { claimsById, pairRows, setVerdict } = state
  return useMemo(() => {
    /** Shows the articles of a row, both spans in view, flashing. */
    const selectRow = (row: VerdictRow) => {
      dispatch({ type: 'select-row', row })
      const focus = view.rowFocus(row, [left, right])
      if (focus.showPair) showPair(...focus.showPair)
      if (focus.showArticle) showArticle(focus.showArticle)
      if (focus.selectStored) selectStored(focus.selectStored)
    }
    const overrule = (row: VerdictRow, choice: VerdictChoice) => {
      const x = claimsById.get(row.a.claimId)
      const y = row.b && claimsById.get(row.b.claimId)
      if (!x || !y) return
      void setVerdict(x, y, choice).then(
        (ids) => ids && dispatch({ type: 'overruled', from: row.key, to: pairKey(...ids) })
      )
    }
    const selectConnector = (connector: Connector) => {
      const key = connector.rowKeys[0]
      const row = key ? pairRows.find((r) => r.key === key) : undefined
      if (row) showPanel()
      dispatch({ type: 'select-connector', connector, row })
    }
    /** Selects any claim (stored or suggested) from the facts matrix: its article shown, the claim in view. */
    const selectAnyClaim = (claimId: string) => {
      const claim = claimsById.get(claimId)
      if (!claim) return
      if (![left, right].includes(claim.articleId)) showArticle(claim.articleId)
      if (!claimId.startsWith('s:')) selectStored(claimId)
      dispatch({ type: 'reveal', claimIds: [claimId] })
    }
    const link = (from: Claim, to: Claim, choice: VerdictChoice) => {
      dispatch({ type: 'cancel-link' })
      void setVerdict(from, to, choice).then((ids) => {
        if (!ids) return
        showPanel()
        dispatch({ type: 'linked', key: pairKey(...ids) })
      })
    }
    return { selectRow, overrule, selectConnector, selectAnyClaim, link }
  }, [claimsById, pairRows, setVerdict, left, right, showPair, showArticle, showPanel, selectStored, dispatch])
}

/** While `active`, Escape runs `onEscape` (link mode: Escape leaves it). */
function useEscape(active: boolean, onEscape: () => void) {
  useEffect(() => {
    if (!active) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      onEscape()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [active, onEscape])
}

const highlightBox = (claimId: string) =>
  document.querySelector(`.pane [data-claim-id="${CSS.escape(claimId)}"]`)?.getBoundingClientRect() ?? null

function passageCardOf(
  passage: Connector | null,
  shown: { left?: Article; right?: Article },
  rows: readonly VerdictRow[],
  onClose: () => void
): ReactNode {
  const { left, right } = shown
  if (!passage || !left || !right) return null
  return (
    <PassageCard
      a={left.text.slice(passage.left.start, passage.left.end).trim()}
      b={right.text.slice(passage.right.start, passage.right.end).trim()}
      aLabel={articleName(left)}
      bLabel={articleName(right)}
      verdict={passage.verdict}
      reasons={view.reasonsOf(passage, rows)}
      onClose={onClose}
    />
  )
}

function linkingOf(
  ui: view.CompareViewState,
  state: ComparisonState,
  link: (from: Claim, to: Claim, choice: VerdictChoice) => void,
  dispatch: Dispatch
): ReactNode {
  const from = ui.linkFrom ? state.claimsById.get(ui.linkFrom) : undefined
  if (!from) return null
  const to = ui.linkTo ? state.claimsById.get(ui.linkTo.id) : undefined
  return (
    <LinkingBar
      from={from}
      to={to}
      toRect={ui.linkTo?.rect ?? null}
      onCancel={() => dispatch({ type: 'cancel-link' })}
      onChoose={(choice) => to && link(from, to, choice)}
      onCloseMenu={() => dispatch({ type: 'close-link-menu' })}
    />
  )
}
