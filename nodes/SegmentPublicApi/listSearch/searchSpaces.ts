import { LISTS, searchMethod } from '../shared/lists';

export const searchSpaces = searchMethod(LISTS.spaces);
