/**
 * The reader's state and the commands that change it: which case and which two articles are
 * open, and every action the menu, the keyboard, the library and the panes can take. Each change
 * to stored data goes through the repository and pushes its undo entry.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { OpenedFile } from '@core/bridge'
import type { Article, ArticleMetadata, Case } from '@core/model'
import { articlesOfCase, getCase, listCases, searchLibrary, useLiveQuery } from '../db'
import type { PaneChoice } from '../views/CaseView'
import { resolvePanes } from '../views/CaseView'
import type { LibraryEntry } from '../views/Library'
import { ingestFile, ingestPastedText } from '@core/ingest'
import { describeImport, importFiles, importPastedText, type ImportReport, type Reimport } from './importing'
import { describeReplace, replaceArticleText } from './replaceText'
import { enableSuggestions } from '../claims/useClaims'
import { sampleCases } from './sample'
import type { Services } from './services'

export type DialogState =
  | { kind: 'new-case' }
  | { kind: 'rename-case'; kase: Case }
  | { kind: 'paste' }
  | { kind: 'edit-article'; article: Article }
  | { kind: 'replace-text'; article: Article }

const NO_PANES: PaneChoice = { left: null, right: null }

function metadataOf(article: Article): ArticleMetadata {
  return { title: article.title, outlet: article.outlet, byline: article.byline, url: article.url, publishedAt: article.publishedAt ?? '' }
}

/** What ingest noted about the files it read, one line each, under the import's notice (none: no lines). */
const warningLines = (report: ImportReport) => (report.warnings.length ? report.warnings.map((w) => `${w.name}: ${w.reason}`) : undefined)

