import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as deleteProfilesWarehouse from './delete';
import * as getAll from './getAll';
import * as getSelectiveSync from './getSelectiveSync';
import * as update from './update';
import * as updateSelectiveSync from './updateSelectiveSync';

export const profilesWarehouseDescription = resourceDescription('profilesWarehouse', 'getAll', [
	create,
	deleteProfilesWarehouse,
	getAll,
	getSelectiveSync,
	update,
	updateSelectiveSync,
]);
