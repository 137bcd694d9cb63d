import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
import { ALPHA, byId, schema, SPACE } from './fixtures';

const event = (name: string) => ({ name, type: 'TRACK', lastSeenAt: '2026-01-01T00:00:00Z' });

describe('Engage: Space Schema > Get Events', () => {
	const getEvents = { ...schema, operation: 'getEvents' };

	it('asks for Limit events, one item each, with search and sorting', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/events`)
			.query({ 'pagination[count]': '2', search: 'Order', sortBy: 'name', sortDir: 'asc' })
			.reply(200, page('events', [event('Order Completed'), event('Order Refunded')], 'Mg=='));

		const items = await runJson({
			...getEvents,
			limit: 2,
			listOptions: { search: ' Order ', sortBy: 'name', sortDir: 'asc' },
		});

		expect(items).toEqual([event('Order Completed'), event('Order Refunded')]);
	});

	it('follows the cursor with pages of 200 on Return All, without an empty search', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/events`)
			.query({ 'pagination[count]': '200' })
			.reply(200, page('events', [event('A')], 'Mg=='))
			.get(`${SPACE}/events`)
			.query({ 'pagination[count]': '200', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('events', [event('B')], null, 'Mg=='));

		const items = await runJson({ ...getEvents, returnAll: true, listOptions: { search: '  ' } });

		expect(items).toEqual([event('A'), event('B')]);
	});

	it('refuses a Limit of 0 before sending', async () => {
		await expect(runJson({ ...getEvents, limit: 0 })).rejects.toThrow(
			'The field "Limit" must be a whole number of 1 or more',
		);
	});

	it('refuses an empty space before sending', async () => {
		await expect(runJson({ ...getEvents, spaceId: byId('') })).rejects.toThrow(
			'The field "Space" is empty',
		);
	});
});
