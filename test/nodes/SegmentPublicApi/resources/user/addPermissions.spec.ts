import { itAddsPermissions } from '../permissions';

describe('User > Add Permissions', () => {
	itAddsPermissions({
		resource: 'user',
		idParameter: 'userId',
		path: '/users/usr%201/permissions',
	});
});
