import { LISTS, searchMethod } from '../shared/lists';

export const searchProfilesWarehouses = searchMethod(LISTS.profilesWarehouses);
