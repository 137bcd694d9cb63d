/*
 * The permission tests Users and User Groups share (shared/permissions.ts serves both): each
 * resource's Add Permissions and Replace Permissions spec runs them for its own path and ID field.
 */
import nock from 'nock';
import { runJson, runNode } from '../../../harness/node';
import { apiWithBody, apiWithoutBody } from '../../../harness/segment';

export interface PermissionsTarget {
	resource: 'user' | 'userGroup';
	idParameter: 'userId' | 'userGroupId';
	/** The encoded path of the record with the ID "usr 1". */
	path: string;
}

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const granted = { permissions: [{ roleId: 'role1', roleName: 'Workspace Member', resources: [] }] };

function parameters(target: PermissionsTarget, operation: string, extra: object = {}) {
	return {
		resource: target.resource,
		operation,
		[target.idParameter]: byId('usr 1'),
		roleId: 'role1',
		...extra,
	};
}

function itGrantsTheRoleOnTheWorkspace(
	target: PermissionsTarget,
	operation: 'addPermissions' | 'replacePermissions',
) {
	it(`${operation} grants the Role on the whole workspace, whose ID it reads from GET /`, async () => {
		apiWithoutBody()
			.get('/')
			.reply(200, { data: { workspace: { id: 'ws1', name: 'Acme' } } });
		apiWithBody()
			.intercept(target.path, operation === 'addPermissions' ? 'POST' : 'PUT', {
				permissions: [{ roleId: 'role1', resources: [{ id: 'ws1', type: 'WORKSPACE' }] }],
			})
			.reply(200, { data: granted });

		const items = await runJson(parameters(target, operation));

		expect(items).toEqual([granted]);
	});
}

export function itAddsPermissions(target: PermissionsTarget): void {
	itGrantsTheRoleOnTheWorkspace(target, 'addPermissions');

	it('sends the JSON permissions instead of the role when given, without reading the workspace', async () => {
		const permissions = [
			{ roleId: 'role2', resources: [{ id: 'src1', type: 'SOURCE', labels: [] }] },
		];
		apiWithBody().post(target.path, { permissions }).reply(200, { data: granted });

		await runJson(
			parameters(target, 'addPermissions', {
				additionalFields: { permissions: JSON.stringify(permissions) },
			}),
		);
	});
}

export function itReplacesPermissions(target: PermissionsTarget): void {
	itGrantsTheRoleOnTheWorkspace(target, 'replacePermissions');

	it.each([
		['not JSON', '[{', 'The field "Permissions (JSON)" is not valid JSON'],
		['not an array', '{"roleId": "r"}', 'The field "Permissions (JSON)" must be a JSON array'],
	])(
		'refuses permissions that are %s before sending, naming the field',
		async (_, permissions, message) => {
			await expect(
				runNode(parameters(target, 'replacePermissions', { additionalFields: { permissions } })),
			).rejects.toThrow(message);
			expect(nock.pendingMocks()).toEqual([]);
		},
	);
}
