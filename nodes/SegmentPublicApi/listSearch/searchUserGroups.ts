import { LISTS, searchMethod } from '../shared/lists';

export const searchUserGroups = searchMethod(LISTS.userGroups);
