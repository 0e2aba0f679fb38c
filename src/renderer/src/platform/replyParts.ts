/**
 * A worker's long answer, sent in parts. The window reads (deserialises) each message in a task of
 * its own, and a list of thousands of objects is slow to read: the comparison of a case holding a
 * 1 MB page answered 6,200 suggested claims (3 MB as JSON) in one message, 35–45 ms of the window's
 * time before any of it was used. Cut into parts of a few hundred, each message is read in a few
 * milliseconds and the window can paint between them. The worker posts the parts ahead of its
 * answer (`{ id, part }`), the answer carries the last one, and the client joins them.
 */

/** Items per part: a few milliseconds to read for the largest (a suggested claim with its anchor). */
export const PART_ITEMS = 500

/** A part of the list of request `id`'s answer, sent ahead of it. */
export interface ReplyPart<T> {
  id: number
  part: T[]
}

export const isPart = <T>(reply: object): reply is ReplyPart<T> => 'part' in reply

/** `items` in parts of at most `size`, in order; always at least one (the answer's own, maybe empty). */
export function cutInParts<T>(items: readonly T[], size = PART_ITEMS): T[][] {
  const parts: T[][] = []
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size))
  return parts.length ? parts : [[]]
}

/** The parts that came ahead of an answer: those of the newest request only. */
export class PartsReceived<T> {
  private id = -1
  private parts: T[][] = []

  add(part: ReplyPart<T>): void {
    if (part.id !== this.id) {
      this.id = part.id
      this.parts = []
    }
    this.parts.push(part.part)
  }

  /** Request `id`'s whole list: the parts received for it, then `last` (the answer's own); forgets them. */
  join(id: number, last: readonly T[]): T[] {
    const parts = id === this.id ? this.parts : []
    this.id = -1
    this.parts = []
    return parts.length ? [...parts.flat(), ...last] : [...last]
  }
}
