import { runJson } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';

function user(n: number) {
	return {
		id: `usr${n}`,
		name: `User ${n}`,
		email: `user${n}@example.com`,
		permissions: [{ roleId: 'role1', roleName: 'Workspace Member', resources: [{ id: 'ws1', type: 'WORKSPACE' }] }],
	};
}

function simplified(n: number) {
	return { id: `usr${n}`, name: `User ${n}`, email: `user${n}@example.com`, roles: ['Workspace Member'] };
}

describe('User > Get Many', () => {
	it('asks for Limit users and simplifies them', async () => {
		apiWithoutBody()
			.get('/users')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('users', [user(1), user(2)], 'Mg=='));

		expect(await runJson({ resource: 'user', operation: 'getAll', limit: 2 })).toEqual([simplified(1), simplified(2)]);
	});

	it('follows the cursor with pages of 1000 on Return All', async () => {
		apiWithoutBody()
			.get('/users')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('users', [user(1), user(2)], 'Mg=='))
			.get('/users')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('users', [user(3)], null, 'Mg=='));

		const items = await runJson({ resource: 'user', operation: 'getAll', returnAll: true });

		expect(items).toEqual([simplified(1), simplified(2), simplified(3)]);
	});

	it('returns the users unchanged with Simplify off', async () => {
		apiWithoutBody()
			.get('/users')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('users', [user(1)]));

		expect(await runJson({ resource: 'user', operation: 'getAll', simplify: false })).toEqual([user(1)]);
	});
});
