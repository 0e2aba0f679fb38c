/**
 * The reader's commands that write the store: imports (files, drops, pasted text, a new text for
 * an article) and the case and article edits. Each writes through the repository, then performs
 * the reader command carrying what the write handed back (reader.ts decides the rest).
 */
import type { OpenedFile } from '@core/bridge'
import { ingestPastedText } from '@core/ingest'
import type { Article, ArticleMetadata, Case } from '@core/model'
import { articlesOfCase, getCase, type Repository } from '../db'
import { importFiles, importPastedText, readFile, type ImportReport, type Reimport } from './importing'
import type { PaneChoice } from './panes'
import type { ReaderCommand } from './reader'
import { describeReplace, replaceArticleText } from './replaceText'
import type { Services } from './services'

/** Turns on suggestions for newly imported articles (the claims side owns the setting's rule). */
export type SuggestFor = (repo: Repository, articleIds: readonly string[]) => Promise<void>

/** What the commands need of the reader: the open case and how to change the reader's state. */
export interface ReaderHandle {
  caseId: string | null
  dispatch: (command: ReaderCommand) => Promise<void>
  openCase: (id: string | null, show?: PaneChoice) => Promise<void>
  fail: (error: unknown) => void
}

/** A big or multi-file import shows its progress, a long PDF how many of its pages are read. */
function progressNotice(services: Services, files: readonly OpenedFile[]) {
  let progress: number | undefined
  const report = (done: number, total: number, name: string, detail?: string) => {
    if (total > 1 || detail || files.some((f) => f.ok && f.bytes.length > 1_000_000)) {
      const where = [detail, `${done + 1} of ${total}`].filter(Boolean).join('; ')
      const message = done < total ? `Importing ${name} (${where})…` : 'Saving…'
      progress = services.notices.show({ tone: 'progress', message }, progress)
    }
  }
  return { report, done: () => progress !== undefined && services.notices.dismiss(progress) }
}

export function importCommands(services: Services, reader: ReaderHandle) {
  const { db, repo, platform, undo, ingestEnv } = services
  const { caseId, dispatch, openCase, fail } = reader

  /** Makes sure a case exists to import into: the open one, else a new one. */
  const targetCase = async (): Promise<Case> => {
    const open = caseId ? await getCase(db, caseId) : undefined
    if (open) return open
    const created = await repo.createCase('New case')
    await openCase(created.id)
    return created
  }
  const afterImport = async (target: Case, report: ImportReport) => {
    const articles = report.imported.length ? await articlesOfCase(db, target.id) : []
    const asked = report.imported.length > 0 && !!(await repo.getSetting('suggestOnImport'))
    await dispatch({ kind: 'imported', target, report, articles, asked })
  }
  const importOpened = async (files: OpenedFile[]) => {
    if (files.length === 0) return
    const target = await targetCase()
    const reimport: Reimport = {
      articles: await articlesOfCase(db, target.id),
      replace: async (article, draft) =>
        describeReplace(article.title, await replaceArticleText(db, repo, undo, article, draft))
    }
    const progress = progressNotice(services, files)
    const report = await importFiles(repo, target.id, files, ingestEnv, progress.report, reimport).finally(
      progress.done
    )
    await afterImport(target, report)
  }

  return {
    openFiles: () => platform.openFiles().then(importOpened).catch(fail),
    importDropped: (files: OpenedFile[]) => importOpened(files).catch(fail),

    /** Returns a problem to show in the paste dialog, or null once imported. */
    pasteText: async (text: string, name: string): Promise<string | null> => {
      const target = await targetCase()
      const report = await importPastedText(repo, target.id, text, ingestEnv, name || undefined)
      const problem = report.failed[0] ?? report.skipped[0]
      if (problem) return `${problem.name}: ${problem.reason}`
      await dispatch({ kind: 'close-dialog' })
      await afterImport(target, report)
      return null
    },

    /** Replaces an article's text with pasted text or a file; returns a problem to show, or null. */
    replaceText: async (article: Article, source: { text: string } | { file: OpenedFile }): Promise<string | null> => {
      let result
      if ('text' in source) result = ingestPastedText(source.text, ingestEnv, article.sourceName)
      // read as an import reads it: off the window's thread, PDFs and Word files too
      else if (source.file.ok) result = await readFile({ name: source.file.name, bytes: source.file.bytes }, ingestEnv)
      else return `${source.file.name}: ${source.file.reason}`
      if (result.status !== 'imported') return `${result.name}: ${result.reason}`
      if (result.article.contentHash === article.contentHash) return 'This is the same text the article already has.'
      const sourceName = 'text' in source ? article.sourceName : result.article.sourceName
      const summary = await replaceArticleText(db, repo, undo, article, { ...result.article, sourceName })
      await dispatch({ kind: 'close-dialog' })
      services.notices.show({
        tone: summary.orphaned ? 'info' : 'success',
        message: describeReplace(article.title, summary)
      })
      return null
    }
  }
}

/** Case and article edits: the write, then the command that records its undo and tells of it. */
export function storeCommands(services: Services, reader: ReaderHandle) {
  const { repo } = services
  const { dispatch } = reader
  return {
    createCase: async (name: string) => dispatch({ kind: 'case-created', kase: await repo.createCase(name) }),
    renameCase: async (kase: Case, name: string) => {
      await repo.renameCase(kase.id, name)
      await dispatch({ kind: 'case-renamed', kase, name })
    },
    deleteCase: async (kase: Case) =>
      dispatch({ kind: 'case-deleted', kase, snapshot: await repo.deleteCase(kase.id) }),
    deleteArticle: async (article: Article) => {
      await dispatch({ kind: 'article-deleted', article, snapshots: await repo.deleteArticles([article.id]) })
    },
    editArticle: async (article: Article, metadata: ArticleMetadata) => {
      await repo.updateArticleMetadata(article.id, metadata)
      await dispatch({ kind: 'article-edited', article, metadata })
    }
  }
}
