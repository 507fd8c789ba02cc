// @vitest-environment node
// Property: whatever the faults and however the clerk verifies and edits while sync runs, every entry left
// verified ends stored on the server at its latest revision, nothing is stored that was not sent from an
// outbox row, and nothing is left waiting. Real HTTP to the reference API, real Node services.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { saveEntry, verifyEntry } from '../../../../renderer/db/entries-repository.ts';
import { syncHarness, type SyncHarness } from '../../support/sync-harness.ts';

const harnesses: SyncHarness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
});

const faultsArb = fc
  .record({
    e500: fc.integer({ min: 0, max: 25 }),
    e503: fc.integer({ min: 0, max: 15 }),
    e429: fc.integer({ min: 0, max: 15 }),
    dropBefore: fc.integer({ min: 0, max: 15 }),
    dropAfter: fc.integer({ min: 0, max: 20 }),
    hang: fc.integer({ min: 0, max: 3 }),
    maxBatch: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map((f) => [
    `500=${f.e500 / 100}`, `503=${f.e503 / 100}`, `429=${f.e429 / 100}:0`, `drop-before=${f.dropBefore / 100}`, `drop-after=${f.dropAfter / 100}`, `hang=${f.hang / 100}`,
    ...(f.maxBatch ? [`max-batch=${f.maxBatch}`] : []), `seed=${f.seed}`,
  ].join(','));

type Action = { kind: 'new' } | { kind: 'edit'; which: number; reverify: boolean } | { kind: 'pause'; ms: number };
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.constant({ kind: 'new' as const }),
  fc.record({ kind: fc.constant('edit' as const), which: fc.nat(), reverify: fc.boolean() }),
  fc.record({ kind: fc.constant('pause' as const), ms: fc.integer({ min: 0, max: 40 }) }),
);

const typed = (name: string) => ({ 'registration.number': '7', 'registration.date': '12/03/2003', 'child.fullName': name, 'child.sex': 'Nam', 'child.birthDate': '01/03/2003', 'child.birthPlace': 'xã Bình Lập' });

describe('sync under random faults and edits', () => {
  it('stores every verified entry at its latest revision, only what was queued, and leaves nothing waiting', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(faultsArb, fc.array(actionArb, { minLength: 1, maxLength: 10 }), async (faults, actions) => {
        const h = await syncHarness();
        harnesses.push(h);
        await h.runner.start();
        await h.startApi(faults);
        const ids: string[] = [];
        for (const action of actions) {
          if (action.kind === 'new' || ids.length === 0) ids.push(await h.verifiedEntry(`Đỗ Văn ${ids.length}`));
          else if (action.kind === 'edit') {
            const id = ids[action.which % ids.length]!;
            await saveEntry(h.db, { id, bookId: h.bookId, pageId: null, kind: 'birth', typed: typed(`Đỗ Văn ${action.which} sửa ${Date.now()}`) }, 'clerk');
            if (action.reverify) await verifyEntry(h.db, id, 'clerk', () => []);
            h.runner.kick();
          } else await new Promise((resolve) => setTimeout(resolve, action.ms));
        }
        await expect.poll(async () => h.db.outbox.where('state').anyOf('pending', 'sending').count(), { timeout: 60_000, interval: 50 }).toBe(0);

        const stored = await h.stored();
        const rows = await h.db.outbox.toArray();
        expect(rows.filter((r) => r.state === 'attention')).toEqual([]);
        for (const id of ids) {
          const entry = (await h.db.entries.get(id))!;
          if (entry.status === 'draft') continue;
          expect(entry.status).toBe('synced');
          expect(stored.filter((s) => s.entryId === id).map((s) => s.revision)).toEqual([entry.revision]);
        }
        // nothing on the server that no outbox row sent, and each at the revision that row carried
        const byOp = new Map(rows.map((r) => [r.opId, r]));
        for (const s of stored) expect(byOp.get(s.opId)?.revision).toBe(s.revision);
        expect(new Set(stored.map((s) => s.entryId)).size).toBe(stored.length);
        await h.close();
        harnesses.splice(harnesses.indexOf(h), 1);
      }),
      { numRuns: 60 },
    );
  });
});
