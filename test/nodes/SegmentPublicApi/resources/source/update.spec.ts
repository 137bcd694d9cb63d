import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody, source } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

describe('Source > Update', () => {
	it('sends only the fields given, with settings parsed', async () => {
		apiWithBody()
			.patch('/sources/src1', { name: 'Renamed', enabled: false, settings: { website: 'https://x.dev' } })
			.reply(200, { data: { source: source(1, { name: 'Renamed', enabled: false }) } });

		const items = await runJson({
			resource: 'source',
			operation: 'update',
			sourceId: { __rl: true, mode: 'list', value: 'src1', cachedResultName: 'Source 1' },
			updateFields: { name: 'Renamed', enabled: false, settings: '{"website":"https://x.dev"}' },
		});

		expect(items).toEqual([source(1, { name: 'Renamed', enabled: false })]);
	});

	it('changes the slug', async () => {
		apiWithBody()
			.patch('/sources/src1', { slug: 'new_slug' })
			.reply(200, { data: { source: source(1, { slug: 'new_slug' }) } });

		const items = await runJson({
			resource: 'source',
			operation: 'update',
			sourceId: { __rl: true, mode: 'id', value: 'src1' },
			updateFields: { slug: 'new_slug' },
		});

		expect(items[0].slug).toBe('new_slug');
	});

	it('refuses an update with nothing set before sending any request, naming the fields to set', async () => {
		const sent = await capture(
			() =>
				expect(runNode({
					resource: 'source',
					operation: 'update',
					sourceId: { __rl: true, mode: 'id', value: 'src1' },
					updateFields: {},
				})).rejects.toMatchObject({
					message: 'Set at least one of "Enabled", "Name", "Settings", "Slug" in "Update Fields"',
				}),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
