/**
 * The reader connected to the store: its state (app/reader.ts) held for React, the library's live
 * queries, the first start, and the commands the menu, keyboard, library and panes call. The
 * rules are in reader.ts and panes.ts; these hooks only read and write Dexie and run the effects.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { articlesOfCase, getCase, listCases, searchLibrary, useLiveQuery } from '../db'
import { importCommands, storeCommands, type SuggestFor } from './readerCommands'
import { initialReader, perform, type DialogState, type ReaderCommand, type ReaderEffect } from './reader'
import { NO_PANES, resolvePanes, showArticle, type PaneChoice } from './panes'
import { sampleCases } from './sample'
import type { Services } from './services'
import { applyChange } from './storeChanges'

export type { DialogState } from './reader'

/** Undo or redo of the latest change, told in a notice; a failure is shown, not thrown. */
export async function walkHistory(services: Services, direction: 'undo' | 'redo', fail: (error: unknown) => void) {
  try {
    const entry = await (direction === 'undo' ? services.undo.undo() : services.undo.redo())
    if (entry)
      services.notices.show({ tone: 'info', message: `${direction === 'undo' ? 'Undone' : 'Redone'}: ${entry.label}.` })
  } catch (error) {
    fail(error)
  }
}

async function runEffect(
  services: Services,
  effect: ReaderEffect,
  suggestFor: SuggestFor,
  fail: (error: unknown) => void
) {
  switch (effect.kind) {
    case 'save-setting':
      return services.repo.setSetting(effect.key, effect.value)
    case 'record':
      return services.undo.push(effect.entry)
    case 'notice': {
      const action = effect.undo
        ? { action: { label: 'Undo', run: () => void walkHistory(services, 'undo', fail) } }
        : {}
      return void services.notices.show({ ...effect.notice, ...action })
    }
    case 'suggest-for':
      return suggestFor(services.repo, effect.articleIds)
  }
}

/** The reader's state for React; `dispatch` performs a command and runs its effects in order. */
function useReaderState(services: Services, suggestFor: SuggestFor, fail: (error: unknown) => void) {
  const [state, setState] = useState(initialReader)
  const current = useRef(state)
  const articles = useLiveQuery(
    () => (state.caseId ? articlesOfCase(services.db, state.caseId) : []),
    [services.db, state.caseId]
  )
  const articlesNow = useRef(articles)
  articlesNow.current = articles
  const dispatch = useCallback(
    async (command: ReaderCommand) => {
      const next = perform(current.current, command, articlesNow.current ?? [])
      current.current = next.state
      setState(next.state)
      for (const effect of next.effects) await runEffect(services, effect, suggestFor, fail)
    },
    [services, suggestFor, fail]
  )
  // recorded changes apply to this store
  useEffect(() => services.undo.connect((change) => applyChange(services.repo, change)), [services.undo, services.repo])
  return { state, articles: articles ?? [], dispatch }
}

/** Opens a case with the panes stored for it, or `show` (then stored). */
function useOpenCase(services: Services, dispatch: (command: ReaderCommand) => Promise<void>) {
  return useCallback(
    async (id: string | null, show?: PaneChoice) => {
      const saved = id ? ((await services.repo.getSetting(`panes:${id}`)) as PaneChoice | undefined) : undefined
      await dispatch({ kind: 'open-case', caseId: id, saved, show })
    },
    [services.repo, dispatch]
  )
}

type OpenCase = ReturnType<typeof useOpenCase>

/** First start: the sample cases, the one that shows most opened; later, the case open last time (or the first). */
function useStartUp(
  services: Services,
  openCase: OpenCase,
  dispatch: (command: ReaderCommand) => Promise<void>,
  fail: (error: unknown) => void
) {
  const { db, repo, ingestEnv } = services
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
      .finally(() => !cancelled && void dispatch({ kind: 'started' }))
    return () => {
      cancelled = true
    }
  }, [db, repo, ingestEnv, openCase, dispatch, fail])
}

export function useReader(services: Services, suggestFor: SuggestFor) {
  const { db, notices } = services
  const [filter, setFilter] = useState('')
  const fail = useCallback(
    (error: unknown) => notices.show({ tone: 'error', message: (error as Error).message }),
    [notices]
  )
  const { state, articles, dispatch } = useReaderState(services, suggestFor, fail)
  const { ready, caseId, panes, dialog } = state
  const entries = useLiveQuery(() => searchLibrary(db, filter), [db, filter])
  const kase = useLiveQuery(() => (caseId ? getCase(db, caseId) : undefined), [db, caseId])
  const openCase = useOpenCase(services, dispatch)
  useStartUp(services, openCase, dispatch, fail)

  // A deleted case (by undo of its creation, say) closes; the next one opens.
  useEffect(() => {
    if (ready && caseId && kase === null && entries) {
      void getCase(db, caseId).then((still) => {
        if (!still) void listCases(db).then((cases) => openCase(cases[0]?.id ?? null))
      })
    }
  }, [ready, caseId, kase, entries, db, openCase])

  const shown = useMemo(() => resolvePanes(articles, panes), [articles, panes])
  const reader = { caseId, dispatch, openCase, fail }
  const imports = importCommands(services, reader)
  const writes = storeCommands(services, reader)
  const view = (command: ReaderCommand) => void dispatch(command).catch(fail)
  const commands = {
    ...imports,
    ...writes,
    selectCase: (id: string) => void openCase(id).catch(fail),
    selectArticle: async (inCase: string, articleId: string) => {
      if (inCase === caseId) return dispatch({ kind: 'show-article', articleId })
      const saved = ((await services.repo.getSetting(`panes:${inCase}`)) as PaneChoice | undefined) ?? NO_PANES
      return openCase(inCase, showArticle(resolvePanes(await articlesOfCase(db, inCase), saved), articleId) ?? saved)
    },
    choosePane: (side: 'left' | 'right', articleId: string) => view({ kind: 'choose-pane', side, articleId }),
    swapPanes: () => view({ kind: 'swap-panes' }),
    /** Shows two articles at once (a verdict between articles not in view). */
    showPair: (left: string, right: string) => view({ kind: 'show-pair', left, right }),
    undo: () => walkHistory(services, 'undo', fail),
    redo: () => walkHistory(services, 'redo', fail)
  }
  const setDialog = (next: DialogState | null) =>
    view(next ? { kind: 'open-dialog', dialog: next } : { kind: 'close-dialog' })
  return {
    ready,
    caseId,
    kase,
    articles,
    entries: entries ?? [],
    shown,
    panes,
    filter,
    setFilter,
    dialog,
    setDialog,
    commands,
    fail
  }
}
