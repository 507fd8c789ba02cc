// "Việc của bạn": the batches given to the person working, with what is left of each: keying pass A (the
// book's workspace), pass B (blind, field by field), or settling what the two passes keyed differently;
// and the audit lots rejected with entries they keyed, to re-check (the workspace, at the first one left).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { mayArbitrate } from '../../../shared/team/batches.ts';
import { useDatabase } from '../../app/database-context.ts';
import { keyedBy, rechecks } from '../../db/lots-repository.ts';
import { loadBatchWork } from '../../db/team-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { useRouteStore } from '../../stores/route-store.ts';
import { useCurrentPerson } from '../../stores/team-store.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { useWorkPackages } from './use-work-packages.ts';

interface Task {
  key: string;
  kind: 'A' | 'B' | 'arbitrate' | 'recheck';
  /** the batch, or the audit lot to re-check */
  batchId: string;
  bookId: string;
  number: number;
  book: string;
  left: number;
  /** the batch came in a work package for this pass: its result goes back as a file */
  received: boolean;
  /** a re-check: the first of its entries left to this person */
  entryId?: string;
}

export function MyWork() {
  const db = useDatabase();
  const { t } = useT();
  const me = useCurrentPerson();
  const navigate = useRouteStore((s) => s.navigate);
  const packages = useWorkPackages();
  const [error, setError] = useState<unknown>(null);
  const tasks = useLiveQuery(async () => {
    if (!me) return [];
    const found: Task[] = [];
    for (const batch of await db.batches.toArray()) {
      const mine = batch.passA === me.id || batch.passB === me.id || mayArbitrate(me, batch);
      if (!mine) continue;
      const work = await loadBatchWork(db, batch.id);
      if (!work) continue;
      const book = `${work.book.communeAsWritten}, ${t('books.volume').toLowerCase()} ${work.book.volume}`;
      const base = { batchId: batch.id, bookId: batch.bookId, number: batch.number, book };
      if (batch.passA === me.id) {
        // an entry whose passes agree and is still a draft was kept back by its errors: pass A is to correct it
        const open = new Set(work.fields.filter((f) => f.state === 'waiting' || f.state === 'differs').map((f) => f.entry.id));
        const left = await db.entries.where('pageId').anyOf(batch.pageIds).filter((e) => e.status === 'draft' && (!e.passA || !open.has(e.id))).count();
        found.push({ ...base, key: `${batch.id}:A`, kind: 'A', left, received: batch.received?.pass === 'A' });
      }
      if (batch.passB === me.id && work.keyFields.length > 0) found.push({ ...base, key: `${batch.id}:B`, kind: 'B', left: work.fields.filter((f) => !f.keying).length, received: batch.received?.pass === 'B' });
      const differs = work.fields.filter((f) => f.state === 'differs').length;
      if (mayArbitrate(me, batch) && differs > 0) found.push({ ...base, key: `${batch.id}:arbitrate`, kind: 'arbitrate', left: differs, received: false });
    }
    for (const { lot, left } of await rechecks(db)) {
      const operators = await keyedBy(db, left, lot.createdAt);
      const mine = left.filter((id) => operators.get(id) === me.id);
      const book = await db.books.get(lot.bookId);
      if (mine.length === 0 || !book) continue;
      const name = `${book.communeAsWritten}, ${t('books.volume').toLowerCase()} ${book.volume}`;
      found.push({ key: `${lot.id}:recheck`, kind: 'recheck', batchId: lot.id, bookId: lot.bookId, number: lot.number, book: name, left: mine.length, received: false, entryId: mine[0]! });
    }
    return found;
  }, [db, me, t]);
  if (!tasks || tasks.length === 0) return null;
  const open = (task: Task) =>
    navigate(
      task.kind === 'A' ? { name: 'book', bookId: task.bookId }
        : task.kind === 'recheck' ? { name: 'book', bookId: task.bookId, entryId: task.entryId! }
          : task.kind === 'B' ? { name: 'keying', batchId: task.batchId } : { name: 'arbitrate', batchId: task.batchId },
    );
  return (
    <section className="card my-work" aria-labelledby="my-work-heading">
      <h2 id="my-work-heading">{t('work.heading')}</h2>
      <ul className="plain-list">
        {tasks.map((task) => (
          <li key={task.key}>
            <button type="button" className="link-button" onClick={() => open(task)}>
              {t(`work.${task.kind}`, { number: task.number, book: task.book, left: task.left })}
            </button>
            {task.received && (task.kind === 'A' || task.kind === 'B') && (
              <button
                type="button"
                className="export-result"
                disabled={!packages.ready}
                aria-label={t('package.exportResultLabel', { number: task.number, pass: task.kind })}
                onClick={() => void packages.exportResult(task.batchId).catch(setError)}
              >
                {t('package.exportResult')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
    </section>
  );
}
