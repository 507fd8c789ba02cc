// The place table in the renderer: the bundled pack or a newer one installed on the Node side, indexed
// once. Until it is ready, places are kept as written and resolved at the next change.
import { decodePlacePack } from '../../../shared/places/place-pack.ts';
import { createPlaceResolver } from '../../../shared/places/place-resolver.ts';
import { clientResource } from '../../platform/client-resource.ts';

export const usePlaceResolver = clientResource((client) => client.call('places:getPack', {}).then(({ pack }) => createPlaceResolver(decodePlacePack(pack))));
