/**
 * Import of pages from outlets Parallax has not seen: constructed fixtures that imitate common page
 * structures (wire agency, public broadcaster, split bodies with embeds, Arabic news site, AMP,
 * header-only dates, live blogs, printer pages) and saved text (cookie banner and "Most read",
 * forwarded e-mail, hard-wrapped CRLF text). Each checks the fields, both ends of the body and
 * that no chrome is left in it.
 */
import { describe, expect, it } from 'vitest'
import { ingestFile } from '@core/ingest'
import { splitParagraphs } from '@core/text'
import { env, fixtureBytes, imported } from './fixtures'

interface Expected {
  title: string
  byline: string
  outlet: string
  publishedAt: string | undefined
  first: string
  last: string
  paragraphs?: number
  captions: string[]
  noise: string[]
}

const CASES: Array<[string, Expected]> = [
  [
    'html/wire-agency.html',
    {
      title: 'Iraqi forces retake border crossing near al-Qaim',
      byline: 'Ahmed Rasheed',
      outlet: 'Meridian Wire',
      publishedAt: '2016-08-14T11:42:00Z',
      first: 'BAGHDAD, Aug 14 (Meridian) - Iraqi troops backed by tribal fighters retook',
      last: 'said Khalid Salman, a tribal leader whose fighters joined the operation.',
      paragraphs: 6,
      captions: [],
      noise: [
        'Reporting by',
        'Editing by',
        'Our Standards',
        'Advertisement',
        'Scroll to continue',
        'Purchase Licensing',
        'Read Next',
        'Oil prices',
        'Skip to main',
        'Updated 2 hours ago',
        'delayed'
      ]
    }
  ],
  [
    'html/bbc-like.html',
    {
      title: 'Flood defences fail as river bursts banks in Harrowfield',
      byline: 'Ruth Ashworth',
      outlet: 'Pennine News',
      publishedAt: '2016-08-14T06:05:31.000Z',
      first: 'Hundreds of homes were evacuated overnight',
      last: 'urged people living near the river to sign up for flood warnings.',
      paragraphs: 7,
      captions: ['Water reached the windowsills of houses on Mill Lane by early morning'],
      noise: [
        'Image source',
        'Getty Images',
        'Image caption',
        'By Ruth Ashworth',
        'Pennine News, Harrowfield',
        'Share',
        'Related Topics',
        'Floods\n',
        'More on this story',
        'New flood walls',
        'Published 3 May',
        'Top Stories',
        'Most read',
        'Cat rescued',
        'cookies',
        'Skip to content',
        'Weather'
      ]
    }
  ],
  [
    'html/split-body.html',
    {
      title: 'Dockworkers walk out at Port Linden as pay talks collapse',
      byline: 'Daniel Okafor',
      outlet: 'Harbour Courier',
      publishedAt: '2016-08-14T16:20:00-04:00',
      first: 'About 1,200 dockworkers walked off the job at Port Linden on Sunday',
      last: 'ended with an agreement brokered by the state labor board.',
      captions: [],
      noise: [
        'Read more',
        'READ MORE',
        'Port Linden expansion approved',
        'Five things to know',
        'Advertisement',
        'Tags:',
        'covers business and labor',
        'Comments',
        'Published August 14',
        'Facebook',
        'Subscribe'
      ]
    }
  ],
  [
    'html/arabic-news-site.html',
    {
      title: 'انقطاع الكهرباء يشل مدينة البصرة مع ارتفاع الحرارة',
      byline: 'سارة الموسوي',
      outlet: 'الرافدين نت',
      publishedAt: '2016-08-14T13:05:00+03:00',
      first: 'شهدت مدينة البصرة جنوبي العراق انقطاعاً واسعاً',
      last: 'وعدت بتزويد المحطات بالوقود خلال يومين.',
      paragraphs: 6,
      captions: ['سكان يتجمعون قرب مولدة كهرباء أهلية في حي الجزائر وسط البصرة (الفرنسية)'],
      noise: [
        'بقلم',
        'نشر في',
        'المصدر',
        'مشاركة',
        'الرئيسية',
        'اقرأ أيضاً',
        'الكلمات المفتاحية',
        'جميع الحقوق محفوظة',
        'عاجل',
        'ذو القعدة'
      ]
    }
  ],
  [
    'html/amp-article.html',
    {
      title: 'Drought pushes wheat prices to five-year high',
      byline: 'Emily Carter',
      outlet: 'The Plains Herald',
      publishedAt: '2016-08-14T07:15:00-05:00',
      first: 'Wheat futures rose to their highest level in five years on Friday',
      last: "have already started passing on higher costs, the state millers' association said.",
      paragraphs: 5,
      captions: ['A wheat field outside Garner on August 10. (Photo: Luis Romero / The Plains Herald)'],
      noise: [
        'By Emily Carter',
        'Advertisement',
        'Ad failed to load',
        'Sign up for our morning newsletter',
        'Menu',
        'View full site',
        'A wheat field'
      ]
    }
  ],
  [
    'html/header-time.html',
    {
      title: 'Council approves budget with cuts to bus routes',
      byline: 'Priya Natarajan',
      outlet: 'Valley Gazette',
      publishedAt: '2016-08-14T18:30:00+01:00',
      first: 'The county council approved its budget for next year on Sunday evening',
      last: 'This story was updated on August 15 to include the final vote count.',
      paragraphs: 6,
      captions: [],
      noise: [
        'Last updated',
        'August 14, 2016',
        'Four rural routes will end',
        'Thursday, May 2, 2024',
        'Partly cloudy',
        'Most popular',
        'Bridge to close'
      ]
    }
  ],
  [
    'html/liveblog.html',
    {
      title: 'Storm Alwen live: gusts of 90mph as thousands lose power',
      byline: 'Tom Birch, Hannah Reyes',
      outlet: 'The Northern Ledger',
      publishedAt: '2016-08-14T07:00:00+01:00',
      first: '12:10',
      last: 'meaning there is a danger to life from flying debris.',
      paragraphs: 10,
      captions: [],
      noise: ['Key events', 'Load more', 'Share', 'All rights reserved']
    }
  ],
  [
    'html/print-br.html',
    {
      title: 'Mine rescue ends after 40 hours',
      byline: 'Grace Mwansa',
      outlet: 'Copperbelt Times',
      publishedAt: '2016-08-14',
      first: 'Rescuers brought the last of nine trapped miners to the surface',
      last: '"We never gave up on them," said Joseph Banda, who led one of the rescue teams.',
      paragraphs: 4,
      captions: [],
      noise: ['Print this page', 'Close window', 'By Grace Mwansa', 'Published:', 'Printed from', '©']
    }
  ],
  [
    'html/print-pre.html',
    {
      title: 'Ferry service resumes after six-week suspension',
      byline: 'Nils Aberg',
      outlet: '',
      publishedAt: '2016-08-14',
      first:
        'The ferry link between Skarholm and the mainland resumed on Sunday after a six-week suspension caused by damage to the landing ramp, the operator said.',
      last: 'The council said it would consider a compensation scheme in the autumn.',
      paragraphs: 4,
      captions: [],
      noise: ['FERRY SERVICE', 'By Nils', 'Island Post']
    }
  ],
  [
    'text/cookie-most-read.txt',
    {
      title: 'Fishing ban extended as cod stocks fall again',
      byline: 'Lena Hartmann',
      outlet: '',
      publishedAt: undefined,
      first: 'The ban on commercial cod fishing in the northern grounds will be extended',
      last: 'and that it would review the ban again in 2018.',
      paragraphs: 4,
      captions: [],
      noise: [
        'privacy',
        'cookies',
        'Accept all',
        'Marine agency says numbers',
        'Environment correspondent',
        'Most read',
        'Teenager rescued',
        'Ferry fares',
        '©'
      ]
    }
  ],
  [
    'text/forwarded-wire.txt',
    {
      title: 'Iraqi army says it killed 40 militants near Haditha',
      byline: 'Ahmed Rasheed',
      outlet: '',
      publishedAt: undefined,
      first:
        'BAGHDAD, Aug 14 (Meridian) - The Iraqi army said on Sunday it had killed 40 Islamic State militants in an operation',
      last: '"People here have waited a long time for this," he said by telephone.',
      paragraphs: 3,
      captions: [],
      noise: [
        '>',
        'Original Message',
        'From:',
        'Subject:',
        'FYI',
        'Rachel',
        'UPDATE 2',
        '(Adds',
        'Reporting by',
        'confidential'
      ]
    }
  ],
  [
    'text/hard-wrapped-crlf.txt',
    {
      title: 'Aid convoy reaches besieged town after two-month wait',
      byline: 'Marta Quiroga',
      outlet: '',
      publishedAt: undefined,
      first:
        'A convoy of 31 trucks carrying food and medicine reached the besieged town of Darwan on Sunday, the first aid to arrive there in more than two months, the United Nations said.',
      last: '"One convoy does not end a siege," the spokesman said.',
      paragraphs: 5,
      captions: [],
      noise: ['\r', 'By Marta']
    }
  ]
]

