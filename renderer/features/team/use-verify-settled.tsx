// Pass B's last keying of an entry, or the checker's last decision on it, verifies it as the workspace's
// verify would: its own errors and its number used again that year keep it a draft, with its pass A, for
// its operator to correct. Whoever settled it is told so, until they dismiss it: they moved on already.
import { useCallback, useState, type ReactNode } from 'react';
import { useDatabase } from '../../app/database-context.ts';
import { ErrorNotice } from '../../app/error-notice.tsx';
import { verifySettled } from '../../db/entries-repository.ts';
import { bookNumberingErrors } from '../workspace/use-registration-findings.ts';

export function useVerifySettled(): { verify: (entryId: string, actor: string) => Promise<void>; heldBack: ReactNode } {
  const db = useDatabase();
  const [refusals, setRefusals] = useState<readonly unknown[]>([]);
  const verify = useCallback(
    (entryId: string, actor: string) =>
      verifySettled(db, entryId, actor, (book) => bookNumberingErrors(db)(book, entryId)).catch((refusal: unknown) => {
        setRefusals((was) => [...was, refusal]);
      }),
    [db],
  );
  const heldBack = refusals.map((refusal, i) => <ErrorNotice key={i} error={refusal} onDismiss={() => setRefusals((was) => was.filter((other) => other !== refusal))} />);
  return { verify, heldBack };
}
