import { runJson } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody } from '../../../../harness/segment';
import { byId } from './fixtures';

const granted = { permissions: [{ roleId: 'role1', roleName: 'Workspace Member', resources: [] }] };

describe('User Group > Add Permissions', () => {
	it('addPermissions grants the Role on the whole workspace, whose ID it reads from GET /', async () => {
		apiWithoutBody()
			.get('/')
			.reply(200, { data: { workspace: { id: 'ws1', name: 'Acme' } } });
		apiWithBody()
			.post('/groups/usr%201/permissions', {
				permissions: [{ roleId: 'role1', resources: [{ id: 'ws1', type: 'WORKSPACE' }] }],
			})
			.reply(200, { data: granted });

		const items = await runJson({
			resource: 'userGroup',
			operation: 'addPermissions',
			userGroupId: byId('usr 1'),
			roleId: 'role1',
		});

		expect(items).toEqual([granted]);
	});

	it('sends the JSON permissions instead of the role when given, without reading the workspace', async () => {
		const permissions = [
			{ roleId: 'role2', resources: [{ id: 'src1', type: 'SOURCE', labels: [] }] },
		];
		apiWithBody()
			.post('/groups/usr%201/permissions', { permissions })
			.reply(200, { data: granted });

		await runJson({
			resource: 'userGroup',
			operation: 'addPermissions',
			userGroupId: byId('usr 1'),
			roleId: 'role1',
			additionalFields: { permissions: JSON.stringify(permissions) },
		});
	});
});
