import { LISTS, searchMethod } from '../shared/lists';

export const searchWarehouseCredentials = searchMethod(LISTS.warehouseCredentials);
