/**
 * Opening an article's web address in the journalist's own browser: which addresses may leave the
 * app, checked the same way by the renderer (before it asks the journalist) and by main (before
 * `shell.openExternal`). The address rule itself is src/core/url's, shared with ingest and reports.
 */

import { webAddressProblem } from '@core/url'

/** The one rule of src/core/url, under the names the contract has always used. */
export { MAX_WEB_ADDRESS as MAX_EXTERNAL_URL, webAddressProblem as externalUrlProblem } from '@core/url'

/** openExternal takes one argument, the address; why a call is refused, or null. */
export function openExternalProblem(args: readonly unknown[]): string | null {
  if (args.length !== 1) return 'openExternal takes one web address.'
  return webAddressProblem(args[0])
}
