/**
 * bridge/csp: the Content-Security-Policy of every page. An imported article or a report preview
 * can run no script of its own, load nothing from the web and not be framed; the report's one
 * stylesheet is allowed by its hash so the preview looks as it will on paper.
 */
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, REPORT_STYLE_HASH } from '@core/bridge'

const directives = new Map(
  CONTENT_SECURITY_POLICY.split('; ').map((d) => {
    const [name, ...values] = d.split(' ')
    return [name!, values] as const
  })
)

describe('the content security policy', () => {
  it('denies everything not named, plugins, base rewriting, form posts and framing', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('runs only the app’s own scripts: no inline script, no eval, no remote origin', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
    expect(directives.get('connect-src')).toEqual(["'self'"])
  })

  it('allows the report’s stylesheet by its sha256 hash and images only from the app or data: URLs', () => {
    expect(REPORT_STYLE_HASH).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/)
    expect(directives.get('style-src')).toEqual(["'self'", REPORT_STYLE_HASH])
    expect(directives.get('img-src')).toEqual(["'self'", 'data:'])
  })
})
