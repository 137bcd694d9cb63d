import { runJson } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

function subscription(n: number) {
	return {
		id: `sub${n}`,
		name: `Subscription ${n}`,
		actionId: `act${n}`,
		actionSlug: 'logEvent',
		destinationId: 'dst1',
		enabled: n % 2 === 1,
		trigger: `event = "E${n}"`,
		settings: { n },
		modelId: '',
	};
}

function simplified(n: number) {
	return {
		id: `sub${n}`,
		name: `Subscription ${n}`,
		enabled: n % 2 === 1,
		actionId: `act${n}`,
		actionSlug: 'logEvent',
		trigger: `event = "E${n}"`,
		destinationId: 'dst1',
	};
}

const list = { resource: 'destinationSubscription', operation: 'getAll', destinationId: byId('dst1') };

describe('Destination Subscription > Get Many', () => {
	it('asks for Limit records with the v1alpha media type and simplifies them', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/destinations/dst1/subscriptions')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('subscriptions', [subscription(1), subscription(2)], 'Mg=='));

		const items = await runJson({ ...list, limit: 2 });

		expect(items).toEqual([simplified(1), simplified(2)]);
	});

	it('follows the cursor with pages of 1000 on Return All', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/destinations/dst1/subscriptions')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('subscriptions', [subscription(1), subscription(2)], 'Mg=='))
			.get('/destinations/dst1/subscriptions')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('subscriptions', [subscription(3)], null, 'Mg=='));

		const items = await runJson({ ...list, returnAll: true });

		expect(items).toEqual([simplified(1), simplified(2), simplified(3)]);
	});

	it('asks the next page only for the records still missing under the Limit', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/destinations/dst1/subscriptions')
			.query({ 'pagination[count]': '3' })
			.reply(200, page('subscriptions', [subscription(1)], 'Mg=='))
			.get('/destinations/dst1/subscriptions')
			.query({ 'pagination[count]': '2', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('subscriptions', [subscription(2), subscription(3)], 'Mw==', 'Mg=='));

		const items = await runJson({ ...list, limit: 3 });

		expect(items.map((item) => item.id)).toEqual(['sub1', 'sub2', 'sub3']);
	});

	it('returns the subscriptions unchanged with Simplify off', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/destinations/dst1/subscriptions')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('subscriptions', [subscription(1)]));

		expect(await runJson({ ...list, simplify: false })).toEqual([subscription(1)]);
	});

	it('returns no items when the destination has no subscriptions', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/destinations/dst1/subscriptions')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('subscriptions', []));

		expect(await runJson({ ...list, returnAll: true })).toEqual([]);
	});
});
