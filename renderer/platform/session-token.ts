// Browser mode's token: the printed address carries it in its fragment (`#token=…`), which the browser
// never sends to a server. It is kept for this tab in sessionStorage (bound to this origin, port included,
// unlike a cookie, and gone with the tab) so that a reload keeps working, and taken out of the address bar
// at once, so that it is not left in history or shown over a clerk's shoulder.
const key = 'sohoa.token';

export function sessionToken(location: Location = window.location, storage: Storage = window.sessionStorage, history: History = window.history): string | null {
  const offered = /^#token=([A-Za-z0-9_-]+)$/.exec(location.hash)?.[1];
  if (offered !== undefined) {
    storage.setItem(key, offered);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }
  return storage.getItem(key);
}
