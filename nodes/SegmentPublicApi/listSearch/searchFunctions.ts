import { LISTS, searchMethod } from '../shared/lists';

export const searchFunctions = searchMethod(LISTS.functions);
