/** The reader's own dialogs, the one its state names open: new case, rename, paste, details, replace text. */
import type { Claim } from '@core/model'
import type { Services } from '../app/services'
import type { useReader } from '../app/useReader'
import { MetadataDialog } from '../views/MetadataDialog'
import { NameDialog } from '../views/NameDialog'
import { PasteDialog } from '../views/PasteDialog'
import { ReplaceTextDialog } from '../views/ReplaceTextDialog'

interface ReaderDialogsProps {
  reader: ReturnType<typeof useReader>
  claims: readonly Claim[]
  services: Services
}

export function ReaderDialogs({ reader, claims, services }: ReaderDialogsProps) {
  const { dialog, setDialog, commands, kase } = reader
  const cancel = () => setDialog(null)
  switch (dialog?.kind) {
    case 'new-case':
      return (
        <NameDialog title="New case" submitLabel="Create" initial="" onSave={commands.createCase} onCancel={cancel} />
      )
    case 'rename-case':
      return (
        <NameDialog
          title="Rename case"
          submitLabel="Rename"
          initial={dialog.kase.name}
          onSave={(name) => commands.renameCase(dialog.kase, name)}
          onCancel={cancel}
        />
      )
    case 'paste':
      return <PasteDialog caseName={kase?.name ?? 'a new case'} onImport={commands.pasteText} onCancel={cancel} />
    case 'edit-article':
      return (
        <MetadataDialog
          article={dialog.article}
          onSave={(m) => commands.editArticle(dialog.article, m)}
          onCancel={cancel}
        />
      )
    case 'replace-text':
      return (
        <ReplaceTextDialog
          article={dialog.article}
          claimCount={claims.filter((c) => c.articleId === dialog.article.id).length}
          pickFile={() => services.platform.openFiles()}
          onReplace={(source) => commands.replaceText(dialog.article, source)}
          onCancel={cancel}
        />
      )
    default:
      return null
  }
}
