import { LISTS, searchMethod } from '../shared/lists';

export const searchAudiences = searchMethod(LISTS.audiences);
