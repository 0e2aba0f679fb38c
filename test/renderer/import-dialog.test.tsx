/**
 * The import preview on its own (jsdom): it lists each stored record the bundle would change with
 * the fields in words, takes nothing unless the journalist ticks it, takes every version at once
 * (the unlisted ones beyond the first hundred too), says which claims would be placed again, and
 * hands the choice to Import; Escape cancels.
 */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { makeBundle } from '@core/model'
import { planMerge, type MergeChoice, type MergePlan, type ReportInput } from '@core/report'
import { ImportDialog } from '../../src/renderer/src/export/ImportDialog'
import { sampleInput } from '../fixtures/report/sample-input'

function planOf(stored: ReportInput, incoming: ReportInput): MergePlan {
  const planning = planMerge(stored, makeBundle(incoming))
  if (!planning.ok) throw new Error(planning.message)
  return planning.plan
}

function show(plan: MergePlan) {
  const onConfirm = vi.fn<(choice: MergeChoice) => void>()
  const onCancel = vi.fn()
  render(<ImportDialog name="colleague.json" plan={plan} onConfirm={onConfirm} onCancel={onCancel} />)
  return { onConfirm, onCancel, dialog: screen.getByRole('dialog', { name: 'Import bundle?' }) }
}

const taken = (choice: MergeChoice | undefined) => (choice === 'all' ? 'all' : [...(choice ?? [])].sort())

describe('the import preview', () => {
  it('shows each change in words, takes nothing by default, and takes what is ticked', async () => {
    const user = userEvent.setup()
    const claim = sampleInput.claims[0]!
    const theirs = {
      ...sampleInput,
      claims: sampleInput.claims.map((c) =>
        c.id === claim.id ? { ...c, status: 'rejected' as const, note: 'Not 12.' } : c
      )
    }
    const { dialog, onConfirm } = show(planOf(sampleInput, theirs))
    expect(dialog).toHaveTextContent('The bundle colleague.json would:')
    expect(dialog).not.toHaveTextContent('on articles you already have')
    expect(dialog).toHaveTextContent('skip 1 case, 3 articles, 19 claims and 7 links you already have, unchanged')
    expect(dialog).toHaveTextContent('change 1 record you have')
    const rows = within(dialog)
      .getAllByRole('row')
      .map((r) => [...r.children].map((c) => c.textContent))
    expect(rows).toEqual([
      ['Field', 'Yours', 'In the bundle'],
      ['status', 'Confirmed', 'Rejected'],
      ['note', 'Matches the Joint Operations Command statement.', 'Not 12.']
    ])
    const box = within(dialog).getByRole('checkbox', {
      name: /Take the bundle’s version of the claim “killed 12 senior ISIL leaders” in “Noose tightening/
    })
    expect(box).not.toBeChecked()
    expect(box).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(taken(onConfirm.mock.calls[0]?.[0])).toEqual([])

    await user.keyboard(' ')
    expect(box).toBeChecked()
    expect(dialog).toHaveTextContent('A record the bundle holds in another version: 1 taken')
    await user.click(within(dialog).getByRole('button', { name: 'Import' }))
    expect(taken(onConfirm.mock.calls[1]?.[0])).toEqual([`claims:${claim.id}`])
  })

  it('lists the first hundred conflicts, counts the rest, and "Take every bundle version" takes them all', async () => {
    const user = userEvent.setup()
    const many = 150
    const base = sampleInput.claims[0]!
    const mine = {
      ...sampleInput,
      claims: Array.from({ length: many }, (_, i) => ({ ...base, id: `c-${i}` })),
      links: []
    }
    const theirs = { ...mine, claims: mine.claims.map((c) => ({ ...c, note: `theirs ${c.id}` })) }
    const { dialog, onConfirm, onCancel } = show(planOf(mine, theirs))
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(100)
    expect(dialog).toHaveTextContent('And 50 more: they keep your version unless you take every bundle version.')
    await user.click(within(dialog).getByRole('button', { name: 'Take every bundle version' }))
    expect(dialog).toHaveTextContent('150 records the bundle holds in another version: 150 taken')
    await user.click(within(dialog).getByRole('button', { name: 'Import' }))
    expect(taken(onConfirm.mock.calls[0]?.[0])).toHaveLength(many)
    await user.click(within(dialog).getByRole('button', { name: 'Keep all of mine' }))
    expect(within(dialog).queryAllByRole('checkbox', { checked: true })).toHaveLength(0)
    await user.keyboard('{Escape}')
    expect(onCancel).toHaveBeenCalledOnce()
  })

  it('says where new articles and claims go when they join what is stored', () => {
    const kase = { ...sampleInput.cases[0]!, name: 'Our case', articleIds: ['art-diyaruna', 'art-oman-observer'] }
    const mine = {
      cases: [kase],
      articles: sampleInput.articles.filter((a) => a.id !== 'art-wire'),
      claims: sampleInput.claims.slice(2).filter((c) => c.articleId !== 'art-wire'),
      links: []
    }
    const { dialog } = show(planOf(mine, sampleInput))
    expect(dialog).toHaveTextContent('add 1 article, 8 claims and 7 links')
    expect(dialog).toHaveTextContent('put 2 new claims on articles you already have')
    expect(dialog).toHaveTextContent('put 1 new article into your case “Our case”')
  })

  it('says which claims would be placed again when the article’s text is taken', async () => {
    const user = userEvent.setup()
    const article = sampleInput.articles.find((a) => a.id === 'art-wire')!
    const theirs = {
      ...sampleInput,
      articles: sampleInput.articles.map((a) => (a.id === article.id ? { ...a, text: `Updated. ${a.text}` } : a))
    }
    const { dialog } = show(planOf(sampleInput, theirs))
    expect(within(dialog).getByRole('row', { name: /^text/ })).toHaveTextContent(
      /^text1,328 characters: .*1,337 characters: Updated\. /
    )
    expect(dialog).not.toHaveTextContent('placed again')
    await user.click(within(dialog).getByRole('checkbox'))
    expect(dialog).toHaveTextContent(`6 claims of “${article.title}” placed again in the text it will have.`)
  })
})
