/**
 * Comparison of two Arabic reports of one event on the claims the extractor suggests, as a
 * journalist sees it after accepting every suggestion. The sentences are from SaudiNewsNet
 * reports of July–August 2015 (shortened); each case is a rule about news, not about one article.
 */
import { describe, expect, it } from 'vitest'
import { compareArticles } from '@core/compare'
import { suggestClaims } from '@core/extract'
import { ingestPastedText } from '@core/ingest'
import { articleFromDraft, claimFromDraft, type Article, type Claim } from '@core/model'
import { NOW } from './compare-gold'
import { env, imported } from './fixtures'

let n = 0
function article(text: string, publishedAt: string): Article {
  const draft = imported(ingestPastedText(`تقرير\n\n${text}`, env)).article
  return articleFromDraft({ ...draft, publishedAt }, { id: `ar${++n}`, caseId: 'arabic' }, NOW)
}
let k = 0
const suggested = (a: Article): Claim[] =>
  suggestClaims(a).map((d) => claimFromDraft(d, { id: `${a.id}#${++k}`, articleId: a.id }, NOW))

/** The conflicts compare reports, each as "exact of A | exact of B". */
function conflicts(a: Article, b: Article): string[] {
  const claims = [...suggested(a), ...suggested(b)]
  const byId = new Map(claims.map((c) => [c.id, c]))
  return compareArticles({ articles: [a, b], claims })
    .matches.filter((m) => m.verdict === 'conflict')
    .map((m) => m.claimIds.map((id) => byId.get(id)!.anchor.exact).join(' | '))
}

describe('Arabic pairs: what is one event’s toll', () => {
  it('does not set one province’s share of a list against the national toll', () => {
    const a = article(
      'قالت بعثة الأمم المتحدة لمساعدة العراق (يونامي) ان 1332 عراقيا لقوا مصرعهم واصيب 2108 اخرون في حصيلة جديدة لضحايا اعمال العنف خلال يوليو الماضي.\n\n' +
        'وذكر ان محافظة بغداد كانت الاكثر تضررا حيث سجلت سقوط 335 قتيلا و756 جريحا تلتها محافظة ديالى ب 170 قتيلا و284 جريحا فيما سجلت محافظة صلاح الدين مقتل 64 واصابة 74 اخرين ثم نينوى ب 101 قتيل وجرح 28 وكركوك بسقوط 26 شخصا واصابة 11 آخرين.',
      '2015-08-01'
    )
    const b = article(
      'وذكر بيان للبعثة الأممية أن عدد القتلى بلغ 1332 عراقيًا بينما بلغ عدد الجرحى 2108 جرحى.\n\n' +
        'وأشار البيان إلى مقتل 488 عنصراً من منتسبي قوات الأمن العراقية، ولا تشمل هذه الحصيلة ضحايا العمليات العسكرية في محافظة الأنبار فيما بلغ عدد الجرحى 492 جريحًا.\n\n' +
        'وبحسب إحصائية يونامي فإن محافظة بغداد كانت الأكثر تضرراً، إذ بلغ مجموع الضحايا المدنيين 1091 شخصًا (335 قتيلاً و756 جريحًا).',
      '2015-08-02'
    )
    expect(conflicts(a, b)).toEqual([])
  })

  it('still sets a province’s toll against the same province’s', () => {
    const a = article('وذكر ان محافظة بغداد سجلت سقوط 335 قتيلا تلتها محافظة ديالى ب 170 قتيلا.', '2015-08-01')
    const b = article('وبحسب إحصائية يونامي فإن محافظة بغداد سجلت 310 قتيلاً.', '2015-08-02')
    expect(conflicts(a, b)).toEqual(['سقوط 335 قتيلا | 310 قتيلاً'])
  })

  it('sets the same people among the wounded in one report and among the dead in the other as a conflict', () => {
    // Asharq al-Awsat and al-Jazirah, 11 August 2015, on the Kabul airport bombing (shortened)
    const a = article(
      'وقال قائد شرطة كابل عبد الرحمن رحيمي إن خمسة أشخاص قتلوا في الهجوم وأصيب 16، وكان وحد الله مايار المتحدث باسم وزارة الصحة قال، في وقت سابق، إن امرأة وطفلا من بين الجرحى.',
      '2015-08-11'
    )
    const b = article(
      'وقال قائد شرطة كابول عبد الرحمن رحيمي إن خمسة أشخاص قتلوا في الهجوم وأصيب 16. وكان وحد الله مايار المتحدث باسم وزارة الصحة قال في وقت سابق ان امرأة وطفل من بين القتلى.',
      '2015-08-11'
    )
    expect(conflicts(a, b)).toEqual(['امرأة وطفلا من بين الجرحى | امرأة وطفل من بين القتلى'])
  })

  it('does not take two civilians wounded and two civilians killed for the same people', () => {
    const a = article('وأسفر القصف على السوق عن إصابة مدنيين.', '2015-08-11')
    const b = article('وأسفر القصف على السوق عن مقتل مدنيين.', '2015-08-11')
    expect(conflicts(a, b)).toEqual([])
  })

  it('sets the wounded beside a matched death toll against the other report’s wounded, however unlike their sentences', () => {
    // Reuters via al-Jazirah, 24 July 2015, and Asharq al-Awsat, 25 July 2015, on the Lafayette cinema shooting (shortened)
    const a = article(
      'قالت الشرطة الأمريكية إن مسلحاً فتح النار في قاعة سينما مكتظة بالحضور فقتل امرأتين في لا فاييت بلويزيانا ليل الخميس.\n\n' +
        'وقتل شخصان قبل ان ينتحر المشتبه به فيما هرع ضباط الشرطة إلى موقع الحادث.\n\n' +
        'وقع الحادث بعد ثلاث سنوات تقريبا على إطلاق النار الذي شهدته دار للسينما في أورورا بولاية كولورادو وقتل فيه 12 شخصا.\n\n' +
        'وقالت السلطات إن سبعة أشخاص أصيبوا في الهجوم ثلاثة منهم حالتهم خطرة.',
      '2015-07-24'
    )
    const b = article(
      'في الوقت الذي تناقش فيه هيئة محلفين في ولاية كولورادو عقوبة جزار سينما كولورادو، الذي كان قتل 12 شخصا، وجرح 70 آخرين، قتل مسلح في لافاييت (ولاية لويزيانا) شخصين وجرح 9 في حادث مماثل، ثم قتل نفسه داخل دار السينما.',
      '2015-07-25'
    )
    // Aurora's 70 wounded are no rival of Lafayette's 7
    expect(conflicts(a, b)).toEqual(['سبعة أشخاص أصيبوا | وجرح 9'])
  })
})
