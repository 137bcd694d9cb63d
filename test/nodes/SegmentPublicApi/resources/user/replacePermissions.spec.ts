import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const granted = { permissions: [{ roleId: 'role1', roleName: 'Workspace Member', resources: [] }] };

describe('User > Replace Permissions', () => {
	it('replacePermissions grants the Role on the whole workspace, whose ID it reads from GET /', async () => {
		apiWithoutBody()
			.get('/')
			.reply(200, { data: { workspace: { id: 'ws1', name: 'Acme' } } });
		apiWithBody()
			.put('/users/usr%201/permissions', {
				permissions: [{ roleId: 'role1', resources: [{ id: 'ws1', type: 'WORKSPACE' }] }],
			})
			.reply(200, { data: granted });

		const items = await runJson({
			resource: 'user',
			operation: 'replacePermissions',
			userId: byId('usr 1'),
			roleId: 'role1',
		});

		expect(items).toEqual([granted]);
	});

	it.each([
		['not JSON', '[{', 'The field "Permissions (JSON)" is not valid JSON'],
		['not an array', '{"roleId": "r"}', 'The field "Permissions (JSON)" must be a JSON array'],
	])(
		'refuses permissions that are %s before sending, naming the field',
		async (_, permissions, message) => {
			await expect(
				runNode({
					resource: 'user',
					operation: 'replacePermissions',
					userId: byId('usr 1'),
					roleId: 'role1',
					additionalFields: { permissions },
				}),
			).rejects.toThrow(message);
			expect(nock.pendingMocks()).toEqual([]);
		},
	);
});
