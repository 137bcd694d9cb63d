import { runJson } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';

describe('Invite > Get Many', () => {
	it('turns each pending email into an item, up to the Limit', async () => {
		apiWithoutBody()
			.get('/invites')
			.query({ 'pagination[count]': '2' })
			.reply(200, { data: { invites: ['ada@example.com', 'grace@example.com'], pagination: { current: 'MA==', next: 'Mg==' } } });

		const items = await runJson({ resource: 'invite', operation: 'getAll', limit: 2 });

		expect(items).toEqual([{ email: 'ada@example.com' }, { email: 'grace@example.com' }]);
	});

	it('follows the cursor with pages of 1000 on Return All', async () => {
		apiWithoutBody()
			.get('/invites')
			.query({ 'pagination[count]': '1000' })
			.reply(200, { data: { invites: ['ada@example.com'], pagination: { current: 'MA==', next: 'Mg==' } } })
			.get('/invites')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, { data: { invites: ['grace@example.com'], pagination: { current: 'Mg==', next: null } } });

		const items = await runJson({ resource: 'invite', operation: 'getAll', returnAll: true });

		expect(items).toEqual([{ email: 'ada@example.com' }, { email: 'grace@example.com' }]);
	});

	it('returns no items when no invite is pending', async () => {
		apiWithoutBody()
			.get('/invites')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('invites', []));

		expect(await runJson({ resource: 'invite', operation: 'getAll' })).toEqual([]);
	});
});
