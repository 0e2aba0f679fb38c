/**
 * ingest/pdfcheck: a PDF's raw bytes scanned for an image declaring more pixels than a reader can
 * hold (an image bomb) before pdf.js opens it; real documents, scans included, pass untouched.
 */
import { describe, expect, it } from 'vitest'
import { findImageBomb, imageBombReason, MAX_IMAGE_PIXELS } from '../../src/core/ingest/pdfcheck'
import { fixtureBytes } from './fixtures'

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0))

/** A PDF object holding one image stream with this dictionary. */
const imageObject = (dictionary: string) =>
  latin1(
    `%PDF-1.7\n4 0 obj\n<< /Type /XObject /Subtype /Image ${dictionary} >>\nstream\n\x00\x00\x00\nendstream\nendobj\n`
  )

describe('real documents pass', () => {
  it('finds no bomb in papers, a printed article, Arabic text or a scanned page', () => {
    for (const file of ['tracemonkey.pdf', 'pdfjs_wikipedia.pdf', 'arabic-report.pdf', 'scanned-page.pdf']) {
      expect(findImageBomb(fixtureBytes(`documents/${file}`)), file).toBeNull()
    }
  })

  it('lets through a 600 dpi scan of an A3 page', () => {
    expect(findImageBomb(imageObject('/Width 7016 /Height 9921 /BitsPerComponent 8'))).toBeNull()
  })
})

describe('image bombs are refused', () => {
  it('refuses the giant JBIG2 page, whose size stands in its coded data', () => {
    expect(findImageBomb(fixtureBytes('documents/bomb_giant.pdf'))).toMatch(/image bomb/)
  })

  it('refuses an image whose dictionary declares billions of pixels', () => {
    expect(findImageBomb(imageObject('/Width 100000 /Height 100000'))).toBe(imageBombReason(100000, 100000))
  })

  it('does not take an indirect reference ("5 0 R") for a size', () => {
    expect(findImageBomb(imageObject('/Width 900000 0 R /Height 900000 0 R'))).toBeNull()
  })

  it('explains the refusal in pixels and says what to do with a real document', () => {
    const side = Math.sqrt(MAX_IMAGE_PIXELS) + 1
    expect(imageBombReason(side, side)).toMatch(/16,385 × 16,385 pixels \(268 million\).*print it to a new PDF/)
  })
})
