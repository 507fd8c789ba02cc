// Where sync stands, in words, from one source (the runner's status) for every screen that says it: the
// header, the outbox and the sign-in settings can never disagree.
import type { SyncSettings } from '../../../shared/api/app-api.ts';
import type { Translate } from '../../i18n/use-t.ts';
import type { SyncStatus } from './sync-runner.ts';

export function syncStateText(status: SyncStatus, t: Translate): string {
  if (status.phase === 'paused' && status.signIn === 'none') return t('sync.phase.signedOut');
  return t(`sync.phase.${status.phase}`);
}

/** What the settings say of the sign-in: what the API said of the token, not merely that one is kept. */
export function signInText(status: SyncStatus, settings: Pick<SyncSettings, 'signedIn' | 'tokenKept'>, t: Translate): string {
  if (!settings.signedIn) return t('sync.signedOut');
  const kept = t(`sync.signedIn.${settings.tokenKept}`);
  if (status.phase === 'local-down') return t('sync.signIn.localDown');
  if (status.signIn === 'refused') return t('sync.signIn.refused');
  if (status.signIn === 'accepted') return `${t('sync.signIn.accepted')} ${kept}`;
  return `${t('sync.signIn.unknown')} ${kept}`;
}
