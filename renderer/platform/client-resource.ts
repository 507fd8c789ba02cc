// Reference data the Node side serves (the place table, the surname list): fetched once per client,
// prepared once, then shared by every form. A failed load is tried again by the next screen rather
// than remembered; until it is ready, the hook answers null.
import { useEffect, useState } from 'react';
import { useAppClient, type AppClient } from './app-client.ts';

export interface ResourceState<T> {
  value: T | null;
  error: unknown;
}

/** A hook that gives the resource `load` makes, loading it at most once per client at a time. */
export function clientResource<T>(load: (client: AppClient) => Promise<T>): () => ResourceState<T> {
  const loaded = new WeakMap<AppClient, Promise<T>>();
  const get = (client: AppClient): Promise<T> => {
    let value = loaded.get(client);
    if (value === undefined) {
      value = load(client);
      value.catch(() => loaded.delete(client));
      loaded.set(client, value);
    }
    return value;
  };
  return function useClientResource() {
    const client = useAppClient();
    const [state, setState] = useState<ResourceState<T>>({ value: null, error: null });
    useEffect(() => {
      let live = true;
      get(client).then(
        (value) => live && setState({ value, error: null }),
        (error: unknown) => live && setState({ value: null, error }),
      );
      return () => {
        live = false;
      };
    }, [client]);
    return state;
  };
}
