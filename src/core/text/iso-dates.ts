/**
 * The written forms of a date claim's ISO value (DateValue.iso), in one place: the value editor
 * checks against it, and the comparison and the reports read the same forms.
 */

/** Days with an optional time, a time alone, weeks, quarter/half/season codes, decades, centuries, weekdays. */
const ISO_FORMS =
  /^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?|-W\d{2})?|T\d{2}:\d{2}|\d{2,3}|--\d{2}(-\d{2})?|weekday:[1-7])$/

/** True when `iso` is written in one of the forms a date claim's value may take. */
export function isDateValueIso(iso: string): boolean {
  return ISO_FORMS.test(iso)
}