describe.each(CASES)('%s', (file, want) => {
  const a = imported(ingestFile({ name: file.split('/').pop()!, bytes: fixtureBytes(file) }, env)).article
  const paragraphs = splitParagraphs(a.text)

  it('has the title, byline, outlet and date of the article', () => {
    expect({ title: a.title, byline: a.byline, outlet: a.outlet, publishedAt: a.publishedAt }).toEqual({
      title: want.title,
      byline: want.byline,
      outlet: want.outlet,
      publishedAt: want.publishedAt
    })
  })

  it('starts and ends the body where the story does', () => {
    expect(paragraphs[0]!.startsWith(want.first)).toBe(true)
    expect(paragraphs.at(-1)!.endsWith(want.last)).toBe(true)
    if (want.paragraphs !== undefined) expect(paragraphs).toHaveLength(want.paragraphs)
  })

  it('keeps the captions apart from the body', () => {
    expect(a.captions).toEqual(want.captions)
    for (const c of want.captions) expect(a.text).not.toContain(c.slice(0, 30))
  })

  it('has one line per paragraph (hard-wrapped lines re-flowed)', () => {
    expect(paragraphs.filter((p) => p.includes('\n'))).toEqual([])
  })

  it('keeps title, byline and chrome out of the body', () => {
    expect(paragraphs).not.toContain(want.title)
    for (const noise of want.noise) expect(a.text).not.toContain(noise)
  })
})

