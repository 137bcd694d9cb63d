import { itReplacesPermissions } from '../permissions';

describe('User > Replace Permissions', () => {
	itReplacesPermissions({
		resource: 'user',
		idParameter: 'userId',
		path: '/users/usr%201/permissions',
	});
});
