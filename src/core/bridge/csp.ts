/**
 * The hash of the HTML report's one stylesheet (core/report html.ts). The export preview and the
 * browser's print frame show the report in a sandboxed `srcdoc` iframe, which inherits this
 * policy; allowing exactly that stylesheet by its hash lets the report look as it will on paper,
 * while no other inline style (and no inline script) is allowed. A test recomputes it: when the
 * report's CSS changes, the test fails and prints the new hash.
 */
export const REPORT_STYLE_HASH = "'sha256-H5RE8aCHXuVfKO6Ik4hcj/O55dCwu1UbLlD/VFUZsak='"

/**
 * The Content-Security-Policy of every page Parallax shows: only its own scripts and styles, no
 * remote origin, no inline script, no eval, no plugins, no framing. Images only from the app or
 * data: URLs (icons); imported articles never bring images in because they are shown as text.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${REPORT_STYLE_HASH}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  // the page reader (a sandboxed frame of the app's own page-reader.html); nothing else is framed
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * The page reader frame (renderer pageReader/frame.ts), built next to index.html, and its policy:
 * its one script, no request of any kind, framed only by the app. The documents it reads are
 * DOMParser's, which load nothing.
 */
export const PAGE_READER_FILE = 'page-reader.html'
export const PAGE_READER_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'"
].join('; ')
