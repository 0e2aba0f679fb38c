/** Files dragged onto the window: the overlay while they hover, an import when they drop. */
import { useState, type DragEvent } from 'react'
import type { OpenedFile } from '@core/bridge'
import { readBrowserFile } from '../platform'

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files')

export function useFileDrop(importDropped: (files: OpenedFile[]) => unknown) {
  const [dragDepth, setDragDepth] = useState(0)
  const handlers = {
    onDragEnter: (event: DragEvent) => hasFiles(event) && setDragDepth((d) => d + 1),
    onDragLeave: (event: DragEvent) => hasFiles(event) && setDragDepth((d) => Math.max(0, d - 1)),
    onDragOver: (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
    },
    onDrop: (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      setDragDepth(0)
      const files = Array.from(event.dataTransfer.files)
      void Promise.all(files.map((file) => readBrowserFile(file))).then(importDropped)
    }
  }
  return { dragging: dragDepth > 0, handlers }
}
