// The workspace's shortcuts, listed where F1 opens them. Keys were chosen clear of what Vietnamese input
// methods take (Unikey and EVKey switch with Ctrl+Shift and Alt+Z, Telex and VNI type letters and
// digits) and of the browser's and the OS's own (Ctrl+Tab, Ctrl+PageUp/PageDown, Alt+Left/Right, Alt+Tab).
import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useT } from '../../i18n/use-t.ts';

export const shortcuts: { keys: string; does: MessageKey }[] = [
  { keys: 'F1 / ?', does: 'keys.help' },
  { keys: 'Tab / Shift+Tab', does: 'keys.nextField' },
  { keys: 'Enter', does: 'keys.accept' },
  { keys: '↓ / ↑, Enter, Esc', does: 'keys.suggestions' },
  { keys: 'F2 / Shift+F2', does: 'keys.attention' },
  { keys: 'F8 / F9', does: 'keys.marks' },
  { keys: 'Ctrl+Enter', does: 'keys.verify' },
  { keys: 'Ctrl+Z / Ctrl+Y', does: 'keys.undo' },
  { keys: 'Ctrl+S', does: 'keys.save' },
  { keys: 'Alt+PageDown / Alt+PageUp', does: 'keys.entries' },
  { keys: 'Alt+Shift+PageDown / Alt+Shift+PageUp', does: 'keys.pages' },
];

export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    // showModal keeps focus inside and closes on Esc; jsdom has no showModal, where `open` does.
    if (element && typeof element.showModal === 'function') element.showModal();
    else element?.setAttribute('open', '');
  }, []);

  return (
    <dialog ref={dialog} className="keyboard-help" aria-labelledby="keyboard-help-heading" onClose={onClose} onCancel={onClose}>
      <h2 id="keyboard-help-heading">{t('keys.heading')}</h2>
      <table className="data-table">
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.keys}>
              <th scope="row"><kbd>{shortcut.keys}</kbd></th>
              <td>{t(shortcut.does)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" autoFocus onClick={onClose}>{t('keys.close')}</button>
    </dialog>
  );
}
