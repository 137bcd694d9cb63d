import { LISTS, searchMethod } from '../shared/lists';

export const searchUsers = searchMethod(LISTS.users);
