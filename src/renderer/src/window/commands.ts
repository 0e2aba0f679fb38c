/** The window's commands by name (menu, shortcuts, buttons), handed to the reader, claims and exports. */
import type { RefObject } from 'react'
import type { Command } from '../app/shortcuts'
import type { useReader } from '../app/useReader'
import type { useClaims } from '../claims/useClaims'
import type { useExports } from '../export/useExports'

interface CommandTargets {
  reader: ReturnType<typeof useReader>
  claims: ReturnType<typeof useClaims>
  exports: ReturnType<typeof useExports>
  filterRef: RefObject<HTMLInputElement | null>
}

export function runCommand(command: Command, { reader, claims, exports, filterRef }: CommandTargets) {
  const { commands, setDialog } = reader
  switch (command) {
    case 'open-files':
      return void commands.openFiles()
    case 'paste-text':
      return setDialog({ kind: 'paste' })
    case 'new-case':
      return setDialog({ kind: 'new-case' })
    case 'find':
    case 'show-library':
      return filterRef.current?.focus()
    case 'undo':
      return void commands.undo()
    case 'redo':
      return void commands.redo()
    case 'export':
      return exports.commands.openExport()
    case 'print-pdf':
      return exports.commands.printPdf()
    case 'import-bundle':
      return void exports.commands.importBundle()
    case 'backup':
      return void exports.commands.backup()
    case 'restore':
      return void exports.commands.restore()
    case 'close-dialog':
      if (claims.editing) return claims.setEditingId(null)
      if (claims.pending) return claims.setPending(null)
      if (claims.reattachClaim) return claims.setReattachId(null)
      return setDialog(null)
  }
}
