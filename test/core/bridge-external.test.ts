/**
 * bridge/external: which article addresses may be opened in the journalist's browser. A real
 * news address opens; a file, a script, a look-alike host or an address hiding a password does not,
 * and the reason is a sentence the journalist can read.
 */
import { describe, expect, it } from 'vitest'
import { externalUrlProblem, MAX_EXTERNAL_URL, openExternalProblem } from '@core/bridge'

describe('opening an article’s web address', () => {
  it('opens the web addresses of real articles', () => {
    expect(openExternalProblem(['https://www.omanobserver.om/al-qaim-last-is-bastion/'])).toBeNull()
    expect(
      openExternalProblem(['https://diyaruna.com/en_GB/articles/cnmi_di/features/2016/08/15/feature-01'])
    ).toBeNull()
    expect(openExternalProblem(['http://example.org/news?id=12#top'])).toBeNull()
  })

  it('refuses anything but http and https', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'mailto:desk@example.org', 'smb://host/share'])
      expect(openExternalProblem([url])).toBe('only http:// and https:// addresses are accepted.')
  })

  it('refuses a user name in the address and a host in look-alike letters', () => {
    expect(openExternalProblem(['https://bank.example@evil.example/'])).toBe(
      'the address holds a user name or password.'
    )
    expect(openExternalProblem(['https://аpple.com/'])).toMatch(/xn-- form/)
    expect(openExternalProblem(['https://example.org/a b'])).toMatch(/spaces or invisible/)
  })

  it('takes exactly one address, not too long', () => {
    expect(openExternalProblem([])).toBe('openExternal takes one web address.')
    expect(openExternalProblem(['https://a.example/', 'https://b.example/'])).toBe(
      'openExternal takes one web address.'
    )
    expect(externalUrlProblem('https://example.org/' + 'a'.repeat(MAX_EXTERNAL_URL))).toMatch(/longer than/)
    expect(externalUrlProblem(42)).toBe('there is no web address.')
  })
})
