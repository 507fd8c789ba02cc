// Which entries a lot holds from sync: those of a lot from its first audit until one accepts it
// (shared/audit/lot-audit.ts). Read by queueing to send (entries-repository.ts), by retrying a refused
// row, by deleting (not while the lot is audited) and by the lots' own writes.
import { holdsEntries, lotState, type LotAudit } from '../../shared/audit/lot-audit.ts';
import type { SohoaDatabase } from './database.ts';

/** A lot's audits, oldest first. */
export async function lotAudits(db: SohoaDatabase, lotId: string): Promise<LotAudit[]> {
  return (await db.lotAudits.where('lotId').equals(lotId).toArray()).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** The number of a lot being audited that holds the entry, if any: its sample is judged on the entries as they were drawn. */
export async function lotBeingAudited(db: SohoaDatabase, entryId: string): Promise<number | null> {
  for (const lot of await db.lots.where('entryIds').equals(entryId).toArray()) {
    if (lotState(await lotAudits(db, lot.id)) === 'auditing') return lot.number;
  }
  return null;
}

/** Whether an entry is in a lot being audited or rejected (inside the caller's transaction, over lots and lotAudits). */
export async function isHeld(db: SohoaDatabase, entryId: string): Promise<boolean> {
  for (const lot of await db.lots.where('entryIds').equals(entryId).toArray()) {
    if (holdsEntries(lotState(await lotAudits(db, lot.id)))) return true;
  }
  return false;
}

