import { resourceDescription } from '../../shared/operations';
import * as addPermissions from './addPermissions';
import * as deleteUsers from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as getGroups from './getGroups';
import * as replacePermissions from './replacePermissions';

export const userDescription = resourceDescription('user', 'getAll', [
	addPermissions,
	deleteUsers,
	get,
	getAll,
	getGroups,
	replacePermissions,
]);
