import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA, byId } from './fixtures';

describe('Engage: Audience Activation > Get Supported Destinations', () => {
	const supported = {
		resource: 'activation',
		operation: 'getSupportedDestinations',
		spaceId: byId('spa_1'),
	};
	const braze = {
		id: 'meta1',
		name: 'Braze',
		slug: 'braze',
		actions: [{ id: 'act1', name: 'Sync' }],
	};

	it('GETs the destinations of the audience type with the filters and returns the object as one item', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa_1/audienceType/ACCOUNTS/supported-destinations')
			.query({ slug: 'braze', actionId: 'act1' })
			.reply(200, { data: { destinations: { braze } } });

		const items = await runJson({
			...supported,
			audienceType: 'ACCOUNTS',
			filters: { slug: ' braze ', actionId: 'act1' },
		});

		expect(items).toEqual([{ braze }]);
	});

	it('returns one item per destination when Segment lists them, and sends no empty filter', async () => {
		const other = { id: 'meta2', name: 'Webhook', slug: 'webhook', actions: [] };
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa_1/audienceType/USERS/supported-destinations')
			.query({})
			.reply(200, { data: { destinations: [braze, other] } });

		expect(await runJson({ ...supported, filters: { slug: '  ' } })).toEqual([braze, other]);
	});

	it('returns no item when no destination is supported', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa_1/audienceType/LINKED/supported-destinations')
			.reply(200, { data: { destinations: {} } });

		expect(await runJson({ ...supported, audienceType: 'LINKED' })).toEqual([]);
	});
});
