/**
 * The Content-Security-Policy of every page Parallax shows: only its own scripts and styles, no
 * remote origin, no inline script, no eval, no plugins, no framing. Images only from the app or
 * data: URLs (icons); imported articles never bring images in because they are shown as text.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
