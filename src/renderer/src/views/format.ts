/** How the reader writes counts for people (dates and values come from @core/report). */

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * The words of a text: its runs of characters other than white space. Counted by a search that
 * makes no strings: splitting an imported page of 800,000 characters made 140,000 of them, 10 ms or
 * more of the window's time (and their garbage) in the render that opens it.
 */
export function countWords(text: string): number {
  const word = /\S+/g
  let words = 0
  while (word.test(text)) words++
  return words
}
