/** The CSP's hash of the report stylesheet must match the stylesheet the HTML report carries. */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, REPORT_STYLE_HASH } from '@core/bridge'
import { renderHtml } from '@core/report'

describe('REPORT_STYLE_HASH', () => {
  it("is the sha256 of the HTML report's <style> content (update it when the report's CSS changes)", () => {
    const html = renderHtml(
      { cases: [], articles: [], claims: [], links: [] },
      { generatedAt: '2024-01-01T00:00:00.000Z', appVersion: 'test' }
    )
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)
    expect(styles).toHaveLength(1)
    const hash = `'sha256-${createHash('sha256').update(styles[0]!, 'utf8').digest('base64')}'`
    expect(REPORT_STYLE_HASH).toBe(hash)
  })

  it('allows that stylesheet and no other inline style or script', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]))
    expect(directives['style-src']).toBe(`style-src 'self' ${REPORT_STYLE_HASH}`)
    expect(directives['script-src']).toBe("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe')
  })
})
