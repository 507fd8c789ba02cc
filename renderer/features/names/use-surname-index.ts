// The shipped surname list, indexed once for the name fields' suggestions.
import { createSurnameIndex } from '../../../shared/domain/field-suggestions.ts';
import { clientResource } from '../../platform/client-resource.ts';

export const useSurnameIndex = clientResource((client) => client.call('names:getSurnames', {}).then(({ surnames }) => createSurnameIndex(surnames)));
