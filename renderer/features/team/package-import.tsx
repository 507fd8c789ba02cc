// Taking in a file from another PC: a work package (the batch to key here) or a result (the keyed batch,
// merged into the book). What was taken in is said; what both PCs changed is listed for the supervisor,
// each kept as the book has it until they choose.
import { useState } from 'react';
import { diffFields } from '../../../shared/domain/field-changes.ts';
import { fieldLabel } from '../../../shared/domain/record-kinds.ts';
import type { KeyedValue } from '../../../shared/team/keying-compare.ts';
import { actorName } from '../../../shared/team/profile.ts';
import { keyedValueOf } from '../../../shared/team/reconciliation.ts';
import type { PackageManifest } from '../../../shared/team/work-package.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import type { ImportedPackage, PackageConflict } from '../../db/work-package-repository.ts';
import { useT } from '../../i18n/use-t.ts';
import { useTeamStore } from '../../stores/team-store.ts';
import { usePlaceResolver } from '../places/use-place-resolver.ts';
import { KeyedText } from './keyed-text.tsx';
import { useWorkPackages } from './use-work-packages.ts';

function ConflictItem({ manifest, conflict, onSettled }: { manifest: PackageManifest; conflict: PackageConflict; onSettled: (heldBack: unknown[]) => void }) {
  const { t, pick } = useT();
  const packages = useWorkPackages();
  const profiles = useTeamStore((s) => s.profiles) ?? [];
  const [error, setError] = useState<unknown>(null);
  const settle = (choice: 'ours' | 'theirs') => packages.settle(manifest, conflict, choice).then(onSettled, setError);
  const label = (key: string) => pick(fieldLabel(manifest.book.kind, key));
  let heading: string;
  let rows: { field: string; ours: KeyedValue; theirs: KeyedValue }[];
  if (conflict.kind === 'entry') {
    const { ours, theirs } = conflict;
    const number = (ours ?? theirs)!.entryNo || '—';
    heading = t(!ours ? 'package.conflictDeletedHere' : !theirs ? 'package.conflictDeletedThere' : 'package.conflictEntry', { number });
    rows = diffFields(ours?.fields ?? {}, theirs?.fields ?? {}).map((change) => ({ field: change.field, ours: keyedValueOf(change.before ?? undefined), theirs: keyedValueOf(change.after ?? undefined) }));
  } else {
    heading = t(conflict.kind === 'keying' ? 'package.conflictKeying' : 'package.orphan', { field: label(conflict.theirs.field), name: actorName(conflict.theirs.by, profiles) });
    rows = conflict.kind === 'keying' ? [{ field: conflict.theirs.field, ours: keyedValueOf(conflict.ours), theirs: keyedValueOf(conflict.theirs) }] : [];
  }
  return (
    <li className="package-conflict">
      <p><strong>{heading}</strong></p>
      {rows.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('package.field')}</th>
              <th scope="col">{t('package.ours')}</th>
              <th scope="col">{t('package.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field}>
                <th scope="row">{label(row.field)}</th>
                <td><KeyedText value={row.ours} other={row.theirs} t={t} /></td>
                <td><KeyedText value={row.theirs} other={row.ours} t={t} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-actions">
        {conflict.kind === 'orphan' ? (
          <button type="button" onClick={() => void settle('ours')}>{t('package.understood')}</button>
        ) : (
          <>
            <button type="button" onClick={() => void settle('ours')}>{t('package.keepOurs')}</button>
            <button type="button" onClick={() => void settle('theirs')}>{t('package.takeTheirs')}</button>
          </>
        )}
      </div>
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
    </li>
  );
}

function Outcome({ imported }: { imported: ImportedPackage }) {
  const { t } = useT();
  const places = usePlaceResolver().value;
  const [open, setOpen] = useState<PackageConflict[]>(imported.kind === 'result' ? imported.conflicts : []);
  const [heldBack, setHeldBack] = useState<unknown[]>(imported.kind === 'result' ? imported.heldBack : []);
  const { manifest } = imported;
  const book = `${manifest.book.communeAsWritten}, ${t('books.volume').toLowerCase()} ${manifest.book.volume}`;
  const about = { number: manifest.batch.number, pass: manifest.pass, book, name: manifest.assignee.fullName, from: manifest.createdBy.fullName };
  if (imported.kind === 'work') {
    return (
      <div role="status">
        <p>{t('package.received', { ...about, pages: imported.pages, entries: imported.entries })}</p>
        {places && places.packVersion !== manifest.placeTableVersion && (
          <p className="muted">{t('package.placesDiffer', { theirs: manifest.placeTableVersion, ours: places.packVersion })}</p>
        )}
      </div>
    );
  }
  const changed = imported.added + imported.updated + imported.deleted + imported.keyed;
  return (
    <div>
      <p role="status">
        {changed === 0 && imported.conflicts.length === 0
          ? t('package.nothingNew', about)
          : t(manifest.pass === 'A' ? 'package.mergedA' : 'package.mergedB', { ...about, added: imported.added, updated: imported.updated, deleted: imported.deleted, keyed: imported.keyed, verified: imported.verified })}
      </p>
      {heldBack.map((refusal, i) => <ErrorNotice key={i} error={refusal} onDismiss={() => setHeldBack((was) => was.filter((other) => other !== refusal))} />)}
      {open.length > 0 && (
        <section aria-labelledby="package-conflicts-heading">
          <h3 id="package-conflicts-heading">{t('package.conflicts', { count: open.length })}</h3>
          <ul className="plain-list">
            {open.map((conflict) => {
              const key = conflict.kind === 'entry' ? (conflict.ours ?? conflict.theirs)!.id : conflict.theirs.id;
              const settled = (held: unknown[]) => {
                setOpen((list) => list.filter((c) => c !== conflict));
                setHeldBack((was) => [...was, ...held]);
              };
              return <ConflictItem key={key} manifest={manifest} conflict={conflict} onSettled={settled} />;
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The file button and what the last file did. */
export function PackageImport({ compact = false }: { compact?: boolean }) {
  const { t } = useT();
  const packages = useWorkPackages();
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState<ImportedPackage | null>(null);
  const [error, setError] = useState<unknown>(null);
  const take = async (file: File) => {
    setBusy(true);
    setError(null);
    setImported(null);
    try {
      setImported(await packages.importFile(file));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={compact ? 'package-import' : 'card package-import'} aria-labelledby="package-import-heading">
      <h2 id="package-import-heading">{t('package.heading')}</h2>
      {!compact && <p className="muted">{t('package.explain')}</p>}
      <label className="file-button" aria-disabled={busy}>
        {busy ? t('package.reading') : t('package.pick')}
        <input
          className="visually-hidden"
          type="file"
          accept=".zip,application/zip"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void take(file);
          }}
        />
      </label>
      {error !== null && <ErrorNotice error={error} onDismiss={() => setError(null)} />}
      {imported && <Outcome key={imported.manifest.packageId} imported={imported} />}
    </section>
  );
}
