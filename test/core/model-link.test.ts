/** model/link: a judged relation between two claims, and the one id compare's automatic link has. */
import { describe, expect, it } from 'vitest'
import { autoLinkId, linkSchema, validate } from '@core/model'

describe('links between claims', () => {
  it('gives an automatic link the same id whichever way round its claims come', () => {
    expect(autoLinkId(['art2#4', 'art1#1'])).toBe('auto:art1#1:art2#4')
    expect(autoLinkId(['art1#1', 'art2#4'])).toBe(autoLinkId(['art2#4', 'art1#1']))
  })

  it('takes the relations a journalist can set, and refuses others', () => {
    const link = {
      id: 'l1',
      claimIds: ['a', 'b'],
      relation: 'conflict',
      origin: 'manual',
      reason: '12 vs 15 killed',
      createdAt: '2024-05-01T00:00:00Z'
    }
    expect(validate(linkSchema, link).ok).toBe(true)
    expect(validate(linkSchema, { ...link, relation: 'disagree' }).ok).toBe(false)
    expect(validate(linkSchema, { ...link, claimIds: ['a'] }).ok).toBe(false)
  })
})
