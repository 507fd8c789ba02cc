// Loads the team from the Node side, and again after each change made here.
import { useCallback, useEffect } from 'react';
import { useAppClient } from '../../platform/app-client.ts';
import { useTeamStore } from '../../stores/team-store.ts';

export function useTeamProfiles(): { reload: () => Promise<void> } {
  const client = useAppClient();
  const setProfiles = useTeamStore((s) => s.setProfiles);
  const reload = useCallback(async () => {
    setProfiles((await client.call('team:getProfiles', {})).profiles);
  }, [client, setProfiles]);
  return { reload };
}

/** The first load, at start. */
export function useLoadTeam(onError: (error: unknown) => void): void {
  const { reload } = useTeamProfiles();
  useEffect(() => {
    reload().catch(onError);
  }, [reload, onError]);
}