export function useReader(services: Services) {
  const { db, repo, platform, undo, notices, ingestEnv } = services
  const [ready, setReady] = useState(false)
  const [caseId, setCaseId] = useState<string | null>(null)
  const [panes, setPanesState] = useState<PaneChoice>(NO_PANES)
  const [filter, setFilter] = useState('')
  const [dialog, setDialog] = useState<DialogState | null>(null)

  const entries = useLiveQuery(() => searchLibrary(db, filter), [db, filter]) as LibraryEntry[] | undefined
  const kase = useLiveQuery(() => (caseId ? getCase(db, caseId) : undefined), [db, caseId])
  const articles = useLiveQuery(() => (caseId ? articlesOfCase(db, caseId) : []), [db, caseId])

  const fail = useCallback((error: unknown) => notices.show({ tone: 'error', message: (error as Error).message }), [notices])

  const setPanes = useCallback(
    (next: PaneChoice, forCase = caseId) => {
      setPanesState(next)
      if (forCase) repo.setSetting(`panes:${forCase}`, next).catch(fail)
    },
    [caseId, repo, fail]
  )

  const openCase = useCallback(
    async (id: string | null, show?: PaneChoice) => {
      const saved = id ? ((await repo.getSetting(`panes:${id}`)) as PaneChoice | undefined) : undefined
      setCaseId(id)
      setPanesState(show ?? saved ?? NO_PANES)
      if (show && id) await repo.setSetting(`panes:${id}`, show)
      await repo.setSetting('lastCaseId', id)
    },
    [repo]
  )

  // Start-up: the sample cases on first start, the one that shows most opened; then the case
  // open last time (or the first one).
  useEffect(() => {
    let cancelled = false
    const startUp = async () => {
      const seeded = (await repo.getSetting('sampleSeeded')) ? null : await repo.seedSampleCases(sampleCases(ingestEnv))
      const cases = await listCases(db)
      const last = seeded?.[0]?.id ?? ((await repo.getSetting('lastCaseId')) as string | undefined)
      const pick = cases.find((c) => c.id === last) ?? cases[0]
      if (!cancelled) await openCase(pick?.id ?? null)
    }
    startUp()
      .catch(fail)
      .finally(() => !cancelled && setReady(true))
    return () => {
      cancelled = true
    }
  }, [db, repo, ingestEnv, openCase, fail])

  // A deleted case (by undo of its creation, say) closes; the next one opens.
  useEffect(() => {
    if (ready && caseId && kase === null && entries) {
      void getCase(db, caseId).then((still) => {
        if (!still) void listCases(db).then((cases) => openCase(cases[0]?.id ?? null))
      })
    }
  }, [ready, caseId, kase, entries, db, openCase])

  const shown = useMemo(() => resolvePanes(articles ?? [], panes), [articles, panes])

  /** Makes sure a case exists to import into: the open one, else a new one. */
  const targetCase = useCallback(async (): Promise<Case> => {
    const open = caseId ? await getCase(db, caseId) : undefined
    if (open) return open
    const created = await repo.createCase('New case')
    await openCase(created.id)
    return created
  }, [caseId, db, repo, openCase])

  const afterImport = useCallback(
    async (target: Case, report: ImportReport) => {
      const imported = report.imported
      if (imported.length > 0) {
        const current = resolvePanes(await articlesOfCase(db, target.id), target.id === caseId ? panes : NO_PANES)
        const newest = imported[imported.length - 1]!
        const show: PaneChoice =
          current.left && current.left.id !== newest.id ? { left: current.left.id, right: newest.id } : { left: newest.id, right: imported[imported.length - 2]?.id ?? null }
        await openCase(target.id, show)
        const ids = imported.map((a) => a.id)
        if (await repo.getSetting('suggestOnImport')) await enableSuggestions(repo, ids)
        let snapshots = [] as Awaited<ReturnType<typeof repo.deleteArticles>>
        undo.push({
          label: `Import ${imported.length === 1 ? `“${imported[0]!.title}”` : `${imported.length} articles`}`,
          undo: async () => {
            snapshots = await repo.deleteArticles(ids)
          },
          redo: () => repo.restoreArticles(snapshots)
        })
        notices.show({ tone: 'success', message: describeImport(report, target.name), details: warningLines(report) })
      } else if (report.replaced.length > 0) {
        notices.show({ tone: 'success', message: describeImport(report, target.name), details: warningLines(report) })
      }
      const problems = [...report.failed, ...report.skipped]
      if (problems.length > 0) {
        notices.show({
          tone: report.failed.length ? 'error' : 'info',
          message: imported.length ? describeImport({ ...report, imported: [] }, target.name) : describeImport(report, target.name),
          details: problems.map((p) => `${p.name}: ${p.reason}`)
        })
      }
    },
    [db, caseId, panes, openCase, undo, notices, repo]
  )

  const importOpened = useCallback(
    async (files: OpenedFile[]) => {
      if (files.length === 0) return
      const target = await targetCase()
      const reimport: Reimport = {
        articles: await articlesOfCase(db, target.id),
        replace: async (article, draft) => describeReplace(article.title, await replaceArticleText(db, repo, undo, article, draft))
      }
      let progress: number | undefined
      const report = await importFiles(repo, target.id, files, ingestEnv, (done, total, name, detail) => {
        if (total > 1 || detail || files.some((f) => f.ok && f.bytes.length > 1_000_000)) {
          // a long PDF also says how many of its pages are read
          const where = [detail, `${done + 1} of ${total}`].filter(Boolean).join('; ')
          progress = notices.show({ tone: 'progress', message: done < total ? `Importing ${name} (${where})…` : 'Saving…' }, progress)
        }
      }, reimport).finally(() => progress !== undefined && notices.dismiss(progress))
      await afterImport(target, report)
    },
    [targetCase, db, repo, undo, ingestEnv, notices, afterImport]
  )

  const commands = {
    openFiles: () => platform.openFiles().then(importOpened).catch(fail),
    importDropped: (files: OpenedFile[]) => importOpened(files).catch(fail),

    /** Returns a problem to show in the paste dialog, or null once imported. */
    pasteText: async (text: string, name: string): Promise<string | null> => {
      const target = await targetCase()
      const report = await importPastedText(repo, target.id, text, ingestEnv, name || undefined)
      const problem = report.failed[0] ?? report.skipped[0]
      if (problem) return `${problem.name}: ${problem.reason}`
      setDialog(null)
      await afterImport(target, report)
      return null
    },

    createCase: async (name: string) => {
      const created = await repo.createCase(name)
      setDialog(null)
      await openCase(created.id)
      let snapshot: Awaited<ReturnType<typeof repo.deleteCase>> | undefined
      undo.push({
        label: `New case “${created.name}”`,
        undo: async () => {
          snapshot = await repo.deleteCase(created.id)
        },
        redo: async () => {
          if (snapshot) await repo.restoreCase(snapshot)
        }
      })
    },

    renameCase: async (target: Case, name: string) => {
      await repo.renameCase(target.id, name)
      setDialog(null)
      undo.push({ label: `Rename case to “${name}”`, undo: () => repo.renameCase(target.id, target.name).then(() => {}), redo: () => repo.renameCase(target.id, name).then(() => {}) })
    },

    deleteCase: async (target: Case) => {
      let snapshot = await repo.deleteCase(target.id)
      const entry = {
        label: `Delete case “${target.name}”`,
        undo: () => repo.restoreCase(snapshot),
        redo: async () => {
          snapshot = await repo.deleteCase(target.id)
        }
      }
      undo.push(entry)
      notices.show({ tone: 'info', message: `Deleted case “${target.name}” and its ${target.articleIds.length} articles.`, action: { label: 'Undo', run: () => void undoLatest() } })
    },

    deleteArticle: async (article: Article) => {
      let snapshots = await repo.deleteArticles([article.id])
      undo.push({
        label: `Delete article “${article.title}”`,
        undo: () => repo.restoreArticles(snapshots),
        redo: async () => {
          snapshots = await repo.deleteArticles([article.id])
        }
      })
      notices.show({ tone: 'info', message: `Deleted “${article.title}”.`, action: { label: 'Undo', run: () => void undoLatest() } })
    },

    editArticle: async (article: Article, metadata: ArticleMetadata) => {
      await repo.updateArticleMetadata(article.id, metadata)
      setDialog(null)
      const before = metadataOf(article)
      undo.push({
        label: `Edit details of “${metadata.title}”`,
        undo: () => repo.updateArticleMetadata(article.id, before).then(() => {}),
        redo: () => repo.updateArticleMetadata(article.id, metadata).then(() => {})
      })
    },

    /** Replaces an article's text with pasted text or a file; returns a problem to show, or null. */
    replaceText: async (article: Article, source: { text: string } | { file: OpenedFile }): Promise<string | null> => {
      let result
      if ('text' in source) result = ingestPastedText(source.text, ingestEnv, article.sourceName)
      else if (source.file.ok) result = ingestFile({ name: source.file.name, bytes: source.file.bytes }, ingestEnv)
      else return `${source.file.name}: ${source.file.reason}`
      if (result.status !== 'imported') return `${result.name}: ${result.reason}`
      if (result.article.contentHash === article.contentHash) return 'This is the same text the article already has.'
      const summary = await replaceArticleText(db, repo, undo, article, { ...result.article, sourceName: 'text' in source ? article.sourceName : result.article.sourceName })
      setDialog(null)
      notices.show({ tone: summary.orphaned ? 'info' : 'success', message: describeReplace(article.title, summary) })
      return null
    },

    selectCase: (id: string) => void openCase(id).catch(fail),

    selectArticle: async (inCase: string, articleId: string) => {
      if (inCase !== caseId) {
        const saved = ((await repo.getSetting(`panes:${inCase}`)) as PaneChoice | undefined) ?? NO_PANES
        const all = await articlesOfCase(db, inCase)
        const current = resolvePanes(all, saved)
        const alreadyShown = current.left?.id === articleId || current.right?.id === articleId
        return openCase(inCase, alreadyShown ? saved : { left: current.left?.id ?? articleId, right: articleId })
      }
      if (shown.left?.id === articleId || shown.right?.id === articleId) return
      setPanes({ left: shown.left?.id ?? articleId, right: articleId })
    },

    choosePane: (side: 'left' | 'right', articleId: string) => {
      const other = side === 'left' ? shown.right?.id : shown.left?.id
      // Choosing the article the other pane shows swaps them, rather than showing one article twice.
      const otherSide = other === articleId ? (side === 'left' ? shown.left?.id : shown.right?.id) ?? null : other ?? null
      setPanes(side === 'left' ? { left: articleId, right: otherSide } : { left: otherSide, right: articleId })
    },

    swapPanes: () => setPanes({ left: shown.right?.id ?? null, right: shown.left?.id ?? null }),

    /** Shows two articles at once (a verdict between articles not in view): two choosePane calls would see stale panes. */
    showPair: (left: string, right: string) => setPanes({ left, right })
  }

  const undoRef = useRef(undo)
  undoRef.current = undo
  async function undoLatest() {
    try {
      const entry = await undoRef.current.undo()
      if (entry) notices.show({ tone: 'info', message: `Undone: ${entry.label}.` })
    } catch (error) {
      fail(error)
    }
  }
  async function redoLatest() {
    try {
      const entry = await undoRef.current.redo()
      if (entry) notices.show({ tone: 'info', message: `Redone: ${entry.label}.` })
    } catch (error) {
      fail(error)
    }
  }

  return {
    ready,
    caseId,
    kase,
    articles: articles ?? [],
    entries: entries ?? [],
    shown,
    panes,
    filter,
    setFilter,
    dialog,
    setDialog,
    commands: { ...commands, undo: undoLatest, redo: redoLatest },
    fail
  }
}
