/** How the reader writes dates and counts for people. */

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "14 August 2016" from an ISO date or date-time; '' when absent or unreadable. */
export function formatPublished(iso: string | undefined): string {
  if (!iso) return ''
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  return Number.isNaN(date.getTime()) ? iso : dayFormat.format(date)
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}
