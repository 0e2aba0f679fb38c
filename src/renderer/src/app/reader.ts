/**
 * The reader's state and its commands as plain functions: `perform(state, command, articles)`
 * returns the next state and the effects to run (settings to save, undo entries to record,
 * notices to show). Commands that follow a store write carry what the write handed back; the
 * hooks in useReader do the writes and run the effects, and nothing here touches Dexie or the DOM.
 */
import type { Article, ArticleMetadata, Case } from '@core/model'
import type { ArticleSnapshot, CaseSnapshot } from '../db'
import { describeImport, type ImportReport } from './importing'
import type { Notice } from './notices'
import { choosePane, NO_PANES, panesAfterImport, resolvePanes, showArticle, swapPanes, type PaneChoice } from './panes'
import type { ChangeEntry } from './undo'

export type DialogState =
  | { kind: 'new-case' }
  | { kind: 'rename-case'; kase: Case }
  | { kind: 'paste' }
  | { kind: 'edit-article'; article: Article }
  | { kind: 'replace-text'; article: Article }

export interface ReaderState {
  /** The first start (sample cases, the case open last time) is done. */
  ready: boolean
  caseId: string | null
  panes: PaneChoice
  dialog: DialogState | null
}

export const initialReader: ReaderState = { ready: false, caseId: null, panes: NO_PANES, dialog: null }

export type ReaderCommand =
  | { kind: 'started' }
  /** `saved`: the panes stored for the case; `show`: panes to show (and store) instead. */
  | { kind: 'open-case'; caseId: string | null; saved?: PaneChoice; show?: PaneChoice }
  | { kind: 'choose-pane'; side: 'left' | 'right'; articleId: string }
  | { kind: 'swap-panes' }
  | { kind: 'show-pair'; left: string; right: string }
  | { kind: 'show-article'; articleId: string }
  | { kind: 'open-dialog'; dialog: DialogState }
  | { kind: 'close-dialog' }
  | { kind: 'case-created'; kase: Case }
  | { kind: 'case-renamed'; kase: Case; name: string }
  | { kind: 'case-deleted'; kase: Case; snapshot: CaseSnapshot }
  | { kind: 'article-deleted'; article: Article; snapshots: readonly ArticleSnapshot[] }
  | { kind: 'article-edited'; article: Article; metadata: ArticleMetadata }
  /** `articles`: the target case's articles after the import, `asked`: suggestions on import are on. */
  | { kind: 'imported'; target: Case; report: ImportReport; articles: readonly Article[]; asked: boolean }

export type ReaderEffect =
  | { kind: 'save-setting'; key: string; value: unknown }
  | { kind: 'record'; entry: ChangeEntry }
  /** `undo`: the notice offers Undo of the latest change. */
  | { kind: 'notice'; notice: Omit<Notice, 'id' | 'action'>; undo?: boolean }
  | { kind: 'suggest-for'; articleIds: readonly string[] }

export interface Performed {
  state: ReaderState
  effects: ReaderEffect[]
}

const panesKey = (caseId: string) => `panes:${caseId}`

function metadataOf(article: Article): ArticleMetadata {
  return {
    title: article.title,
    outlet: article.outlet,
    byline: article.byline,
    url: article.url,
    publishedAt: article.publishedAt ?? ''
  }
}

/** The pane choice changes, and is stored for the open case. */
function withPanes(state: ReaderState, panes: PaneChoice): Performed {
  return {
    state: { ...state, panes },
    effects: state.caseId ? [{ kind: 'save-setting', key: panesKey(state.caseId), value: panes }] : []
  }
}

function openCase(state: ReaderState, caseId: string | null, saved?: PaneChoice, show?: PaneChoice): Performed {
  const effects: ReaderEffect[] = []
  if (show && caseId) effects.push({ kind: 'save-setting', key: panesKey(caseId), value: show })
  effects.push({ kind: 'save-setting', key: 'lastCaseId', value: caseId })
  return { state: { ...state, caseId, panes: show ?? saved ?? NO_PANES }, effects }
}

