// The head of an audit: the lot and what it is made of, its plan stated in full as ISO 2859-1 gives it,
// what is counted, the seed its sample was drawn from, and how far the sample is gone through.
import { auditStanding, type LotAudit } from '../../../shared/audit/lot-audit.ts';
import { recordKindLabels } from '../../../shared/domain/record-kinds.ts';
import { useT } from '../../i18n/use-t.ts';
import { useTeamStore } from '../../stores/team-store.ts';
import type { AuditWork } from './audit-work.ts';
import { lotScopeText } from './lot-scope-text.ts';

/** `audit`: the audit with what this screen recorded and may still be writing. */
export function AuditFacts({ work, audit }: { work: AuditWork; audit: LotAudit }) {
  const { t, pick, language } = useT();
  const profiles = useTeamStore((s) => s.profiles) ?? [];
  const { lot, book } = work;
  const { plan } = audit;
  // Vietnamese writes a decimal comma: AQL 0,65
  const decimal = (n: number, digits: number) => n.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits });
  const standing = auditStanding(audit);
  const letter = plan.planLetter === plan.codeLetter ? plan.codeLetter : t('auditScreen.planArrow', { code: plan.codeLetter, plan: plan.planLetter });
  const progress = t('auditScreen.progress', { reviewed: standing.reviewed, n: audit.sample.length, defects: standing.defects });
  return (
    <div className="audit-facts">
      <p>{t('auditScreen.scope', { count: lot.entryIds.length, scope: lotScopeText(lot.scope, t, profiles), kind: pick(recordKindLabels[book.kind]), commune: book.communeAsWritten, volume: book.volume })}</p>
      <p>
        {t('auditScreen.plan', { level: plan.level, aql: decimal(plan.aql, 3), severity: t(`lots.severity.${plan.severity}`), letter, n: plan.sampleSize, ac: plan.ac, re: plan.re })}
      </p>
      {plan.fullInspection && <p>{t('auditScreen.fullInspection', { n: plan.planSampleSize, lot: plan.lotSize })}</p>}
      <p>
        {t('auditScreen.counting', { counting: t(audit.counting === 'nonconformities' ? 'lots.countFields' : 'lots.countEntries') })} · {t('auditScreen.seed', { seed: audit.seed })}
      </p>
      <p role="status" className="audit-progress">
        {audit.counting === 'nonconformities' ? `${progress} · ${t('auditScreen.per100', { rate: decimal(standing.per100Fields, 1) })}` : progress}
      </p>
    </div>
  );
}
