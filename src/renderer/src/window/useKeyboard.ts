/** Connects the window's keys and the application menu to the reader: keys.ts decides, this runs it. */
import { useEffect, useRef } from 'react'
import { isMac, isTextField, type Command } from '../app/shortcuts'
import type { Services } from '../app/services'
import type { useClaims } from '../claims/useClaims'
import type { Suggestion } from '../claims/suggestions'
import { keyAction, type KeyAction } from './keys'

type Claims = ReturnType<typeof useClaims>

interface KeyTargets {
  claims: Claims
  suggestion: Suggestion | null
  run: (command: Command) => void
}

function carryOut(action: KeyAction, { claims, suggestion, run }: KeyTargets) {
  switch (action.kind) {
    case 'accept-suggestion':
      return void claims.commands.accept([suggestion!])
    case 'reject-suggestion':
      return void claims.commands.reject(suggestion!)
    case 'reattach':
      return void claims.commands.reattach()
    case 'tag':
      return void claims.commands.tag(action.claimKind)
    case 'run':
      return run(action.command)
  }
}

export function useKeyboard(services: Services, busy: boolean, targets: KeyTargets) {
  const latest = useRef(targets)
  latest.current = targets
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { claims, suggestion } = latest.current
      const action = keyAction(event, {
        busy,
        inTextField: isTextField(event.target),
        inClaimList: !!(event.target as HTMLElement).closest?.('.claim-list'),
        suggestion: !!suggestion,
        pending: !!claims.pending,
        reattach: !!claims.reattachClaim,
        editing: !!claims.editing,
        menuOwnsShortcuts: services.platform.menuOwnsShortcuts,
        mac: isMac()
      })
      if (!action) return
      if (action.kind === 'dismiss-notice') {
        if (!document.querySelector('[aria-modal="true"]') && services.notices.dismissLatest()) event.preventDefault()
        return
      }
      event.preventDefault()
      carryOut(action, latest.current)
    }
    window.addEventListener('keydown', onKey)
    const stopMenu = services.platform.onMenuCommand((command) => latest.current.run(command))
    return () => {
      window.removeEventListener('keydown', onKey)
      stopMenu()
    }
  }, [services.platform, services.notices, busy])
}
