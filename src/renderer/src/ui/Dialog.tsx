/**
 * A modal dialog: focus moves into it, Tab stays inside, the page behind it is inert, Escape
 * cancels, Enter submits the form, and focus returns where it was when it closes.
 */
import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react'

interface DialogProps {
  title: string
  submitLabel: string
  onSubmit: () => void
  onCancel: () => void
  children: ReactNode
  /** A problem to show above the buttons (validation, storage). */
  error?: string | null
  destructive?: boolean
  wide?: boolean
}

const focusable = 'input, textarea, select, button, [href], [tabindex]:not([tabindex="-1"])'

export function Dialog({ title, submitLabel, onSubmit, onCancel, children, error, destructive, wide }: DialogProps) {
  const titleId = useId()
  const ref = useRef<HTMLFormElement>(null)
  useModal(ref, onCancel)

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onCancel()
    } else if (event.key === 'Tab' && ref.current) keepTabInside(event, ref.current)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }

  return (
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <form
        ref={ref}
        className={wide ? 'dialog dialog-wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        onSubmit={submit}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        {error ? (
          <p className="dialog-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className={destructive ? 'danger' : 'primary'}>
            {submitLabel}
          </button>
        </div>
      </form>
    </div>
  )
}

/**
 * While the dialog is open: focus inside it, the page behind it inert, Escape anywhere cancels
 * the topmost dialog; on closing, focus goes back where it was.
 */
function useModal(ref: RefObject<HTMLFormElement | null>, onCancel: () => void) {
  const cancel = useRef(onCancel)
  cancel.current = onCancel
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    // The page behind a modal dialog is out of reach, for assistive technology too: everything
    // beside the dialog turns inert until it closes (the notices stay live: they are announced).
    const backdrop = ref.current?.parentElement
    const behind = Array.from(backdrop?.parentElement?.children ?? []).filter(
      (el): el is HTMLElement => el !== backdrop && !el.hasAttribute('inert') && !el.classList.contains('notices')
    )
    behind.forEach((el) => (el.inert = true))
    const first =
      ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current?.querySelector<HTMLElement>(focusable)
    first?.focus()
    // Escape cancels even when focus is not inside the form (a menu that closed as the dialog
    // opened may hand focus back to its button behind it); only the topmost dialog answers.
    const onWindowKey = (event: globalThis.KeyboardEvent) => {
      const modals = document.querySelectorAll('[aria-modal="true"]')
      if (event.key !== 'Escape' || event.defaultPrevented || modals[modals.length - 1] !== ref.current) return
      event.preventDefault()
      cancel.current()
    }
    window.addEventListener('keydown', onWindowKey)
    return () => {
      window.removeEventListener('keydown', onWindowKey)
      behind.forEach((el) => (el.inert = false))
      previous?.focus?.()
    }
  }, [ref])
}

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function keepTabInside(event: KeyboardEvent, form: HTMLElement) {
  const items = Array.from(form.querySelectorAll<HTMLElement>(focusable)).filter((e) => !e.hasAttribute('disabled'))
  const first = items[0]
  const last = items[items.length - 1]
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last?.focus()
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first?.focus()
  }
}
