// The value editor's state as plain commands (claims/editorState.ts), without React.
import { describe, expect, it } from 'vitest'
import type { Claim } from '@core/model'
import {
  checkEdit,
  editorKey,
  isUnchanged,
  openEditor,
  perform,
  type EditorCommand
} from '../../src/renderer/src/claims/editorState'

const casualty: Claim = {
  id: 'c1',
  articleId: 'a1',
  origin: 'manual',
  status: 'confirmed',
  note: '',
  tags: ['toll'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  kind: 'casualty',
  value: { outcome: 'killed', min: 12, max: 12 },
  anchor: { start: 0, end: 29, exact: 'killed 12 senior ISIL leaders', prefix: '', suffix: '' },
  review: { reviewedAt: '2026-01-02T00:00:00.000Z', rating: 'True', url: 'https://example.org/check' }
}
const run = (claim: Claim, ...commands: EditorCommand[]) => commands.reduce(perform, openEditor(claim, null))

describe('the value editor as commands', () => {
  it('opens on the stored values and saves them unchanged', () => {
    const state = openEditor(casualty, null)
    expect(isUnchanged(state)).toBe(true)
    expect(state.restored).toBe(false)
    const saved = checkEdit(state)
    expect(saved).toEqual({
      ok: true,
      edit: {
        kind: 'casualty',
        value: { outcome: 'killed', min: 12, max: 12 },
        status: 'confirmed',
        note: '',
        tags: ['toll'],
        review: { rating: 'True', url: 'https://example.org/check' }
      }
    })
  })

  it('a restored draft opens instead of the stored values, and discarding it goes back to them', () => {
    const draft = {
      kind: 'casualty' as const,
      fields: { outcome: 'killed', min: '15', max: '15' },
      status: 'confirmed' as const,
      note: 'was 12',
      tags: 'toll'
    }
    const restored = openEditor(casualty, draft)
    expect(restored).toMatchObject({ restored: true, note: 'was 12' })
    expect(isUnchanged(restored)).toBe(false)
    const discarded = perform(restored, { type: 'discard-draft' })
    expect(discarded.restored).toBe(false)
    expect(isUnchanged(discarded)).toBe(true)
  })

  it('another kind starts empty; back to the claim’s own kind, its stored value returns; errors clear', () => {
    const failed = run(
      casualty,
      { type: 'field', name: 'min', value: 'many' },
      { type: 'failed', errors: { min: 'not a number' } }
    )
    const other = perform(failed, { type: 'kind', kind: 'quantity' })
    expect(other.errors).toEqual({})
    expect(other.fields.min ?? '').toBe('')
    expect(perform(other, { type: 'kind', kind: 'casualty' }).fields).toMatchObject({ min: '12', max: '12' })
  })

  it('a new status starts from its own rating; unreviewed saves no review', () => {
    const disputed = run(casualty, { type: 'status', status: 'disputed' })
    expect(disputed.rating).toBe('')
    const edit = checkEdit(run(casualty, { type: 'status', status: 'unreviewed' }))
    expect(edit.ok && edit.edit.review).toBeUndefined()
  })

  it('Save trims the note and the review address and splits the tags; a bad figure is an error by field', () => {
    const typed = run(
      casualty,
      { type: 'note', note: '  checked  ' },
      { type: 'tags', tags: 'a, b,, c' },
      { type: 'review-url', url: ' https://x.org/c ' }
    )
    const edit = checkEdit(typed)
    expect(edit.ok && edit.edit).toMatchObject({
      note: 'checked',
      tags: ['a', 'b', 'c'],
      review: { url: 'https://x.org/c' }
    })
    const bad = checkEdit(run(casualty, { type: 'field', name: 'min', value: 'many' }))
    expect(bad.ok).toBe(false)
    expect(!bad.ok && Object.keys(bad.errors)).toContain('min')
  })

  it('Enter saves, but is a new line in the note and presses a button; Ctrl+Enter saves anywhere; Escape closes', () => {
    expect(editorKey('Enter', 'INPUT', false)).toBe('save')
    expect(editorKey('Enter', 'TEXTAREA', false)).toBeNull()
    expect(editorKey('Enter', 'BUTTON', false)).toBeNull()
    expect(editorKey('Enter', 'TEXTAREA', true)).toBe('save')
    expect(editorKey('Escape', 'TEXTAREA', false)).toBe('close')
    expect(editorKey('a', 'INPUT', false)).toBeNull()
  })
})
