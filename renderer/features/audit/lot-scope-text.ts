// What a lot is made of, as the lots screens name it: a batch, the whole book, or what one person verified
// in a period.
import type { LotScope } from '../../../shared/audit/lot-audit.ts';
import { actorName, type Profile } from '../../../shared/team/profile.ts';
import type { Translate } from '../../i18n/use-t.ts';

export function lotScopeText(scope: LotScope, t: Translate, profiles: readonly Profile[]): string {
  if (scope.kind === 'batch') return t('batches.name', { number: scope.number });
  if (scope.kind === 'book') return t('lots.scopeBook');
  return t('lots.scopeOf', { name: actorName(scope.personId, profiles), from: scope.from, to: scope.to });
}
