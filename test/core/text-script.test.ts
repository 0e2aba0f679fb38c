/** text/script: which way an article reads and which language it is in, from its letters. */
import { describe, expect, it } from 'vitest'
import { detectDirection, detectLanguage } from '@core/text'

describe('detectDirection', () => {
  it.each([
    ['English', 'Iraqi forces closed in on al-Qaim.', 'ltr'],
    ['Arabic', 'قالت قيادة العمليات المشتركة إن الغارات استهدفت القائم', 'rtl'],
    ['Hebrew', 'הצבא העיראקי התקדם לעבר העיר', 'rtl'],
    ['Persian', 'نیروهای عراقی به شهر نزدیک شدند', 'rtl'],
    ['Arabic quoting English names', 'قال المتحدث باسم التحالف John Smith إن الغارات مستمرة في القائم والرطبة', 'rtl'],
    ['English quoting one Arabic word', 'The town, known as القائم, lies near the border with Syria.', 'ltr'],
    ['digits only', '2016 - 14 / 08', 'ltr'],
    ['empty', '', 'ltr']
  ])('%s reads %s', (_what, text, expected) => {
    expect(detectDirection(text)).toBe(expected)
  })
})

describe('detectLanguage', () => {
  it.each([
    ['Arabic', 'قالت قيادة العمليات المشتركة إن الغارات الجوية استهدفت اجتماعاً في القائم', 'ar'],
    ['Persian', 'نیروهای عراقی روز پنجشنبه عملیات را در شهر القائم آغاز کردند', 'fa'],
    ['Hebrew', 'הצבא העיראקי התקדם לעבר העיר ביום חמישי', 'he'],
    ['English', 'The strikes destroyed at least 14 vehicles, a spokesman for the command said on Sunday.', 'en'],
    [
      'French',
      'Les frappes ont détruit au moins 14 véhicules dans la région, selon le porte-parole du commandement.',
      'fr'
    ],
    ['too little text to tell', 'Al-Qaim', ''],
    ['no letters', '14 / 20', ''],
    ['Cyrillic (not guessed)', 'Иракские войска вошли в город', '']
  ])('%s → %s', (_what, text, expected) => {
    expect(detectLanguage(text)).toBe(expected)
  })
})
