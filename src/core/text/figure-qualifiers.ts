/**
 * The words that hedge a figure, per language: a lower bound ("at least 20", "أكثر من 20"), an
 * upper bound ("up to 60", "ما يصل إلى 60") or an estimate ("about 40", "نحو 40"). Judging reads
 * them from the words before a figure, as the stored value alone ("20") cannot say it.
 * English lower case; Arabic as written (matched folded, with a clitic و or ب before it).
 */
export interface FigureQualifiers {
  atLeast: readonly string[]
  atMost: readonly string[]
  about: readonly string[]
}

export const ENGLISH_QUALIFIERS: FigureQualifiers = {
  atLeast: [
    'at least',
    'more than',
    'over',
    'upwards of',
    'in excess of',
    'no fewer than',
    'no less than',
    'not less than',
    'a minimum of'
  ],
  atMost: ['at most', 'up to', 'fewer than', 'less than', 'under', 'no more than', 'a maximum of'],
  about: [
    'about',
    'around',
    'some',
    'nearly',
    'almost',
    'approximately',
    'roughly',
    'an estimated',
    'estimated',
    'close to',
    'circa',
    'approx.',
    'approx'
  ]
}

export const ARABIC_QUALIFIERS: FigureQualifiers = {
  atLeast: [
    'أكثر من',
    'ما لا يقل عن',
    'لا يقل عن',
    'ما يزيد عن',
    'ما يزيد على',
    'يزيد عن',
    'يزيد على',
    'أزيد من',
    // "exceeds": a toll that passed a figure
    'يتجاوز',
    'تجاوز',
    'تجاوزت',
    'يفوق'
  ],
  atMost: ['أقل من', 'ما يصل إلى', 'ما لا يزيد عن', 'ما لا يزيد على'],
  about: ['نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'ما يقرب من', 'ما يقارب', 'يقارب']
}
