import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';

const role = (n: number) => ({
	id: `role${n}`,
	name: `Role ${n}`,
	description: `What role ${n} may do`,
});

describe('Role > Get Many', () => {
	it('asks for Limit roles and returns one item per role', async () => {
		apiWithoutBody()
			.get('/roles')
			.query(exactQuery({ 'pagination[count]': '2' }))
			.reply(200, page('roles', [role(1), role(2)], 'Mg=='));

		expect(await runJson({ resource: 'role', operation: 'getAll', limit: 2 })).toEqual([
			role(1),
			role(2),
		]);
	});

	it('follows the cursor with pages of 1000 on Return All', async () => {
		apiWithoutBody()
			.get('/roles')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(200, page('roles', [role(1)], 'Mg=='))
			.get('/roles')
			.query(exactQuery({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' }))
			.reply(200, page('roles', [role(2)], null, 'Mg=='));

		expect(await runJson({ resource: 'role', operation: 'getAll', returnAll: true })).toEqual([
			role(1),
			role(2),
		]);
	});
});
