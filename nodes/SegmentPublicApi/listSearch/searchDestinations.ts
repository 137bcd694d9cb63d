import { LISTS, searchMethod } from '../shared/lists';

export const searchDestinations = searchMethod(LISTS.destinations);
