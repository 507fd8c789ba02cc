// A question that must be answered before something is removed: a modal dialog (focus kept inside, Esc
// cancels), focus on its first control when it opens and back on what opened it when it closes. What it
// asks is in `children`; the confirm button stays disabled while `canConfirm` is false. A refusal is shown
// in the dialog, in both languages, and nothing is closed.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { ErrorNotice } from './error-notice.tsx';

export interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  /** null: nothing can be confirmed (the dialog only explains why) */
  onConfirm: (() => Promise<void>) | null;
  onClose: () => void;
  canConfirm?: boolean;
  children: ReactNode;
}

export function ConfirmDialog({ title, confirmLabel, onConfirm, onClose, canConfirm = true, children }: ConfirmDialogProps) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    // showModal keeps focus inside and closes on Esc; jsdom has no showModal, where `open` does.
    if (element && typeof element.showModal === 'function') element.showModal();
    else element?.setAttribute('open', '');
    element?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    return () => opener?.focus();
  }, []);

  async function confirm() {
    if (!onConfirm) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (refused) {
      setError(refused);
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby={headingId} onCancel={onClose} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <h2 id={headingId}>{title}</h2>
        {children}
        {error !== null && <ErrorNotice error={error} />}
        <div className="confirm-dialog-actions">
          <button type="button" onClick={onClose}>{t('confirm.cancel')}</button>
          {onConfirm && (
            <button type="submit" className="danger" disabled={busy || !canConfirm}>
              {confirmLabel}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
