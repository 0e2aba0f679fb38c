/** How the reader writes counts for people (dates and values come from @core/report). */

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}
