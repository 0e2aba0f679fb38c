/** Turns a schema failure into one sentence a journalist can act on: what is wrong, and where. */
import type { z } from 'zod'

export type Validated<T> = { ok: true; value: T } | { ok: false; message: string }

export function validate<T>(schema: z.ZodType<T>, data: unknown): Validated<T> {
  const result = schema.safeParse(data)
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, message: describeIssues(result.error.issues) }
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join('.') : 'the data'
    return `${where}: ${issue.message}`
  })
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : ''
  return shown.join('; ') + more
}
