// The place table in the renderer: fetched once from the Node side (the bundled pack or a newer one
// installed there) and indexed once, then shared by every form. Until it is ready, places are kept as
// written and resolved at the next change.
import { useEffect, useState } from 'react';
import { decodePlacePack } from '../../../shared/places/place-pack.ts';
import { createPlaceResolver, type PlaceResolver } from '../../../shared/places/place-resolver.ts';
import { useAppClient, type AppClient } from '../../platform/app-client.ts';

const loaded = new WeakMap<AppClient, Promise<PlaceResolver>>();

export function loadPlaceResolver(client: AppClient): Promise<PlaceResolver> {
  let resolver = loaded.get(client);
  if (resolver === undefined) {
    resolver = client.call('places:getPack', {}).then(({ pack }) => createPlaceResolver(decodePlacePack(pack)));
    // A failed load is retried on the next screen rather than remembered.
    resolver.catch(() => loaded.delete(client));
    loaded.set(client, resolver);
  }
  return resolver;
}

export function usePlaceResolver(): { resolver: PlaceResolver | null; error: unknown } {
  const client = useAppClient();
  const [state, setState] = useState<{ resolver: PlaceResolver | null; error: unknown }>({ resolver: null, error: null });
  useEffect(() => {
    let live = true;
    loadPlaceResolver(client).then(
      (resolver) => live && setState({ resolver, error: null }),
      (error: unknown) => live && setState({ resolver: null, error }),
    );
    return () => {
      live = false;
    };
  }, [client]);
  return state;
}
