/**
 * report/json-error: where a bundle that is not JSON goes wrong, as a line and column the
 * journalist can find, and whether its nesting is past what is read.
 */
import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError, findNestingProblem, lineColumn } from '../../src/core/report/json-error'

describe('a file that is not JSON', () => {
  it('finds the first character that cannot go on, and what was expected there', () => {
    const text = '{\n  "cases": [],\n  "claims": [1, 2,]\n}'
    const error = findJsonSyntaxError(text)
    expect(error?.offset).toBe(text.lastIndexOf(']'))
    expect(lineColumn(text, error!.offset)).toBe('line 3, column 19')
    expect(findJsonSyntaxError('{"cases": []}')).toBeNull()
  })

  it('finds nesting deeper than what is read', () => {
    expect(findNestingProblem('[[[[1]]]]', 3)).toEqual({ kind: 'depth', offset: 3 })
    expect(findNestingProblem('[[1],[2],[3]]', 10, 3)).toMatchObject({ kind: 'containers' })
    expect(findNestingProblem('[[1]]', 3)).toBeNull()
  })
})
