import { itReplacesPermissions } from '../permissions';

describe('User Group > Replace Permissions', () => {
	itReplacesPermissions({
		resource: 'userGroup',
		idParameter: 'userGroupId',
		path: '/groups/usr%201/permissions',
	});
});
