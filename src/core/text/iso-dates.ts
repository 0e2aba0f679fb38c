/**
 * The written forms of a date claim's ISO value (DateValue.iso), in one place: the value editor
 * checks against it, and the comparison and the reports read the value's parts from it, so a form
 * added here is understood by all of them at once.
 */

/**
 * A date claim's ISO value read into its parts. `form` names the written form:
 * `2016-08-14` and `2016-08-14T22:00` (day), `T22:00` (time), `2014-06` (month), `1989-35` (code:
 * ISO 8601-2 seasons 21–24, quarters 33–36, halves 40–41), `2016-W32` (week), `2014` (year), `199`
 * (decade), `19` (century), `--07-29` (monthDay: year not stated), `--06` (monthAlone) and
 * `weekday:4` (weekday, ISO 1 Monday … 7 Sunday, of an unknown week).
 */
export type IsoDateParts =
  | { form: 'day'; year: number; month: number; day: number; time?: string }
  | { form: 'time'; time: string }
  | { form: 'month'; year: number; month: number }
  | { form: 'code'; year: number; code: number }
  | { form: 'week'; year: number; week: number }
  | { form: 'year'; year: number }
  | { form: 'decade'; decade: number }
  | { form: 'century'; century: number }
  | { form: 'monthDay'; month: number; day: number }
  | { form: 'monthAlone'; month: number }
  | { form: 'weekday'; weekday: number }

/** Each form's pattern, tried in turn; the groups are the form's numbers (and a time). */
const FORMS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => IsoDateParts]> = [
  [
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/,
    (m) => ({ form: 'day', year: +m[1]!, month: +m[2]!, day: +m[3]!, ...(m[4] ? { time: m[4] } : {}) })
  ],
  [/^T(\d{2}:\d{2})$/, (m) => ({ form: 'time', time: m[1]! })],
  // two digits after a year are a month from 01 to 12, and an ISO 8601-2 code above
  [
    /^(\d{4})-(\d{2})$/,
    (m) =>
      +m[2]! >= 1 && +m[2]! <= 12
        ? { form: 'month', year: +m[1]!, month: +m[2]! }
        : { form: 'code', year: +m[1]!, code: +m[2]! }
  ],
  [/^(\d{4})-W(\d{2})$/, (m) => ({ form: 'week', year: +m[1]!, week: +m[2]! })],
  [/^(\d{4})$/, (m) => ({ form: 'year', year: +m[1]! })],
  [/^(\d{3})$/, (m) => ({ form: 'decade', decade: +m[1]! })],
  [/^(\d{2})$/, (m) => ({ form: 'century', century: +m[1]! })],
  [/^--(\d{2})-(\d{2})$/, (m) => ({ form: 'monthDay', month: +m[1]!, day: +m[2]! })],
  [/^--(\d{2})$/, (m) => ({ form: 'monthAlone', month: +m[1]! })],
  [/^weekday:([1-7])$/, (m) => ({ form: 'weekday', weekday: +m[1]! })]
]

/** The parts of a date claim's ISO value; null when it is written in none of the forms. */
export function readDateValueIso(iso: string): IsoDateParts | null {
  for (const [re, parts] of FORMS) {
    const m = re.exec(iso)
    if (m) return parts(m)
  }
  return null
}

/** True when `iso` is written in one of the forms a date claim's value may take. */
export function isDateValueIso(iso: string): boolean {
  return readDateValueIso(iso) !== null
}
