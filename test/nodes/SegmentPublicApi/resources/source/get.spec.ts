import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, page, source } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Source > Get', () => {
	it('gets one source and simplifies it', async () => {
		apiWithoutBody()
			.get('/sources/src1')
			.reply(200, { data: { source: source(1), trackingPlanId: null } });

		const items = await runJson({ resource: 'source', operation: 'get', sourceId: byId('src1') });

		expect(items).toEqual([
			{
				id: 'src1',
				name: 'Source 1',
				slug: 'source_1',
				enabled: true,
				type: 'Javascript',
				typeId: 'IqDTy1TpoU',
				labels: ['env:prod'],
				workspaceId: 'ws1',
			},
		]);
	});

	it('returns the source unchanged with Simplify off', async () => {
		apiWithoutBody().get('/sources/src1').reply(200, { data: { source: source(1) } });

		const items = await runJson({
			resource: 'source',
			operation: 'get',
			sourceId: byId('src1'),
			simplify: false,
		});

		expect(items).toEqual([source(1)]);
	});

	it('URL-encodes the ID into the path', async () => {
		apiWithoutBody()
			.get('/sources/a%20b%2F..%3Fc%23d')
			.reply(200, { data: { source: source(1) } });

		const items = await runJson({
			resource: 'source',
			operation: 'get',
			sourceId: byId('a b/..?c#d'),
		});

		expect(items).toHaveLength(1);
	});

	it('resolves a Segment app URL, which holds the slug, to the source ID', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', [source(1), source(2)]))
			.get('/sources/src2')
			.reply(200, { data: { source: source(2) } });

		const items = await runJson({
			resource: 'source',
			operation: 'get',
			sourceId: {
				__rl: true,
				mode: 'url',
				value: 'https://app.segment.com/acme/sources/source_2/overview',
			},
		});

		expect(items[0].id).toBe('src2');
	});

	it('names the field when a URL points to no source of the workspace', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', [source(1)]));

		await expect(
			runNode({
				resource: 'source',
				operation: 'get',
				sourceId: { __rl: true, mode: 'url', value: 'https://app.segment.com/acme/sources/nope' },
			}),
		).rejects.toThrow('No source with the slug "nope" exists in this workspace');
	});

	it.each([
		['empty', ''],
		['blank', '   '],
		['a dot-dot segment', '..'],
	])('refuses an %s ID before sending any request', async (_, value) => {
		await expect(
			runNode({ resource: 'source', operation: 'get', sourceId: byId(value) }),
		).rejects.toThrow(/"Source"/);
	});
});
