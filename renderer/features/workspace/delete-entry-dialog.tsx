// Deleting an entry asks why: one of the usual reasons, or the clerk's own words. The audit keeps the
// reason in Vietnamese, as the register is kept, whatever the UI language.
import { useId, useState } from 'react';
import { useDatabase } from '../../app/database-context.ts';
import { ConfirmDialog } from '../../app/confirm-dialog.tsx';
import { deleteEntry } from '../../db/entries-repository.ts';
import { messages, type MessageKey } from '../../i18n/messages.ts';
import { useT } from '../../i18n/use-t.ts';

const reasons: MessageKey[] = ['delete.reason.duplicate', 'delete.reason.mistake', 'delete.reason.wrongPage'];
const other = 'other';

export function DeleteEntryDialog({ entryId, entryNo, actor, onDeleted, onClose }: { entryId: string; entryNo: string; actor: string; onDeleted: () => void; onClose: () => void }) {
  const db = useDatabase();
  const { t } = useT();
  const name = useId();
  const [choice, setChoice] = useState<string>('');
  const [text, setText] = useState('');
  const reason = choice === other ? text : choice === '' ? '' : messages[choice as MessageKey].vi;

  return (
    <ConfirmDialog
      title={t('delete.entry.title', { no: entryNo || '—' })}
      confirmLabel={t('delete.entry.confirm')}
      canConfirm={reason.trim() !== ''}
      onConfirm={async () => {
        await deleteEntry(db, entryId, reason, actor);
        onDeleted();
      }}
      onClose={onClose}
    >
      <fieldset>
        <legend>{t('delete.reason')}</legend>
        {[...reasons, other].map((key) => (
          <label key={key} className="choice">
            <input type="radio" name={name} value={key} checked={choice === key} onChange={() => setChoice(key)} />
            {key === other ? t('delete.reason.other') : t(key as MessageKey)}
          </label>
        ))}
        {choice === other && (
          <label className="field">
            {t('delete.reason.text')}
            <input type="text" value={text} maxLength={500} required onChange={(event) => setText(event.target.value)} autoFocus />
          </label>
        )}
      </fieldset>
      <p className="muted">{t('delete.entry.kept')}</p>
    </ConfirmDialog>
  );
}
