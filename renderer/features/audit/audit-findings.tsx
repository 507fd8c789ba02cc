// The errors an audit found, in sample order and each entry's fields in the form's order: the entry, the
// field, what was entered and what the register says, with the letters that differ marked.
import type { Finding } from '../../../shared/audit/lot-audit.ts';
import { fieldLabel, recordFields } from '../../../shared/domain/record-kinds.ts';
import { fieldKey } from '../../../shared/team/reconciliation.ts';
import { useT } from '../../i18n/use-t.ts';
import { KeyedText } from '../team/keyed-text.tsx';
import type { AuditWork } from './audit-work.ts';

export function AuditFindings({ work, findings, caption }: { work: AuditWork; findings: readonly Finding[]; caption: string }) {
  const { t, pick } = useT();
  const { audit, book, entries, pages } = work;
  const fieldOrder = recordFields[book.kind].map((definition) => definition.key);
  const place = (f: Finding) => [audit.sample.indexOf(f.entryId), fieldOrder.indexOf(f.field)] as const;
  const sorted = [...findings].sort((a, b) => place(a)[0] - place(b)[0] || place(a)[1] - place(b)[1]);
  return (
    <table className="data-table audit-findings">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('auditScreen.entryNo')}</th>
          <th scope="col">{t('auditScreen.page')}</th>
          <th scope="col">{t('auditScreen.field')}</th>
          <th scope="col">{t('auditScreen.foundRight')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((finding) => {
          const entry = entries.get(finding.entryId);
          const page = entry?.pageId ? pages.get(entry.pageId) : undefined;
          return (
            <tr key={fieldKey(finding.entryId, finding.field)}>
              <td>{entry?.entryNo || '—'}</td>
              <td>{page ?? '—'}</td>
              <td>{pick(fieldLabel(book.kind, finding.field))}</td>
              <td>
                <KeyedText value={finding.found} other={finding.right} t={t} /> → <KeyedText value={finding.right} other={finding.found} t={t} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
