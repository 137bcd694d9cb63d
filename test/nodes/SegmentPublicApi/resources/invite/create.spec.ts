import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

const workspace = { data: { workspace: { id: 'ws1', slug: 'acme', name: 'Acme' } } };

async function expectRefusedWithoutRequest(parameters: Record<string, unknown>, message: string | RegExp) {
	const sent = await capture(
		() => expect(runNode({ resource: 'invite', operation: 'create', ...parameters })).rejects.toThrow(message),
		always(workspace),
	);
	expect(sent).toEqual([]);
}

describe('Invite > Create', () => {
	it('looks up the workspace, then invites each email with the role on the whole workspace', async () => {
		apiWithoutBody().get('/').reply(200, workspace);
		const permissions = [{ roleId: 'role1', resources: [{ id: 'ws1', type: 'WORKSPACE' }] }];
		apiWithBody()
			.post('/invites', {
				invites: [
					{ email: 'ada@example.com', permissions },
					{ email: 'grace@example.com', permissions },
					{ email: 'alan@example.com', permissions },
				],
			})
			.reply(200, { data: { emails: ['ada@example.com', 'grace@example.com', 'alan@example.com'] } });

		const items = await runJson({
			resource: 'invite',
			operation: 'create',
			emails: 'ada@example.com, grace@example.com\n alan@example.com ,',
			roleId: 'role1',
		});

		expect(items).toEqual([{ emails: ['ada@example.com', 'grace@example.com', 'alan@example.com'] }]);
	});

	it('sends the permissions JSON instead of the role, without looking up the workspace', async () => {
		const permissions = [
			{ roleId: 'role2', resources: [{ id: 'src1', type: 'SOURCE' }, { id: 'src2', type: 'SOURCE' }] },
		];
		apiWithBody()
			.post('/invites', { invites: [{ email: 'ada@example.com', permissions }] })
			.reply(200, { data: { emails: ['ada@example.com'] } });

		const items = await runJson({
			resource: 'invite',
			operation: 'create',
			emails: 'ada@example.com',
			roleId: 'role1',
			additionalFields: { permissions: JSON.stringify(permissions) },
		});

		expect(items).toEqual([{ emails: ['ada@example.com'] }]);
	});

	it('falls back to the role when the permissions JSON is an empty array', async () => {
		apiWithoutBody().get('/').reply(200, workspace);
		apiWithBody()
			.post('/invites', {
				invites: [
					{ email: 'ada@example.com', permissions: [{ roleId: 'role1', resources: [{ id: 'ws1', type: 'WORKSPACE' }] }] },
				],
			})
			.reply(200, { data: { emails: ['ada@example.com'] } });

		const items = await runJson({
			resource: 'invite',
			operation: 'create',
			emails: 'ada@example.com',
			roleId: 'role1',
			additionalFields: { permissions: '[]' },
		});

		expect(items).toEqual([{ emails: ['ada@example.com'] }]);
	});

	it('refuses an empty email list without sending a request', async () => {
		await expectRefusedWithoutRequest({ emails: ' ,\n ', roleId: 'role1' }, 'The field "Emails" is empty');
	});

	it('refuses an empty role without sending a request', async () => {
		await expectRefusedWithoutRequest({ emails: 'ada@example.com', roleId: '' }, 'The field "Role" is empty');
	});

	it.each([
		['invalid JSON', '[{"roleId": ', 'The field "Permissions (JSON)" is not valid JSON'],
		['a JSON object', '{"roleId": "role1"}', 'The field "Permissions (JSON)" must be a JSON array'],
	])('refuses %s in Permissions without sending a request', async (_, permissions, message) => {
		await expectRefusedWithoutRequest(
			{ emails: 'ada@example.com', roleId: 'role1', additionalFields: { permissions } },
			message,
		);
	});
});
