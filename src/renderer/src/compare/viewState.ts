/**
 * What the comparison's views hold between renders (the tab, the verdict scope, the selected row,
 * open diffs, a passage card, link mode, the claims waiting to be revealed) and every change to it,
 * as `perform(state, command) → next`. Pure, so it is tested without React; useCompareView only
 * dispatches and runs the effects (showing articles, scrolling).
 */
import { toggled } from '../ui/sets'
import type { SideTab } from './SideTabs'
import type { Connector, VerdictRow } from './view'
import { infoOf } from './verdicts'

export type VerdictScope = 'view' | 'case'

/** Where a picked claim's popover floats: its highlight's box on screen. */
export type ScreenBox = Pick<DOMRect, 'bottom' | 'left'>

export interface CompareViewState {
  tab: SideTab
  scope: VerdictScope
  selectedKey: string | null
  /** Rows whose word diff is open. */
  diffOpen: ReadonlySet<string>
  /** Claims to bring into view once the panes show them. */
  reveal: readonly string[] | null
  /** An aligned passage with no judged claims, shown as a card. */
  passage: Connector | null
  /** Link mode: the claim to link from, and the one picked in the other article. */
  linkFrom: string | null
  linkTo: { id: string; rect: ScreenBox | null } | null
}

export type CompareViewCommand =
  | { type: 'tab'; tab: SideTab }
  /** Facts need three articles: with fewer, its tab falls back to the verdicts. */
  | { type: 'facts-available'; available: boolean }
  | { type: 'scope'; scope: VerdictScope }
  | { type: 'select-row'; row: VerdictRow }
  | { type: 'toggle-diff'; key: string }
  /** An overrule stored: the row's new key is selected, its diff kept open. */
  | { type: 'overruled'; from: string; to: string }
  /** A gutter connector: its first row in the verdicts panel, or the passage card when it has none. */
  | { type: 'select-connector'; connector: Connector; row: VerdictRow | undefined }
  | { type: 'reveal'; claimIds: readonly string[] }
  | { type: 'revealed' }
  | { type: 'close-passage' }
  | { type: 'start-link'; claimId: string }
  | { type: 'pick-link'; claimId: string; rect: ScreenBox | null }
  | { type: 'close-link-menu' }
  | { type: 'cancel-link' }
  /** A link made by hand: its row selected in the verdicts. */
  | { type: 'linked'; key: string }

export const initialCompareView: CompareViewState = {
  tab: 'claims',
  scope: 'view',
  selectedKey: null,
  diffOpen: new Set(),
  reveal: null,
  passage: null,
  linkFrom: null,
  linkTo: null
}

const withKey = (set: ReadonlySet<string>, key: string) => (set.has(key) ? set : new Set([...set, key]))

export function perform(state: CompareViewState, command: CompareViewCommand): CompareViewState {
  switch (command.type) {
    case 'tab':
      return { ...state, tab: command.tab }
    case 'facts-available':
      return state.tab === 'facts' && !command.available ? { ...state, tab: 'verdicts' } : state
    case 'scope':
      return { ...state, scope: command.scope }
    case 'select-row': {
      const { row } = command
      return {
        ...state,
        selectedKey: row.key,
        passage: null,
        reveal: row.b ? [row.a.claimId, row.b.claimId] : [row.a.claimId]
      }
    }
    case 'toggle-diff':
      return { ...state, diffOpen: toggled(state.diffOpen, command.key) }
    case 'overruled':
      return {
        ...state,
        selectedKey: command.to,
        diffOpen: state.diffOpen.has(command.from) ? withKey(state.diffOpen, command.to) : state.diffOpen
      }
    case 'select-connector': {
      const { row } = command
      if (!row) return { ...state, passage: command.connector }
      return {
        ...state,
        tab: 'verdicts',
        scope: 'view',
        selectedKey: row.key,
        diffOpen: withKey(state.diffOpen, row.key),
        passage: null
      }
    }
    case 'reveal':
      return { ...state, reveal: command.claimIds }
    case 'revealed':
      return state.reveal === null ? state : { ...state, reveal: null }
    case 'close-passage':
      return { ...state, passage: null }
    case 'start-link':
      return { ...state, linkFrom: command.claimId, linkTo: null }
    case 'pick-link':
      return { ...state, linkTo: { id: command.claimId, rect: command.rect } }
    case 'close-link-menu':
      return { ...state, linkTo: null }
    case 'cancel-link':
      return { ...state, linkFrom: null, linkTo: null }
    case 'linked':
      return { ...state, selectedKey: command.key, tab: 'verdicts' }
  }
}

