import { LISTS, searchMethod } from '../shared/lists';

export const searchTransformations = searchMethod(LISTS.transformations);
