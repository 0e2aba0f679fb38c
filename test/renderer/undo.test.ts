import { describe, expect, it } from 'vitest'
import { UndoHistory } from '../../src/renderer/src/app/undo'

function counter() {
  const state = { value: 0 }
  const step = (label: string) => ({
    label,
    undo: async () => void (state.value -= 1),
    redo: async () => void (state.value += 1)
  })
  return { state, step }
}

describe('UndoHistory', () => {
  it('undoes and redoes in order', async () => {
    const history = new UndoHistory()
    const { state, step } = counter()
    state.value = 2
    history.push(step('one'))
    history.push(step('two'))
    expect((await history.undo())?.label).toBe('two')
    expect(state.value).toBe(1)
    expect((await history.undo())?.label).toBe('one')
    expect(await history.undo()).toBeNull()
    expect(state.value).toBe(0)
    expect((await history.redo())?.label).toBe('one')
    expect(state.value).toBe(1)
  })

  it('forgets the redo branch when a new change is made', async () => {
    const history = new UndoHistory()
    const { step } = counter()
    history.push(step('one'))
    await history.undo()
    history.push(step('other'))
    expect(await history.redo()).toBeNull()
    expect(history.nextUndo?.label).toBe('other')
  })

  it('runs presses one at a time, so a double press never interleaves writes', async () => {
    const history = new UndoHistory()
    const log: string[] = []
    const slow = (label: string) => ({
      label,
      undo: async () => {
        log.push(`start ${label}`)
        await new Promise((r) => setTimeout(r, 10))
        log.push(`end ${label}`)
      },
      redo: async () => {}
    })
    history.push(slow('a'))
    history.push(slow('b'))
    await Promise.all([history.undo(), history.undo()])
    expect(log).toEqual(['start b', 'end b', 'start a', 'end a'])
  })

  it('keeps an entry whose undo failed, so it can be tried again', async () => {
    const history = new UndoHistory()
    history.push({ label: 'x', undo: () => Promise.reject(new Error('disk full')), redo: async () => {} })
    await expect(history.undo()).rejects.toThrow('disk full')
    expect(history.nextUndo?.label).toBe('x')
  })

  it('keeps at most its limit of entries, dropping the oldest', async () => {
    const history = new UndoHistory(3)
    const { step } = counter()
    for (const label of ['1', '2', '3', '4']) history.push(step(label))
    const undone = [await history.undo(), await history.undo(), await history.undo(), await history.undo()]
    expect(undone.map((e) => e?.label ?? null)).toEqual(['4', '3', '2', null])
  })
})
