// The re-check of a rejected lot, beside the entry in the workspace: why the lot came back (the errors the
// audit found, this entry's first), how much of the lot is gone through again, and the step that records
// this entry as re-checked. That step is the form's own verifying (Ctrl+Enter), which saves what is typed
// first: a corrected entry is verified again, an unchanged one stays verified, and either counts.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Entry } from '../../../shared/domain/entry.ts';
import { useDatabase } from '../../app/database-context.ts';
import { rechecks } from '../../db/lots-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { AuditFindings } from './audit-findings.tsx';
import { loadAuditWork } from './audit-work.ts';

export function RecheckPanel({ entry, onOpen }: { entry: Entry; onOpen: (entryId: string) => void }) {
  const db = useDatabase();
  const { t } = useT();
  const lots = useLiveQuery(async () => {
    const found = await rechecks(db, { entryId: entry.id });
    return Promise.all(found.map(async (recheck) => ({ ...recheck, work: await loadAuditWork(db, recheck.rejected.id) })));
  }, [db, entry.id]);
  if (!lots || lots.length === 0) return null;
  return (
    <>
      {lots.map(({ lot, rejected, left, work }) => {
        const mine = rejected.findings.filter((finding) => finding.entryId === entry.id);
        const others = rejected.findings.filter((finding) => finding.entryId !== entry.id);
        const next = left.find((id) => id !== entry.id);
        const done = left.includes(entry.id) ? 'recheck.entryLeft' : 'recheck.entryDone';
        return (
          <section key={lot.id} className="notice recheck-panel" aria-label={t('recheck.heading', { number: lot.number })}>
            <p><strong>{t('recheck.heading', { number: lot.number })}</strong></p>
            <p>{t('recheck.why', { defects: rejected.decision!.defects, n: rejected.sample.length, re: rejected.plan.re })}</p>
            <p role="status">
              {t('recheck.progress', { done: lot.entryIds.length - left.length, total: lot.entryIds.length })} · {t(done)}
            </p>
            {work && mine.length > 0 && <AuditFindings work={work} findings={mine} caption={t('recheck.foundHere', { count: mine.length })} />}
            {work && others.length > 0 && (
              <details>
                <summary>{t('recheck.foundElsewhere', { count: others.length })}</summary>
                <AuditFindings work={work} findings={others} caption={t('recheck.foundElsewhere', { count: others.length })} />
              </details>
            )}
            {next !== undefined && <button type="button" className="link-button" onClick={() => onOpen(next)}>{t('recheck.next', { left: left.length })}</button>}
          </section>
        );
      })}
    </>
  );
}
