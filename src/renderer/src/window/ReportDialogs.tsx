/** The export, import and restore dialogs, fed what a report is made of (claims, links, unreported rows). */
import { useMemo } from 'react'
import type { Suggestion } from '../claims/suggestions'
import type { useClaims } from '../claims/useClaims'
import type { useCompareView } from '../compare/useCompareView'
import { ExportDialogs } from '../export/ExportDialogs'
import type { useExports } from '../export/useExports'
import { useUnreported } from '../export/unreported'

interface ReportDialogsProps {
  exports: ReturnType<typeof useExports>
  claims: ReturnType<typeof useClaims>
  compare: ReturnType<typeof useCompareView>
  suggestions: readonly Suggestion[]
}

export function ReportDialogs({ exports, claims, compare, suggestions }: ReportDialogsProps) {
  const unreported = useUnreported(compare.state.caseRows, claims.claims)
  // the report preview is made again when what a report is made of changes
  const { links } = compare.state
  const storeVersion = useMemo(
    () => `${claims.claims.map((c) => c.updatedAt).join()}|${links.map((l) => l.id).join()}`,
    [claims.claims, links]
  )
  return (
    <ExportDialogs
      exports={exports}
      unreported={unreported}
      onAccept={(ids) => void claims.commands.accept(suggestions.filter((s) => ids.includes(s.id)))}
      storeVersion={storeVersion}
    />
  )
}
