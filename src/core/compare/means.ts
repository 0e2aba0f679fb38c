/**
 * How the victims of a toll died or were hurt, as its sentence says: from the air (air strikes,
 * warplanes, barrel bombs), a bomb on the ground (a suicide blast, a car bomb), shelling (artillery,
 * mortars, rockets), fighting (clashes, gunfire, an ambush), an execution, a chemical attack or an
 * accident. Two tolls whose sentences name the means, and no means in common, count different
 * happenings: "a suicide bombing at the border crossing killed 29" is not "jets killed 60 in a
 * village". Words that fit several means ("bombing", "strike", "attack", "missiles") name none.
 * One table per language; Arabic words are looked up folded, clitics off.
 */
import { cliticReadings, foldArabic } from '@core/text'

export type Means = 'air' | 'blast' | 'shelling' | 'fighting' | 'execution' | 'chemical' | 'accident'

/** English patterns per means, over the lower-cased sentence. */
const MEANS_EN: ReadonlyArray<[Means, RegExp]> = [
  [
    'air',
    /\b(?:air ?strikes?|air ?raids?|air attacks?|aerial|war ?planes?|(?:fighter |war ?)?jets?|aircraft|helicopters?|(?:barrel|cluster) bombs?|drones?|sorties|aviation|air force)\b/
  ],
  // "barrel bombs" are dropped from the air: taken out before a bomb is read as a blast on the ground
  [
    'blast',
    /\b(?:suicide|car ?bombs?|bombs?(?! ?(?:ing|ard|ed))|explosions?|blasts?|explosives?|ieds?|booby[- ]trap\w*|detonat\w+|landmines?|explosive (?:vest|belt|device))\b/
  ],
  ['shelling', /\b(?:shell(?:s|ing|ed)|artillery|mortars?|rockets?|projectiles?|cannons?)\b/],
  [
    'fighting',
    /\b(?:gunfire|shooting|shot (?:dead|and killed)|snipers?|opened fire|clashes|firefights?|ambush(?:ed)?|gun ?battles?|ground (?:forces|attacks?|operations?|offensive|assault))\b/
  ],
  ['execution', /\b(?:executed|executions?|beheaded|beheadings?|slit (?:the |their )?throats|slaughtered)\b/],
  ['chemical', /\b(?:chemical|toxic gas|nerve (?:agent|gas)|sarin|chlorine|poison(?:ous)? gas|gas attack)\b/],
  ['accident', /\b(?:crash(?:ed)?|collisions?|collided|accidents?|drowned|capsized|derailed)\b/]
]
const AIR_DROPPED_EN = /\b(?:barrel|cluster) bombs?\b/g

/** Arabic words per means, folded (foldArabic: one alif, ه for ة, ي for ى), without clitics. */
const MEANS_AR: Readonly<Record<Means, string>> = {
  air: 'غاره غارات طيران طائرات طائره مقاتلات مروحيه مروحيات براميل',
  blast: 'تفجير تفجيرات انفجار انفجارات انتحاري انتحاريه انتحاريا مفخخه عبوه ناسفه حزام',
  shelling: 'قذيفه قذائف هاون مدفعيه صاروخيه',
  fighting: 'اشتباكات اشتباك رصاص كمين معارك قناص',
  execution: 'اعدام اعدم ذبح',
  chemical: 'كيماوي كيميائي كيماويه كيميائيه سارين كلور',
  accident: 'حادث حوادث تصادم اصطدام انقلاب غرق'
}
const MEANS_OF_AR = new Map<string, Means>()
for (const [means, words] of Object.entries(MEANS_AR) as [Means, string][])
  for (const w of words.split(' ')) MEANS_OF_AR.set(w, means)

const ARABIC_WORD = /[\u0600-\u06FF]+/g

/** The means a stretch of text names (none when it names only "an attack" or "a strike"). */
export function meansIn(text: string): Set<Means> {
  const out = new Set<Means>()
  const lower = text.toLowerCase()
  for (const [means, re] of MEANS_EN) {
    const seen = means === 'blast' ? lower.replace(AIR_DROPPED_EN, ' ') : lower
    if (re.test(seen)) out.add(means)
  }
  for (const word of text.match(ARABIC_WORD) ?? []) {
    for (const r of cliticReadings(foldArabic(word))) {
      const m = MEANS_OF_AR.get(r.stem)
      if (m) out.add(m)
    }
  }
  return out
}

/** Whether two sentences each name a means and none in common: their tolls are of different happenings. */
export function differentMeans(a: ReadonlySet<Means>, b: ReadonlySet<Means>): boolean {
  if (a.size === 0 || b.size === 0) return false
  for (const m of a) if (b.has(m)) return false
  return true
}
