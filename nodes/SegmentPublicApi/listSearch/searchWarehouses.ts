import { LISTS, searchMethod } from '../shared/lists';

export const searchWarehouses = searchMethod(LISTS.warehouses);
