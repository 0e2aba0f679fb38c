/**
 * The undo history as plain data: what was done, newest last, and what was undone, newest last.
 * Each step is a record (the change that reverses it, or before/after records); moving a step from
 * one list to the other is a pure function, so the history's rules are tested without a store.
 */

export interface History<S> {
  done: readonly S[]
  undone: readonly S[]
}

export const emptyHistory = <S>(): History<S> => ({ done: [], undone: [] })

/** A new change: it joins what was done (the oldest falls off past `limit`) and the redo branch goes. */
export function record<S>(history: History<S>, step: S, limit: number): History<S> {
  const done = [...history.done, step]
  return { done: done.length > limit ? done.slice(done.length - limit) : done, undone: [] }
}

/** The step the next undo (or redo) runs, and the history without it while it runs. */
export function takeLatest<S>(history: History<S>, from: 'done' | 'undone'): { step: S; rest: History<S> } | null {
  const list = history[from]
  const step = list[list.length - 1]
  if (step === undefined) return null
  return { step, rest: { ...history, [from]: list.slice(0, -1) } }
}

/** A step that ran: undone, it waits on the redo list; redone, on the undo list (as it now reads). */
export function afterRun<S>(history: History<S>, ran: S, to: 'done' | 'undone'): History<S> {
  return { ...history, [to]: [...history[to], ran] }
}