describe('the Arabic site', () => {
  const a = imported(ingestFile({ name: 'a.html', bytes: fixtureBytes('html/arabic-news-site.html') }, env)).article
  it('reads right to left and keeps its subhead', () => {
    expect(a.dir).toBe('rtl')
    expect(a.lang).toBe('ar')
    expect(splitParagraphs(a.text)).toContain('احتجاجات أمام مبنى المحافظة')
  })
})

describe('the live blog', () => {
  const a = imported(ingestFile({ name: 'l.html', bytes: fixtureBytes('html/liveblog.html') }, env)).article
  it('imports every entry with its timestamp as text, newest first as published', () => {
    const paragraphs = splitParagraphs(a.text)
    expect(paragraphs.filter((p) => /^\d\d:\d\d$/.test(p))).toEqual(['12:10', '11:25', '09:40', '07:02'])
    expect(paragraphs).toEqual(expect.arrayContaining(['Rail services suspended', 'Red warning issued']))
  })
})

describe('the page with an embedded post', () => {
  const a = imported(ingestFile({ name: 's.html', bytes: fixtureBytes('html/split-body.html') }, env)).article
  it('keeps all three parts of the split body and the quoted post, which may be what is checked', () => {
    const paragraphs = splitParagraphs(a.text)
    expect(paragraphs).toHaveLength(9)
    expect(a.text).toContain('Day one at the gates.')
    expect(a.text).toContain('— Rosa Delgado (@rdelgado_union)')
  })
})
