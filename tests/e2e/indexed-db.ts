// What IndexedDB holds, read straight from the browser's object stores (not through the app's code), so
// an end-to-end test checks what was really written.
import type { Page } from '@playwright/test';

export function readStores<T extends Record<string, unknown[]>>(page: Page, stores: (keyof T & string)[]): Promise<T> {
  return page.evaluate(async (names) => {
    const open = indexedDB.open('sohoa');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    const result: Record<string, unknown[]> = {};
    for (const name of names) result[name] = await all(name);
    db.close();
    return result;
  }, stores) as Promise<T>;
}
