import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';

const V1ALPHA = 'application/vnd.segment.v1alpha+json';
const URLS = [
	'https://s3.amazonaws.com/logs/col1/2025/05/07/23/part-0.json.gz?X-Amz-Signature=abc',
	'https://s3.amazonaws.com/logs/col1/2025/05/07/23/part-1.json.gz?X-Amz-Signature=def',
];

const download = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'customerInsights',
	operation: 'createDownload',
	collectionId: 'col1',
	hour: '2025-05-07T23:00:00Z',
	...overrides,
});

describe('Customer Insights > Create Download', () => {
	it('POSTs the collection and hour with the v1alpha media type and returns the URLs in one item', async () => {
		apiWithBody(undefined, V1ALPHA)
			.post('/customer-insights/download', { collectionId: 'col1', hour: '2025-05-07T23:00:00Z' })
			.query((query) => Object.keys(query).length === 0)
			.reply(200, { data: { download: { urls: URLS } } });

		const items = await runJson(download());

		expect(items).toEqual([{ collectionId: 'col1', hour: '2025-05-07T23:00:00Z', urls: URLS }]);
	});

	it.each([
		['a time within the hour', '2025-05-07T23:41:07.250Z'],
		['another time zone', '2025-05-08T01:15:00+02:00'],
		["n8n's date picker format", '2025-05-07T23:59:59'],
	])('sends the start of the hour (UTC) for %s', async (_, hour) => {
		const expected = hour.endsWith('59:59') ? new Date(hour) : undefined;
		const sent = expected
			? new Date(Math.floor(expected.getTime() / 3_600_000) * 3_600_000)
					.toISOString()
					.replace('.000Z', 'Z')
			: '2025-05-07T23:00:00Z';
		apiWithBody(undefined, V1ALPHA)
			.post('/customer-insights/download', { collectionId: 'col1', hour: sent })
			.reply(200, { data: { download: { urls: [] } } });

		const items = await runJson(download({ hour }));

		expect(items).toEqual([{ collectionId: 'col1', hour: sent, urls: [] }]);
	});

	it('returns one item per URL with One Item per URL', async () => {
		apiWithBody(undefined, V1ALPHA)
			.post('/customer-insights/download', { collectionId: 'col 1', hour: '2025-05-07T23:00:00Z' })
			.reply(200, { data: { download: { urls: URLS } } });

		const items = await runJson(download({ collectionId: ' col 1 ', splitUrls: true }));

		expect(items).toEqual([
			{ collectionId: 'col 1', hour: '2025-05-07T23:00:00Z', url: URLS[0] },
			{ collectionId: 'col 1', hour: '2025-05-07T23:00:00Z', url: URLS[1] },
		]);
	});

	it('returns no item per URL when there are none', async () => {
		apiWithBody(undefined, V1ALPHA)
			.post('/customer-insights/download')
			.reply(200, { data: { download: { urls: [] } } });

		expect(await runJson(download({ splitUrls: true }))).toEqual([]);
	});

	it.each<[string, INodeParameters, string]>([
		['an empty Collection ID', { collectionId: ' ' }, 'The field "Collection ID" is empty'],
		['an empty Hour', { hour: '' }, 'The field "Hour" is not a valid date'],
		['an unreadable Hour', { hour: 'yesterday evening' }, 'The field "Hour" is not a valid date'],
	])('refuses %s before sending', async (_, overrides, message) => {
		await expect(runNode(download(overrides))).rejects.toThrow(message);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it("fails with Segment's message when the daily limit is used up", async () => {
		apiWithBody(undefined, V1ALPHA)
			.post('/customer-insights/download')
			.reply(
				429,
				{ errors: [{ type: 'rate-limit', message: 'Too many requests' }] },
				{ 'X-RateLimit-Reset': new Date(Date.now() + 86_400_000).toUTCString() },
			);

		await expect(runNode(download({ options: { maxWaitSeconds: 5 } }))).rejects.toThrow(
			/Too many requests|spacing your requests/,
		);
	});
});
