/** model/case: a story under investigation, and the names a case may have. */
import { describe, expect, it } from 'vitest'
import { caseNameSchema, newCase, validate } from '@core/model'

describe('a new case', () => {
  it('starts empty, with its name trimmed', () => {
    expect(newCase('c1', '  Al-Qaim strikes  ', '2024-05-01T00:00:00Z')).toEqual({
      id: 'c1',
      name: 'Al-Qaim strikes',
      articleIds: [],
      createdAt: '2024-05-01T00:00:00Z',
      updatedAt: '2024-05-01T00:00:00Z'
    })
  })

  it('needs a name, under 200 characters, and says so', () => {
    expect(validate(caseNameSchema, '   ')).toEqual({
      ok: false,
      message: expect.stringContaining('A case needs a name')
    })
    expect(validate(caseNameSchema, 'x'.repeat(201))).toEqual({
      ok: false,
      message: expect.stringContaining('under 200 characters')
    })
  })
})
