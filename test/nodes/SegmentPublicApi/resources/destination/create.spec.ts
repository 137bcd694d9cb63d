import nock from 'nock';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, destination, page, source } from '../../../../harness/segment';

const AMPLITUDE = '54521fd725e721e32a72eeb3';
const bySourceId = (value: string) => ({ __rl: true, mode: 'id', value });

/** Catches any request to Segment, so a test can prove none was sent. */
function trapRequests() {
	const scope = nock(US);
	for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']) {
		scope.intercept(() => true, method).reply(200, {});
	}
	return scope;
}

function expectNoRequestSent(scope: nock.Scope) {
	expect(scope.pendingMocks()).toHaveLength(5);
	nock.cleanAll();
}

describe('Destination > Create', () => {
	it('sends the source, the type and the parsed settings, and returns the created destination', async () => {
		apiWithBody()
			.post('/destinations', { sourceId: 'src1', metadataId: AMPLITUDE, settings: { apiKey: 'k' } })
			.reply(201, { data: { destination: destination(1) } });

		const items = await runJson({
			resource: 'destination',
			operation: 'create',
			sourceId: bySourceId('src1'),
			metadataId: AMPLITUDE,
			settings: '{"apiKey":"k"}',
		});

		expect(items).toEqual([destination(1)]);
	});

	it('sends nested settings unchanged and the additional fields', async () => {
		apiWithBody()
			.post('/destinations', {
				sourceId: 'src2',
				metadataId: AMPLITUDE,
				settings: { apiKey: 'k', trackAll: true, events: ['a', 'b'], nested: { n: 1 } },
				enabled: true,
				name: 'Prod Amplitude',
			})
			.reply(201, { data: { destination: destination(2, { name: 'Prod Amplitude' }) } });

		const items = await runJson({
			resource: 'destination',
			operation: 'create',
			sourceId: { __rl: true, mode: 'list', value: 'src2', cachedResultName: 'Source 2' },
			metadataId: AMPLITUDE,
			settings: '{"apiKey": "k", "trackAll": true, "events": ["a", "b"], "nested": {"n": 1}}',
			additionalFields: { enabled: true, name: 'Prod Amplitude' },
		});

		expect(items).toEqual([destination(2, { name: 'Prod Amplitude' })]);
	});

	it('sends enabled: false when the destination should start disabled', async () => {
		apiWithBody()
			.post('/destinations', { sourceId: 'src1', metadataId: AMPLITUDE, settings: {}, enabled: false })
			.reply(201, { data: { destination: destination(1) } });

		const items = await runJson({
			resource: 'destination',
			operation: 'create',
			sourceId: bySourceId('src1'),
			metadataId: AMPLITUDE,
			settings: '{}',
			additionalFields: { enabled: false },
		});

		expect(items).toEqual([destination(1)]);
	});

	it('sends empty settings when the Settings field is left at its default', async () => {
		apiWithBody()
			.post('/destinations', { sourceId: 'src1', metadataId: AMPLITUDE, settings: {} })
			.reply(201, { data: { destination: destination(3) } });

		const items = await runJson({
			resource: 'destination',
			operation: 'create',
			sourceId: bySourceId('src1'),
			metadataId: AMPLITUDE,
		});

		expect(items).toEqual([destination(3)]);
	});

	it('refuses invalid JSON in Settings, naming the field, before sending any request', async () => {
		const trap = trapRequests();

		await expect(
			runNode({
				resource: 'destination',
				operation: 'create',
				sourceId: bySourceId('src1'),
				metadataId: AMPLITUDE,
				settings: '{bad',
			}),
		).rejects.toThrow('The field "Settings" is not valid JSON');

		expectNoRequestSent(trap);
	});

	it('refuses Settings that are JSON but not an object, before sending any request', async () => {
		const trap = trapRequests();

		await expect(
			runNode({
				resource: 'destination',
				operation: 'create',
				sourceId: bySourceId('src1'),
				metadataId: AMPLITUDE,
				settings: '["apiKey"]',
			}),
		).rejects.toThrow('The field "Settings" must be a JSON object');

		expectNoRequestSent(trap);
	});

	it('refuses an empty source ID, naming the field, before sending any request', async () => {
		const trap = trapRequests();

		await expect(
			runNode({
				resource: 'destination',
				operation: 'create',
				sourceId: bySourceId('  '),
				metadataId: AMPLITUDE,
				settings: '{"apiKey":"k"}',
			}),
		).rejects.toThrow('The field "Source" is empty');

		expectNoRequestSent(trap);
	});

	it("rejects with Segment's error message when the API refuses the destination", async () => {
		apiWithBody()
			.post('/destinations', { sourceId: 'src1', metadataId: AMPLITUDE, settings: {} })
			.reply(422, { errors: [{ type: 'validation', message: 'apiKey is required', field: 'settings' }] });

		await expect(
			runNode({
				resource: 'destination',
				operation: 'create',
				sourceId: bySourceId('src1'),
				metadataId: AMPLITUDE,
				settings: '{}',
			}),
		).rejects.toThrow('apiKey is required (field: settings)');
	});

	it('looks up the source of a Segment app URL (which holds the slug) and sends its ID', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', [source(1), source(2, { slug: 'my_site' })]));
		apiWithBody()
			.post('/destinations', { sourceId: 'src2', metadataId: AMPLITUDE, settings: {} })
			.reply(200, { data: { destination: destination(1) } });

		const items = await runJson({
			resource: 'destination',
			operation: 'create',
			sourceId: { __rl: true, mode: 'url', value: 'https://app.segment.com/acme/sources/my_site/overview' },
			metadataId: AMPLITUDE,
			settings: '{}',
		});

		expect(items).toEqual([destination(1)]);
	});
});
