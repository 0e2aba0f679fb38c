/** Core's page tree (parse5) built in linkedom's Node build: the DOM the CLI reads web pages with. */
import { DOMParser as LinkedomParser } from 'linkedom'
import { pageWindow, type BlankDocument, type HtmlWindow } from '@core/ingest'

function blankLinkedom(): BlankDocument {
  return new LinkedomParser().parseFromString('<!doctype html><html></html>', 'text/html') as unknown as BlankDocument
}

export function linkedomPageWindow(): HtmlWindow {
  return pageWindow(blankLinkedom)
}