/**
 * What selecting a row asks of the panes: which articles to show (when not shown) and whether to select a stored
 * claim.
 */
export function rowFocus(row: VerdictRow, shownIds: readonly (string | undefined)[]) {
  const b = row.b
  const pairShown = b ? shownIds.includes(row.a.articleId) && shownIds.includes(b.articleId) : true
  return {
    showPair: b && !pairShown ? ([row.a.articleId, b.articleId] as const) : null,
    showArticle: !b && !shownIds.includes(row.a.articleId) ? row.a.articleId : null,
    selectStored: row.a.suggested ? null : row.a.claimId
  }
}

/** In link mode, whether a clicked claim can be linked: it must be of another article than the first. */
export function linkTarget(
  state: Pick<CompareViewState, 'linkFrom'>,
  claimId: string,
  articleOf: (claimId: string) => string | undefined
): 'not-linking' | 'ignored' | 'picked' {
  if (!state.linkFrom) return 'not-linking'
  const from = articleOf(state.linkFrom)
  const to = articleOf(claimId)
  return from && to && from !== to ? 'picked' : 'ignored'
}

/** The connector the gutter shows selected: the passage card's, else the one holding the selected row. */
export function selectedConnectorKey(
  connectors: readonly Connector[],
  state: Pick<CompareViewState, 'passage' | 'selectedKey'>
): string | null {
  const { passage, selectedKey } = state
  const found = connectors.find((c) =>
    passage ? c.key === passage.key : selectedKey !== null && c.rowKeys.includes(selectedKey)
  )
  return found?.key ?? null
}

/** The reasons of a connector's rows, worst first. */
export function reasonsOf(connector: Connector, rows: readonly VerdictRow[]): string[] {
  return connector.rowKeys.map((k) => rows.find((r) => r.key === k)?.reason ?? '').filter(Boolean)
}

/** A connector's tooltip: its verdict and reasons, or that its passages hold no judged claims. */
export function describeConnector(connector: Connector, rows: readonly VerdictRow[]): string {
  return connector.verdict
    ? `${infoOf(connector.verdict).label}: ${reasonsOf(connector, rows).join('; ')}`
    : 'Aligned passages (no claims judged)'
}

/** Highlights of the suggestions a verdict names, added to each article's own (never twice: same ids). */
export function withExtraMarks<H extends { id: string }>(
  base: ReadonlyMap<string, H[]>,
  extra: ReadonlyMap<string, H[]>
): ReadonlyMap<string, H[]> {
  if (extra.size === 0) return base
  const merged = new Map(base)
  for (const [articleId, marks] of extra) {
    const own = merged.get(articleId) ?? []
    const ids = new Set(own.map((h) => h.id))
    merged.set(articleId, [...own, ...marks.filter((h) => !ids.has(h.id))])
  }
  return merged
}

/**
 * What a key does on the verdict list: arrows, Home and End select a row (clamped; Up from no
 * selection takes the first), Enter opens or closes the selected pair's word diff.
 */
export function verdictKeyCommand(
  key: string,
  shown: readonly VerdictRow[],
  selectedKey: string | null
): { type: 'select' | 'toggle-diff'; row: VerdictRow } | null {
  const index = shown.findIndex((r) => r.key === selectedKey)
  const at = (i: number) => shown[Math.max(0, Math.min(shown.length - 1, i))]
  const select = (row: VerdictRow | undefined) => (row ? { type: 'select' as const, row } : null)
  if (key === 'ArrowDown') return select(at(index + 1))
  if (key === 'ArrowUp') return select(at(index < 0 ? 0 : index - 1))
  if (key === 'Home') return select(at(0))
  if (key === 'End') return select(at(shown.length - 1))
  const row = shown[index]
  return key === 'Enter' && row?.b ? { type: 'toggle-diff', row } : null
}
