import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const user = {
	id: 'usr1',
	name: 'Ada Lovelace',
	email: 'ada@example.com',
	permissions: [
		{ roleId: 'role1', roleName: 'Workspace Owner', resources: [{ id: 'ws1', type: 'WORKSPACE' }] },
		{ roleId: 'role2', roleName: 'Source Admin', resources: [{ id: 'src1', type: 'SOURCE' }] },
	],
};

describe('User > Get', () => {
	it('gets the user and simplifies it to name, email and role names by default', async () => {
		apiWithoutBody().get('/users/usr1').reply(200, { data: { user } });

		const items = await runJson({ resource: 'user', operation: 'get', userId: byId('usr1') });

		expect(items).toEqual([
			{ id: 'usr1', name: 'Ada Lovelace', email: 'ada@example.com', roles: ['Workspace Owner', 'Source Admin'] },
		]);
	});

	it('returns the user with permissions unchanged with Simplify off', async () => {
		apiWithoutBody().get('/users/usr1').reply(200, { data: { user } });

		const items = await runJson({ resource: 'user', operation: 'get', userId: byId('usr1'), simplify: false });

		expect(items).toEqual([user]);
	});
});
