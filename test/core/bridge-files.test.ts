/**
 * bridge/files: the file names and save requests main accepts from the renderer. A report saved
 * under a case's name lands as a harmless file of the kind the dialog says, never a program, a
 * hidden file or a name that reads backwards.
 */
import { describe, expect, it } from 'vitest'
import {
  isOpenBundleFileRequest,
  MAX_FILE_NAME,
  printToPdfProblem,
  safeFileName,
  saveFileProblem,
  withSaveExtension
} from '@core/bridge'

const markdown = { name: 'Markdown report', extensions: ['md'] }

describe('a case name as a file name', () => {
  it('keeps a plain and an Arabic case name, and replaces path separators', () => {
    expect(safeFileName('Al-Qaim strikes, summer 2016.md')).toBe('Al-Qaim strikes, summer 2016.md')
    expect(safeFileName('ضربات القائم.md')).toBe('ضربات القائم.md')
    expect(safeFileName('Gaza/Rafah: 12 May?.md')).toBe('Gaza-Rafah- 12 May-.md')
  })

  it('defuses hidden files, Windows device names and a reversed extension', () => {
    expect(safeFileName('../../.bashrc')).toBe('bashrc')
    expect(safeFileName('con.md')).toBe('_con.md')
    expect(safeFileName('photo\u202Egpj.exe')).not.toContain('\u202E')
    expect(safeFileName('   ')).toBe('Parallax report')
  })

  it('cuts a very long title but keeps its extension', () => {
    const name = safeFileName('Casualty figures '.repeat(20) + '.annotations.jsonld')
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME)
    expect(name.endsWith('.jsonld')).toBe(true)
  })
})

describe('what a save names and writes', () => {
  it('adds the dialog’s extension unless the name already has one of them', () => {
    expect(withSaveExtension('case.parallax.json', ['json'])).toBe('case.parallax.json')
    expect(withSaveExtension('report.desktop', ['md'])).toBe('report.desktop.md')
    expect(withSaveExtension('Report.MD', ['md'])).toBe('Report.MD')
  })

  it('accepts a report and refuses programs, empty names and missing data', () => {
    expect(saveFileProblem([{ suggestedName: 'report.md', filter: markdown, data: '# Report' }])).toBeNull()
    expect(saveFileProblem([{ suggestedName: 'report.md', filter: markdown, data: new Uint8Array(3) }])).toBeNull()
    expect(
      saveFileProblem([{ suggestedName: 'run.exe', filter: { name: 'Program', extensions: ['exe'] }, data: 'x' }])
    ).toMatch(/extensions among md, html, csv, json, jsonld/)
    expect(saveFileProblem([{ suggestedName: '', filter: markdown, data: 'x' }])).toBe('saveFile needs a file name.')
    expect(saveFileProblem([{ suggestedName: 'report.md', filter: markdown }])).toBe(
      'saveFile needs text or bytes to write.'
    )
    expect(saveFileProblem([])).toBe('saveFile takes one request object.')
  })

  it('prints a PDF only from an HTML document with a name; opening a bundle takes nothing', () => {
    expect(printToPdfProblem([{ html: '<!doctype html><p>Report</p>', suggestedName: 'report.pdf' }])).toBeNull()
    expect(printToPdfProblem([{ html: '', suggestedName: 'report.pdf' }])).toBe('printToPdf needs an HTML document.')
    expect(printToPdfProblem([{ html: '<p>x</p>' }])).toBe('printToPdf needs a file name.')
    expect(isOpenBundleFileRequest([])).toBe(true)
    expect(isOpenBundleFileRequest(['/etc/passwd'])).toBe(false)
  })
})
