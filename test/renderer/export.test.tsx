/**
 * Exports in the reader (jsdom, a real Dexie store on fake-indexeddb) with a desktop-like platform
 * that records what it is asked to save and print: the file names, filters and contents the Save
 * dialog gets, the sandboxed preview, a refused bundle, and the restore confirmation.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { OpenedFile, PrintToPdfRequest, SaveFileRequest } from '@core/bridge'
import { exportBundle } from '../../src/renderer/src/db'
import { backupFileName, reportFileName, slugify } from '../../src/renderer/src/export/names'
import { appVersion } from '../../src/renderer/src/export/version'
import { renderReader } from './reader-harness'

// The first render seeds the sample case through the real ingest: slow on a busy two-core machine.
configure({ asyncUtilTimeout: 10_000 })

const bundleFixture = join(__dirname, '..', 'fixtures', 'report', 'sample.bundle.json')
function setUp(bundleFiles: OpenedFile[] = []) {
  const saved: SaveFileRequest[] = []
  const printed: PrintToPdfRequest[] = []
  const services = renderReader({
    platform: {
      kind: 'electron',
      saveFile: vi.fn(
        async (request: SaveFileRequest) => (
          saved.push(request),
          { saved: true as const, path: `/home/j/${request.suggestedName}` }
        )
      ),
      openBundleFile: vi.fn(async () => bundleFiles.splice(0, 1)),
      printToPdf: vi.fn(
        async (request: PrintToPdfRequest) => (
          printed.push(request),
          { saved: true as const, path: '/home/j/report.pdf' }
        )
      )
    }
  })
  return { services, saved, printed }
}

const file = (name: string, text: string): OpenedFile => ({ ok: true, name, bytes: new TextEncoder().encode(text) })
const ready = () => waitFor(() => expect(document.querySelectorAll('.pane')).toHaveLength(2))

describe('file names', () => {
  it.each([
    ['Al-Qaim (sample)', 'al-qaim-sample'],
    ['  Mosul — July 2017 ', 'mosul-july-2017'],
    ['القائم', 'القائم'],
    ['../../etc', 'etc'],
    ['!!!', '']
  ])('slugify(%j) = %j', (name, slug) => expect(slugify(name)).toBe(slug))

  it('names reports by case, article and format, and backups by day', () => {
    expect(reportFileName('md', 'Al-Qaim (sample)')).toBe('al-qaim-sample.md')
    expect(reportFileName('json', 'Al-Qaim (sample)', 'Oman Observer')).toBe(
      'al-qaim-sample-oman-observer.parallax.json'
    )
    expect(reportFileName('webannotation', '!!!')).toBe('parallax-report.annotations.jsonld')
    expect(backupFileName(new Date(2024, 5, 1, 23, 59))).toBe('parallax-backup-2024-06-01.json')
  })

  it('reports carry the version from package.json', () => {
    expect(appVersion).toBe(JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version)
  })
})

describe('exporting from the reader', { timeout: 20_000 }, () => {
  it('previews Markdown as text and HTML in a script-less sandboxed frame, then saves with the format filter', async () => {
    const user = userEvent.setup()
    const { saved } = setUp()
    await ready()
    await user.keyboard('{Control>}e{/Control}')
    const dialog = await screen.findByRole('dialog', { name: 'Export report' })
    const pre = await within(dialog).findByLabelText('Preview of the Markdown report')
    expect(pre.tagName).toBe('PRE')
    expect(pre.textContent).toMatch(/^# Claim report: Al-Qaim \(sample\)/)

    await user.click(within(dialog).getByRole('radio', { name: /HTML report/ }))
    const frame = await within(dialog).findByTitle('Preview of the HTML report')
    expect(frame.getAttribute('sandbox')).toBe('')
    expect(frame.getAttribute('srcdoc')).toContain('<h1')
    // The report's HTML is only ever the frame's document, never part of the app's.
    expect([...document.querySelectorAll('h1, h2')].filter((h) => h.textContent?.includes('Claim report'))).toEqual([])

    await user.selectOptions(within(dialog).getByRole('combobox'), 'right')
    await user.click(within(dialog).getByRole('button', { name: 'Export…' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0]).toMatchObject({
      suggestedName: 'al-qaim-sample-oman-observer.html',
      filter: { name: 'HTML report', extensions: ['html'] }
    })
    expect(saved[0]!.data).toContain('Al Qaim last IS bastion')
    expect(saved[0]!.data).not.toContain('Noose tightening around ISIL')
    expect(saved[0]!.data).toContain(`Parallax ${appVersion}`)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(
      await screen.findByText('Saved the HTML report to /home/j/al-qaim-sample-oman-observer.html.')
    ).toBeInTheDocument()
  })

  it('prints the case’s HTML report to PDF', async () => {
    const user = userEvent.setup()
    const { printed } = setUp()
    await ready()
    await user.keyboard('{Control>}p{/Control}')
    await waitFor(() => expect(printed).toHaveLength(1))
    expect(printed[0]!.suggestedName).toBe('al-qaim-sample.pdf')
    expect(printed[0]!.html).toMatch(/^<!DOCTYPE html>/i)
    expect(await screen.findByText('Saved the PDF report to /home/j/report.pdf.')).toBeInTheDocument()
  })

  it('backs up everything as one bundle named by the day', async () => {
    const user = userEvent.setup()
    const { saved, services } = setUp()
    await ready()
    await user.click(screen.getByRole('button', { name: 'More ▾' }))
    await user.click(screen.getByRole('menuitem', { name: 'Back up library…' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0]!.suggestedName).toBe(backupFileName(new Date()))
    expect(JSON.parse(saved[0]!.data as string)).toEqual(JSON.parse(JSON.stringify(await exportBundle(services.db))))
  })
})

describe('bundles in the reader', { timeout: 20_000 }, () => {
  it('refuses a broken bundle by name and reason and changes nothing', async () => {
    const user = userEvent.setup()
    const { services } = setUp([file('broken.json', '{"format": "parallax/2", "cases": []}')])
    await ready()
    const before = JSON.stringify(await exportBundle(services.db))
    await user.click(screen.getByRole('button', { name: 'More ▾' }))
    await user.click(screen.getByRole('menuitem', { name: 'Import bundle…' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('broken.json was not imported: nothing was changed.')
    expect(alert).toHaveTextContent('This is a parallax/2 bundle; this version of Parallax reads parallax/1.')
    expect(JSON.stringify(await exportBundle(services.db))).toBe(before)
  })

  it('asks before a restore replaces the library, and Cancel changes nothing', async () => {
    const user = userEvent.setup()
    const { services } = setUp([file('backup.json', readFileSync(bundleFixture, 'utf8'))])
    await ready()
    const before = JSON.stringify(await exportBundle(services.db))
    await user.click(screen.getByRole('button', { name: 'More ▾' }))
    await user.click(screen.getByRole('menuitem', { name: 'Restore from backup…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup?' })
    expect(dialog).toHaveTextContent('The backup backup.json holds 1 case, 3 articles and 20 claims.')
    expect(dialog).toHaveTextContent('replace everything in the library now: 1 case, 2 articles and 0 claims.')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(JSON.stringify(await exportBundle(services.db))).toBe(before)
  })
})
