/** ingest/email: a forwarded e-mail pasted in: its header block off, its subject as the title. */
import { describe, expect, it } from 'vitest'
import { unwrapForwardedEmail } from '../../src/core/ingest/email'

describe('a forwarded e-mail', () => {
  it('gives the forwarded text and its subject', () => {
    const mail =
      '---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\nDate: Tue, 2 Aug 2016 at 10:00\n' +
      'Subject: Strikes on al-Qaim\nTo: me@example.org\n\nIraqi strikes killed 12 militants, the command said.'
    const unwrapped = unwrapForwardedEmail(mail)
    expect(unwrapped?.subject).toBe('Strikes on al-Qaim')
    expect(unwrapped?.text.trim()).toBe('Iraqi strikes killed 12 militants, the command said.')
  })

  it('is nothing for text that is not a forwarded e-mail', () => {
    expect(unwrapForwardedEmail('From the start, the strikes targeted ISIL leaders.')).toBeNull()
  })
})
