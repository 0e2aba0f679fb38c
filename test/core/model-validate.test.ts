/** model/validate: a schema failure as one sentence a journalist can act on, saying where. */
import { describe, expect, it } from 'vitest'
import { caseSchema, validate } from '@core/model'

describe('validation messages', () => {
  it('names the field that is wrong', () => {
    const result = validate(caseSchema, { id: 'c1', name: '', articleIds: [], createdAt: 'x', updatedAt: 'x' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/^name: /)
  })

  it('shows three problems at most and counts the rest', () => {
    const result = validate(caseSchema, {})
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/; .*; .* \(and 2 more problems\)$/)
  })
})
