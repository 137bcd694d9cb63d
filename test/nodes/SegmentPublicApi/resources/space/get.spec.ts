import { runJson } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const US = 'https://api.segmentapis.com';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const space = { id: 'spa_1', slug: 'production', name: 'Production' };

describe('Space > Get', () => {
	it('gets the space with the v1alpha media type, the ID URL-encoded', async () => {
		apiWithoutBody(US, ALPHA).get('/spaces/spa%2F1').reply(200, { data: { space } });

		const items = await runJson({ resource: 'space', operation: 'get', spaceId: byId('spa/1') });

		expect(items).toEqual([space]);
	});

	it('looks up the slug of a Segment app URL among the spaces', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('spaces', [{ id: 'spa_2', slug: 'staging', name: 'Staging' }, space]))
			.get('/spaces/spa_1')
			.reply(200, { data: { space } });

		const items = await runJson({
			resource: 'space',
			operation: 'get',
			spaceId: {
				__rl: true,
				mode: 'url',
				value: 'https://app.segment.com/acme/engage/spaces/production/overview',
			},
		});

		expect(items).toEqual([space]);
	});

	it('refuses an empty space before sending anything', async () => {
		await expect(
			runJson({ resource: 'space', operation: 'get', spaceId: byId('  ') }),
		).rejects.toThrow('The field "Space" is empty');
	});
});
