/**
 * Publishing fact-checks from the app (issue 18): a case with nothing reviewed refuses the
 * ClaimReview export and says why; then claims reviewed through the claim editor, the article's
 * details and the reviewer profile typed in the export dialog give a ClaimReview file in which
 * every review has what schema.org and Google ask of a fact-check. The profile is kept for the
 * next export. The Web Annotation export of the same case names the reviewer as its creator.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { openApp, pane, selectText } from './helpers'

const editor = (page: Page) => page.getByRole('dialog', { name: /claim$/ })
const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export report' })

async function review(page: Page, text: string, key: string, status: string, rating?: string) {
  await selectText(page, 'left', text)
  await page.keyboard.press(key)
  await expect(editor(page)).toBeVisible()
  await editor(page).getByLabel('Status').selectOption({ label: status })
  if (rating) await editor(page).getByLabel('Rating').selectOption(rating)
  await editor(page).getByRole('button', { name: 'Save' }).click()
  await expect(editor(page)).toHaveCount(0)
}

async function openExport(page: Page, format: RegExp) {
  await page.getByRole('button', { name: 'Export…' }).click()
  await expect(exportDialog(page)).toBeVisible()
  await exportDialog(page).getByRole('radio', { name: format }).check()
}

async function download(page: Page) {
  const file = page.waitForEvent('download')
  await exportDialog(page).getByRole('button', { name: 'Export…' }).click()
  const done = await file
  await expect(exportDialog(page)).toHaveCount(0)
  return JSON.parse(readFileSync((await done.path())!, 'utf8'))
}

test('ClaimReview: refused with a reason when nothing is reviewed; complete for claims reviewed in the app', async ({
  page
}) => {
  await openApp(page)

  await openExport(page, /ClaimReview/)
  await exportDialog(page).getByRole('button', { name: 'Export…' }).click()
  await expect(exportDialog(page).getByRole('alert')).toContainText('no claim in this export is reviewed')
  await page.keyboard.press('Escape')

  await review(page, 'killed 12 senior ISIL leaders', 'c', 'Confirmed')
  await review(page, 'Interior Ministry spokesman Brig. Gen. Saad Maan told Diyaruna', 'a', 'Disputed', 'False')

  await pane(page, 'left').getByRole('button', { name: 'Details…' }).click()
  const details = page.getByRole('dialog', { name: 'Article details' })
  await details.getByLabel('URL').fill('https://diyaruna.com/en_GB/articles/cnmi_di/features/2016/08/15/feature-01')
  await details.getByLabel('Published').fill('2016-08-15')
  await details.getByRole('button', { name: 'Save' }).click()
  await expect(details).toHaveCount(0)

  await openExport(page, /ClaimReview/)
  const form = exportDialog(page)
  await form.getByLabel('Fact-checking organisation').fill('Desk Check')
  await form.getByLabel('Organisation web address').fill('https://check.example.org/')
  await form.getByLabel('Reviewer name').fill('Rana Haddad')
  await form.getByLabel('Address of published fact-checks').fill('https://check.example.org/al-qaim#{claim}')
  await expect(form.getByLabel('Rating scale, worst first')).toHaveValue('False=1, Misleading=2, Mostly true=3, True=4')
  const doc = await download(page)

  const graph: any[] = doc['@graph']
  expect(doc['@context']).toBe('https://schema.org')
  expect(graph).toHaveLength(2)
  const today = new Date().toISOString().slice(0, 10)
  for (const r of graph) {
    expect(r['@type']).toBe('ClaimReview')
    expect(r.url).toMatch(/^https:\/\/check\.example\.org\/al-qaim#[0-9a-f-]{36}$/)
    expect([...r.claimReviewed].length).toBeLessThanOrEqual(75)
    expect(r.claimReviewed.length).toBeGreaterThan(20)
    expect(r.reviewRating).toMatchObject({ '@type': 'Rating', bestRating: 4, worstRating: 1 })
    expect(typeof r.reviewRating.alternateName).toBe('string')
    expect(r.author).toEqual({ '@type': 'Organization', name: 'Desk Check', url: 'https://check.example.org/' })
    // the review's date is the day its status was set (today, in this test), not the article's
    expect(r.datePublished).toBe(today)
    expect(r.itemReviewed['@type']).toBe('Claim')
    expect(r.itemReviewed.author.name).toBeTruthy()
    expect(r.itemReviewed.datePublished).toBe('2016-08-15')
    expect(r.itemReviewed.appearance).toMatchObject({
      url: 'https://diyaruna.com/en_GB/articles/cnmi_di/features/2016/08/15/feature-01',
      headline: 'Noose tightening around ISIL in al-Qaim'
    })
  }
  const [toll, maan] = graph
  expect(toll.reviewRating).toMatchObject({ alternateName: 'True', ratingValue: 4 })
  expect(toll.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Diyaruna' })
  // the rating chosen in the claim editor, not the status's default (Misleading)
  expect(maan.reviewRating).toMatchObject({ alternateName: 'False', ratingValue: 1 })
  expect(maan.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Saad Maan' })
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible()

  // the profile is kept: the Web Annotation export names the reviewer, and the dialog shows it again
  await openExport(page, /Web Annotations/)
  await expect(exportDialog(page).getByLabel('Reviewer name')).toHaveValue('Rana Haddad')
  const annotations = await download(page)
  const reviewed = annotations.first.items.filter((a: any) => a.motivation === 'assessing' && !Array.isArray(a.target))
  expect(reviewed).toHaveLength(2)
  for (const a of reviewed) {
    expect(a['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(a.creator).toEqual({ type: 'Person', name: 'Rana Haddad' })
    expect(a.target.source.via).toBe('https://diyaruna.com/en_GB/articles/cnmi_di/features/2016/08/15/feature-01')
  }
})
