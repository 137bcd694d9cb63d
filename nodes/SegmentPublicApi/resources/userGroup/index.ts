import { resourceDescription } from '../../shared/operations';
import * as addPermissions from './addPermissions';
import * as addUsers from './addUsers';
import * as create from './create';
import * as deleteUserGroup from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as getInvites from './getInvites';
import * as getUsers from './getUsers';
import * as removeUsers from './removeUsers';
import * as replacePermissions from './replacePermissions';
import * as replaceUsers from './replaceUsers';
import * as update from './update';

export const userGroupDescription = resourceDescription('userGroup', 'getAll', [
	addUsers,
	addPermissions,
	create,
	deleteUserGroup,
	get,
	getInvites,
	getAll,
	getUsers,
	removeUsers,
	replacePermissions,
	replaceUsers,
	update,
]);
