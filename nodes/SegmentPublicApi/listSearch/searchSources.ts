import { LISTS, searchMethod } from '../shared/lists';

export const searchSources = searchMethod(LISTS.sources);
