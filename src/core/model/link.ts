/** Link: a judged relation between two claims of different articles (made by compare or by hand). */
import { z } from 'zod'

export const linkRelations = ['agree', 'compatible', 'conflict', 'different-source', 'related'] as const
export type LinkRelation = (typeof linkRelations)[number]

export const linkSchema = z.object({
  id: z.string().min(1),
  claimIds: z.tuple([z.string().min(1), z.string().min(1)]),
  relation: z.enum(linkRelations),
  origin: z.enum(['auto', 'manual']),
  reason: z.string(),
  createdAt: z.string()
})
export type Link = z.infer<typeof linkSchema>

/**
 * The id of compare's automatic link between two claims: one per pair, the same on every run and
 * every machine, so recomputing a comparison or importing a bundle twice never duplicates it.
 */
export function autoLinkId(claimIds: readonly [string, string]): string {
  const [a, b] = [...claimIds].sort()
  return `auto:${a}:${b}`
}
