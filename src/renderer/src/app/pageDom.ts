/**
 * The DOM the ingest worker reads web pages with: core's page tree (parse5) built in linkedom's
 * worker build, as the CLI does with linkedom's Node build, so a page imports the same in both
 * and the window's thread only receives the article. Created with the worker's first page.
 */
import { DOMParser as LinkedomParser } from 'linkedom/worker'
import { pageWindow, type BlankDocument, type HtmlWindow } from '@core/ingest'

let window: HtmlWindow | undefined

export function workerPageWindow(): HtmlWindow {
  return (window ??= pageWindow(
    () => new LinkedomParser().parseFromString('<!doctype html><html></html>', 'text/html') as unknown as BlankDocument
  ))
}
