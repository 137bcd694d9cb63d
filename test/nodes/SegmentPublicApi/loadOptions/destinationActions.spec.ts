import type { INodeParameterResourceLocator, INodeParameters } from 'n8n-workflow';
import { loadOptions } from '../../../harness/node';
import { apiWithoutBody, destination } from '../../../harness/segment';
import { always, capture } from '../../../differential/capture';

const METADATA_ID = '54521fd725e721e32a72eeb3';

const actions = [
	{ id: 'act3', slug: 'identifyUser', name: 'Identify User', description: 'Set user properties', hidden: false },
	{ id: 'act1', slug: 'logEvent', name: 'Log Event', description: 'Send an event', hidden: false },
	{ id: 'act9', slug: 'legacy', name: 'Legacy Action', description: 'Old', hidden: true },
	{ id: 'act2', slug: 'groupIdentify', name: 'Group Identify User' },
];

function parameters(destinationId: INodeParameterResourceLocator): INodeParameters {
	return { resource: 'destinationSubscription', operation: 'create', destinationId };
}

describe('loadOptions > getDestinationActions', () => {
	it("reads the destination's catalog type, then lists that type's actions sorted by name without hidden ones", async () => {
		apiWithoutBody()
			.get('/destinations/dst1')
			.reply(200, { data: { destination: destination(1, { metadata: { id: METADATA_ID, name: 'Amplitude (Actions)' } }) } })
			.get(`/catalog/destinations/${METADATA_ID}`)
			.reply(200, { data: { destinationMetadata: { id: METADATA_ID, name: 'Amplitude (Actions)', actions } } });

		const options = await loadOptions('getDestinationActions', parameters({ __rl: true, mode: 'id', value: 'dst1' }));

		expect(options).toEqual([
			{ name: 'Group Identify User', value: 'act2', description: undefined },
			{ name: 'Identify User', value: 'act3', description: 'Set user properties' },
			{ name: 'Log Event', value: 'act1', description: 'Send an event' },
		]);
	});

	it('takes the destination ID out of a Segment app URL and encodes the catalog ID', async () => {
		apiWithoutBody()
			.get('/destinations/fP7qoQw2HTWt9WdMr718gn')
			.reply(200, { data: { destination: destination(1, { metadata: { id: 'meta/1' } }) } })
			.get('/catalog/destinations/meta%2F1')
			.reply(200, { data: { destinationMetadata: { id: 'meta/1', actions: [actions[1]] } } });

		const options = await loadOptions(
			'getDestinationActions',
			parameters({
				__rl: true,
				mode: 'url',
				value:
					'https://app.segment.com/acme/destinations/amplitude/sources/web/instances/fP7qoQw2HTWt9WdMr718gn/configuration',
			}),
		);

		expect(options).toEqual([{ name: 'Log Event', value: 'act1', description: 'Send an event' }]);
	});

	it('explains that a classic destination has no actions', async () => {
		apiWithoutBody()
			.get('/destinations/dst1')
			.reply(200, { data: { destination: destination(1) } })
			.get('/catalog/destinations/54521fd725e721e32a72eeb3')
			.reply(200, { data: { destinationMetadata: { id: METADATA_ID, name: 'Amplitude' } } });

		await expect(
			loadOptions('getDestinationActions', parameters({ __rl: true, mode: 'id', value: 'dst1' })),
		).rejects.toThrow('"Destination 1" is a classic destination: it has no actions, so it takes no subscriptions');
	});

	it('returns an empty list without any request while no destination is chosen', async () => {
		let options: unknown;
		const sent = await capture(async () => {
			options = await loadOptions('getDestinationActions', parameters({ __rl: true, mode: 'list', value: '' }));
		}, always({ data: {} }));
		expect(options).toEqual([]);
		expect(sent).toEqual([]);
	});
});
