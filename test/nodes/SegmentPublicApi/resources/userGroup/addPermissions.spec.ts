import { itAddsPermissions } from '../permissions';

describe('User Group > Add Permissions', () => {
	itAddsPermissions({
		resource: 'userGroup',
		idParameter: 'userGroupId',
		path: '/groups/usr%201/permissions',
	});
});
