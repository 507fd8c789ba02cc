// What the Node side says of itself (version, host, data folder), asked once per client.
import { clientResource } from '../platform/client-resource.ts';

export const useAppInfo = clientResource((client) => client.call('app:getInfo', undefined));