/** Changes to what is shown; none writes the store beyond the reader's settings. */
function performView(state: ReaderState, command: ReaderCommand, articles: readonly Article[]): Performed | null {
  const shown = () => resolvePanes(articles, state.panes)
  switch (command.kind) {
    case 'started':
      return { state: { ...state, ready: true }, effects: [] }
    case 'open-case':
      return openCase(state, command.caseId, command.saved, command.show)
    case 'choose-pane':
      return withPanes(state, choosePane(shown(), command.side, command.articleId))
    case 'swap-panes':
      return withPanes(state, swapPanes(shown()))
    case 'show-pair':
      return withPanes(state, { left: command.left, right: command.right })
    case 'show-article': {
      const next = showArticle(shown(), command.articleId)
      return next ? withPanes(state, next) : { state, effects: [] }
    }
    case 'open-dialog':
      return { state: { ...state, dialog: command.dialog }, effects: [] }
    case 'close-dialog':
      return { state: { ...state, dialog: null }, effects: [] }
    default:
      return null
  }
}

/** The reader after a command: pure, so every rule here is tested without React or a store. */
export function perform(state: ReaderState, command: ReaderCommand, articles: readonly Article[] = []): Performed {
  const viewed = performView(state, command, articles)
  if (viewed) return viewed
  const closed = { ...state, dialog: null }
  const record = (label: string, change: ChangeEntry['change']): ReaderEffect => ({
    kind: 'record',
    entry: { label, change }
  })
  switch (command.kind) {
    case 'case-created': {
      const opened = openCase(closed, command.kase.id)
      return {
        state: opened.state,
        effects: [
          ...opened.effects,
          record(`New case “${command.kase.name}”`, { kind: 'delete-case', caseId: command.kase.id })
        ]
      }
    }
    case 'case-renamed': {
      const { kase, name } = command
      return {
        state: closed,
        effects: [
          record(`Rename case to “${name}”`, { kind: 'rename-case', caseId: kase.id, from: name, to: kase.name })
        ]
      }
    }
    case 'case-deleted': {
      const { kase, snapshot } = command
      const message = `Deleted case “${kase.name}” and its ${kase.articleIds.length} articles.`
      return {
        state,
        effects: [
          record(`Delete case “${kase.name}”`, { kind: 'restore-case', snapshot }),
          { kind: 'notice', notice: { tone: 'info', message }, undo: true }
        ]
      }
    }
    case 'article-deleted': {
      const { article, snapshots } = command
      const notice: ReaderEffect = {
        kind: 'notice',
        notice: { tone: 'info', message: `Deleted “${article.title}”.` },
        undo: true
      }
      return {
        state,
        effects: [record(`Delete article “${article.title}”`, { kind: 'restore-articles', snapshots }), notice]
      }
    }
    case 'article-edited': {
      const { article, metadata } = command
      const change = { kind: 'edit-article', articleId: article.id, from: metadata, to: metadataOf(article) } as const
      return { state: closed, effects: [record(`Edit details of “${metadata.title}”`, change)] }
    }
    case 'imported':
      return imported(state, command)
    default:
      return { state, effects: [] }
  }
}

/** What ingest noted about the files it read, one line each, under the import's notice (none: no lines). */
const warningLines = (report: ImportReport) =>
  report.warnings.length ? report.warnings.map((w) => `${w.name}: ${w.reason}`) : undefined

/** An import written: the newest article shown, suggestions asked for, one undo entry, the notices. */
function imported(state: ReaderState, command: Extract<ReaderCommand, { kind: 'imported' }>): Performed {
  const { target, report, articles, asked } = command
  const added = report.imported
  let next: Performed = { state, effects: [] }
  const done: Omit<Notice, 'id' | 'action'> = {
    tone: 'success',
    message: describeImport(report, target.name),
    details: warningLines(report)
  }
  if (added.length > 0) {
    const shown = resolvePanes(articles, target.id === state.caseId ? state.panes : NO_PANES)
    next = openCase(state, target.id, undefined, panesAfterImport(shown, added))
    const ids = added.map((a) => a.id)
    if (asked) next.effects.push({ kind: 'suggest-for', articleIds: ids })
    const label = `Import ${added.length === 1 ? `“${added[0]!.title}”` : `${added.length} articles`}`
    next.effects.push({ kind: 'record', entry: { label, change: { kind: 'delete-articles', articleIds: ids } } })
    next.effects.push({ kind: 'notice', notice: done })
  } else if (report.replaced.length > 0) {
    next.effects.push({ kind: 'notice', notice: done })
  }
  const problems = [...report.failed, ...report.skipped]
  if (problems.length > 0) {
    next.effects.push({
      kind: 'notice',
      notice: {
        tone: report.failed.length ? 'error' : 'info',
        message: added.length
          ? describeImport({ ...report, imported: [] }, target.name)
          : describeImport(report, target.name),
        details: problems.map((p) => `${p.name}: ${p.reason}`)
      }
    })
  }
  return next
}
