import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const fn = {
	id: 'dfn_1',
	workspaceId: 'ws1',
	resourceType: 'DESTINATION',
	displayName: 'Enricher',
	description: 'Adds data',
	logoUrl: 'https://example.com/logo.png',
	code: 'async function onTrack() {}',
	createdAt: '2026-01-05T10:00:00.000Z',
	createdBy: 'usr1',
	deployedAt: '2026-01-06T10:00:00.000Z',
	settings: [{ name: 'apiKey', label: 'API Key', type: 'STRING', required: true, sensitive: true, description: '' }],
	catalogId: 'cat1',
	batchMaxCount: 0,
	isLatestVersion: true,
};

describe('Function > Get', () => {
	it('gets the function and simplifies it by default', async () => {
		apiWithoutBody().get('/functions/dfn_1').reply(200, { data: { function: fn } });

		const items = await runJson({ resource: 'function', operation: 'get', functionId: byId('dfn_1') });

		expect(items).toEqual([
			{
				id: 'dfn_1',
				displayName: 'Enricher',
				resourceType: 'DESTINATION',
				description: 'Adds data',
				deployedAt: '2026-01-06T10:00:00.000Z',
				createdAt: '2026-01-05T10:00:00.000Z',
			},
		]);
	});

	it('returns the function with its code and settings with Simplify off', async () => {
		apiWithoutBody().get('/functions/dfn_1').reply(200, { data: { function: fn } });

		const items = await runJson({
			resource: 'function',
			operation: 'get',
			functionId: byId('dfn_1'),
			simplify: false,
		});

		expect(items).toEqual([fn]);
	});
});
