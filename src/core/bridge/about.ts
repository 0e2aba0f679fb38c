/**
 * The credits of Parallax's About box: where the sample cases' articles come from, under which
 * licence. One text for the desktop About panel (src/main) and the README's words to match.
 */
export const ABOUT_CREDITS =
  'Sample cases: "Aleppo shelling, 12 November 2016" holds two reports (SANA; Al-Alam) from FA-KES, ' +
  'a fake news dataset around the Syrian war (Abu Salem, Al Feel, Elbassuoni, Jaber and Farah, ICWSM 2019; ' +
  'Zenodo record 2607278), licensed CC BY 4.0; the texts are as the dataset gives them, commas and ' +
  'apostrophes removed by its authors, and remain (c) their outlets. "Al-Qaim" holds two reports ' +
  '(Diyaruna, 2016; AFP via the Oman Observer, 2017) as their pages were saved.'
