/**
 * Abbreviated titles and ranks written before a name ("Brig. Gen. Saad Maan", "Dr. Smith",
 * "Sheikh Ali"): segmentation never ends a sentence after one, and a speaker's name starts after
 * them. Lower case, without the full stop.
 */
export const NAME_TITLES: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'brig',
  'maj',
  'col',
  'lt',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'cmdr',
  'cdr',
  'gov',
  'sen',
  'rep',
  'rev',
  'sheikh'
]
