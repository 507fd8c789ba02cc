// The team on this PC (kept by the Node side, team:getProfiles) and who is working in this window. The
// person is kept for the tab only, so a reload keeps them and another window asks again.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Profile } from '../../shared/team/profile.ts';

interface TeamState {
  /** null until loaded */
  profiles: Profile[] | null;
  personId: string | null;
  setProfiles: (profiles: Profile[]) => void;
  choose: (personId: string) => void;
  leave: () => void;
}

export const useTeamStore = create<TeamState>()(
  persist(
    (set) => ({
      profiles: null,
      personId: null,
      setProfiles: (profiles) => set({ profiles }),
      choose: (personId) => set({ personId }),
      leave: () => set({ personId: null }),
    }),
    { name: 'sohoa-person', storage: createJSONStorage(() => sessionStorage), partialize: ({ personId }) => ({ personId }) },
  ),
);

/** Who is working: a person of the team not retired, or null (then "Ai đang làm việc?" is asked). */
export function useCurrentPerson(): Profile | null {
  return useTeamStore((s) => s.profiles?.find((p) => p.id === s.personId && p.retiredAt === undefined) ?? null);
}

/** The person every write records. Screens that write are shown only once someone is working. */
export function useActor(): string {
  const person = useCurrentPerson();
  if (!person) throw new Error('no one is working: the screens that write are shown only once someone is');
  return person.id;
}
