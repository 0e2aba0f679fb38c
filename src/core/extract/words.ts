/**
 * Word classes the rule families share: words that end a noun phrase and units of time that make
 * a number a duration rather than a count. Month and weekday names are in src/core/text
 * (calendar-words.ts).
 */

/** Function words and verbs that end a victim or subject noun phrase. */
export const STOP_WORDS =
  'in|on|at|from|near|during|as|after|before|when|while|who|whom|whose|which|that|and|or|but|to|by|with|for|into|' +
  'across|since|were|was|is|are|had|have|has|been|being|be|will|would|could|should|may|might|the|a|an|this|these|' +
  'those|it|its|their|his|her|of|than|more|killed|killing|dead|died|wounded|wounding|injured|injuring|hurt|' +
  'captured|missing|displaced|including|said|says|told|according|yesterday|today|overnight|inside|outside|under|' +
  'over|between|among|amid|about|around|some|so|then|there|here|also|reportedly|per|percent|not|no|all|both|each|' +
  'up|out|down|off|last|next|ago|later|earlier|early|late'

/**
 * Regex source for one word of a noun phrase, matched against lower-cased text (see markCounts;
 * compile with `u`): an initialism ("u.n."), or a letter run that is not a stop word or an -ing verb.
 */
export const NP_WORD = `(?:[a-z]\\.(?:[a-z]\\.)+|(?!(?:${STOP_WORDS})(?![\\p{L}'’-]))(?![\\p{L}]{2,}ing(?![\\p{L}'’-]))[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*)`

/** Regex source for a short noun phrase: one to six NP words separated by single spaces. */
export const NP = `${NP_WORD}(?: ${NP_WORD}){0,5}`

/** Heads that make a number a time span, a distance or a share, never a count of victims. */
export const NON_VICTIM = new Set([
  'seconds',
  'second',
  'minutes',
  'minute',
  'hours',
  'hour',
  'days',
  'day',
  'weeks',
  'week',
  'months',
  'month',
  'years',
  'year',
  'decades',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'metres',
  'meters',
  'percent',
  'times',
  'am',
  'pm',
  'a.m',
  'p.m',
  'gmt',
  'utc',
  'kg',
  'tonnes',
  'tons',
  'dollars',
  'euros',
  'pounds',
  'points',
  'votes',
  'seats',
  'goals',
  'runs',
  'degrees',
  'feet',
  'yards'
])

/** Month names live in the calendar table of src/core/text; rule families import the number from here as before. */
export { monthNumber } from '@core/text'
