import { LISTS, searchMethod } from '../shared/lists';

export const searchReverseEtlModels = searchMethod(LISTS.reverseEtlModels);
