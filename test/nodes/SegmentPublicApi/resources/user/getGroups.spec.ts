import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';

const group = (n: number) => ({ id: `grp${n}`, name: `Group ${n}` });

describe('User > Get Groups', () => {
	it('lists the groups of the user, the ID URL-encoded, across pages on Return All', async () => {
		apiWithoutBody()
			.get('/users/usr%201/groups')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(200, page('groups', [group(1)], 'Mg=='))
			.get('/users/usr%201/groups')
			.query(exactQuery({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' }))
			.reply(200, page('groups', [group(2)], null, 'Mg=='));

		const items = await runJson({
			resource: 'user',
			operation: 'getGroups',
			userId: { __rl: true, mode: 'id', value: 'usr 1' },
			returnAll: true,
		});

		expect(items).toEqual([group(1), group(2)]);
	});
});
