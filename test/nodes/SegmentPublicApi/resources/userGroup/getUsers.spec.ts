import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { byId } from './fixtures';

describe('User Group > Get Users', () => {
	it('lists the members across pages on Return All', async () => {
		const user = (n: number) => ({
			id: `usr${n}`,
			name: `User ${n}`,
			email: `user${n}@example.com`,
		});
		apiWithoutBody()
			.get('/groups/grp1/users')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(200, page('users', [user(1)], 'Mg=='))
			.get('/groups/grp1/users')
			.query(exactQuery({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' }))
			.reply(200, page('users', [user(2)], null, 'Mg=='));

		expect(
			await runJson({
				resource: 'userGroup',
				operation: 'getUsers',
				userGroupId: byId('grp1'),
				returnAll: true,
			}),
		).toEqual([user(1), user(2)]);
	});
});
