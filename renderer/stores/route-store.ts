// Routes live in the URL hash, so a reload (or an app:// restart) comes back to the same screen.
import { create } from 'zustand';

/**
 * `focus: 'import'`: a book just created opens with the focus on its import button; `entryId`: the entry
 * to open first, as a re-check goes through a lot's entries (neither is kept in the URL).
 */
export type Route = { name: 'books' } | { name: 'book'; bookId: string; focus?: 'import'; entryId?: string } | { name: 'outbox' } | { name: 'team' } | { name: 'bookTeam'; bookId: string }
  | { name: 'keying'; batchId: string }
  | { name: 'arbitrate'; batchId: string }
  | { name: 'bookAudit'; bookId: string }
  | { name: 'audit'; auditId: string };

export function parseHash(hash: string): Route {
  if (hash === '#/outbox') return { name: 'outbox' };
  if (hash === '#/team') return { name: 'team' };
  const batch = /^#\/batches\/([0-9a-f-]{36})\/(keying|arbitrate)$/.exec(hash);
  if (batch) return { name: batch[2] === 'keying' ? 'keying' : 'arbitrate', batchId: batch[1]! };
  const team = /^#\/books\/([0-9a-f-]{36})\/(team|audit)$/.exec(hash);
  if (team) return team[2] === 'team' ? { name: 'bookTeam', bookId: team[1]! } : { name: 'bookAudit', bookId: team[1]! };
  const audit = /^#\/audits\/([0-9a-f-]{36})$/.exec(hash);
  if (audit) return { name: 'audit', auditId: audit[1]! };
  const match = /^#\/books\/([0-9a-f-]{36})$/.exec(hash);
  return match ? { name: 'book', bookId: match[1]! } : { name: 'books' };
}

export function routeHash(route: Route): string {
  if (route.name === 'book') return `#/books/${route.bookId}`;
  if (route.name === 'bookTeam') return `#/books/${route.bookId}/team`;
  if (route.name === 'bookAudit') return `#/books/${route.bookId}/audit`;
  if (route.name === 'audit') return `#/audits/${route.auditId}`;
  if (route.name === 'keying' || route.name === 'arbitrate') return `#/batches/${route.batchId}/${route.name}`;
  return route.name === 'outbox' ? '#/outbox' : route.name === 'team' ? '#/team' : '#/books';
}

interface RouteState {
  route: Route;
  navigate: (route: Route) => void;
}

export const useRouteStore = create<RouteState>()((set) => ({
  route: parseHash(window.location.hash),
  navigate: (route) => {
    window.location.hash = routeHash(route);
    set({ route });
  },
}));

// Only a hash changed by hand or by history moves the screen; one navigate() set already says nothing new.
window.addEventListener('hashchange', () => {
  if (routeHash(useRouteStore.getState().route) !== window.location.hash) useRouteStore.setState({ route: parseHash(window.location.hash) });
});
