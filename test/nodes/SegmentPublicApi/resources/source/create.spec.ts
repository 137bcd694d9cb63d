import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody, source } from '../../../../harness/segment';

describe('Source > Create', () => {
	it('sends the type, slug and enabled state and returns the created source', async () => {
		apiWithBody()
			.post('/sources', { metadataId: 'IqDTy1TpoU', slug: 'my_site', enabled: true })
			.reply(201, { data: { source: source(1, { slug: 'my_site' }) } });

		const items = await runJson({
			resource: 'source',
			operation: 'create',
			metadataId: 'IqDTy1TpoU',
			slug: 'my_site',
		});

		expect(items).toEqual([source(1, { slug: 'my_site' })]);
	});

	it('sends parsed settings and disconnectAllWarehouses', async () => {
		apiWithBody()
			.post('/sources', {
				metadataId: 'IqDTy1TpoU',
				slug: 'my_site',
				enabled: false,
				disconnectAllWarehouses: true,
				settings: { website: 'https://example.com', nested: { a: [1, 2] } },
			})
			.reply(201, { data: { source: source(1) } });

		const items = await runJson({
			resource: 'source',
			operation: 'create',
			metadataId: 'IqDTy1TpoU',
			slug: 'my_site',
			enabled: false,
			additionalFields: {
				disconnectAllWarehouses: true,
				settings: '{"website": "https://example.com", "nested": {"a": [1, 2]}}',
			},
		});

		expect(items).toEqual([source(1)]);
	});

	it.each([
		['invalid JSON', '{"website": '],
		['a JSON array', '[1, 2]'],
	])('refuses %s in Settings before sending, naming the field', async (_, settings) => {
		await expect(
			runNode({
				resource: 'source',
				operation: 'create',
				metadataId: 'IqDTy1TpoU',
				slug: 'my_site',
				additionalFields: { settings },
			}),
		).rejects.toThrow(/"Settings"/);
		expect(nock.pendingMocks()).toEqual([]);
	});
});
