/** Case: a story under investigation, holding its articles in the order the journalist chose. */
import { z } from 'zod'

export const caseSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  articleIds: z.array(z.string().min(1)),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Case = z.infer<typeof caseSchema>

export const caseNameSchema = z
  .string()
  .trim()
  .min(1, 'A case needs a name')
  .max(200, 'Keep the name under 200 characters')

/** A new, empty case; `now` is an ISO timestamp passed in (core reads no clock). */
export function newCase(id: string, name: string, now: string): Case {
  return { id, name: caseNameSchema.parse(name), articleIds: [], createdAt: now, updatedAt: now }
}
