import { LISTS, searchMethod } from '../shared/lists';

export const searchComputedTraits = searchMethod(LISTS.computedTraits);
