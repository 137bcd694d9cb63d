import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const granted = { permissions: [{ roleId: 'role1', roleName: 'Workspace Member', resources: [] }] };

describe.each([
	['user', 'userId', '/users/usr%201/permissions'],
	['userGroup', 'userGroupId', '/groups/usr%201/permissions'],
] as const)('%s permissions', (resource, idField, path) => {
	it.each([
		['addPermissions', 'post'],
		['replacePermissions', 'put'],
	] as const)(
		'%s grants the Role on the whole workspace, whose ID it reads from GET /',
		async (operation, method) => {
			apiWithoutBody()
				.get('/')
				.reply(200, { data: { workspace: { id: 'ws1', name: 'Acme' } } });
			const scope = apiWithBody();
			scope[method](path, {
				permissions: [{ roleId: 'role1', resources: [{ id: 'ws1', type: 'WORKSPACE' }] }],
			}).reply(200, { data: granted });

			const items = await runJson({
				resource,
				operation,
				[idField]: byId('usr 1'),
				roleId: 'role1',
			});

			expect(items).toEqual([granted]);
		},
	);

	it('sends the JSON permissions instead of the role when given, without reading the workspace', async () => {
		const permissions = [
			{ roleId: 'role2', resources: [{ id: 'src1', type: 'SOURCE', labels: [] }] },
		];
		apiWithBody().post(path, { permissions }).reply(200, { data: granted });

		await runJson({
			resource,
			operation: 'addPermissions',
			[idField]: byId('usr 1'),
			roleId: 'role1',
			additionalFields: { permissions: JSON.stringify(permissions) },
		});
	});

	it.each([
		['not JSON', '[{', 'The field "Permissions (JSON)" is not valid JSON'],
		['not an array', '{"roleId": "r"}', 'The field "Permissions (JSON)" must be a JSON array'],
	])(
		'refuses permissions that are %s before sending, naming the field',
		async (_, permissions, message) => {
			await expect(
				runNode({
					resource,
					operation: 'replacePermissions',
					[idField]: byId('usr 1'),
					roleId: 'role1',
					additionalFields: { permissions },
				}),
			).rejects.toThrow(message);
			expect(nock.pendingMocks()).toEqual([]);
		},
	);
});
