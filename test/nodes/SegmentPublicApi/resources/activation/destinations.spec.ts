import { runJson, US } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, page } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const CONNECTIONS = '/spaces/spa_1/audiences/aud_1/destination-connections';
const audience = { resource: 'activation', spaceId: byId('spa_1'), audienceId: 'aud_1' };

function connection(n: number) {
	return {
		id: `ii_${n}`,
		name: `Destination ${n}`,
		destinationId: `dst${n}`,
		sourceId: 'src_engage',
		enabled: n !== 2,
		createdAt: '2026-01-01T00:00:00Z',
		updatedAt: '2026-01-02T00:00:00Z',
		settings: { apiKey: '••••••', listName: `List ${n}` },
		metadata: { id: 'meta1', name: 'Braze', slug: 'braze' },
		idSyncConfiguration: [{ externalId: 'email', strategy: 'last' }],
		connectionSettings: null,
	};
}

function simplified(n: number) {
	return {
		id: `ii_${n}`,
		name: `Destination ${n}`,
		destinationId: `dst${n}`,
		type: 'Braze',
		typeSlug: 'braze',
		enabled: n !== 2,
		sourceId: 'src_engage',
		idSyncConfiguration: [{ externalId: 'email', strategy: 'last' }],
	};
}

const added = {
	connection: { id: 'ii_9' },
	idSyncConfiguration: [{ externalId: 'email', strategy: 'last' }],
	connectionSettings: null,
};

describe('Engage: Audience Activation > Add Destination', () => {
	const add = { ...audience, operation: 'addDestination', destinationId: byId('dst9') };

	it('POSTs the destination with its kind, in the alpha media type', async () => {
		apiWithBody(US, ALPHA)
			.post(CONNECTIONS, { destination: { id: 'dst9', type: 'destination' } })
			.reply(200, { data: added });

		expect(await runJson(add)).toEqual([added]);
	});

	it('sends a warehouse by the warehouse field, with the ID sync configuration and connection settings', async () => {
		apiWithBody(US, ALPHA)
			.post(CONNECTIONS, {
				destination: { id: 'wh1', type: 'warehouse' },
				idSyncConfiguration: [
					{ externalId: 'email', strategy: 'all', mapTo: 'Email__c' },
					{ externalId: 'user_id', strategy: 'first' },
				],
				connectionSettings: { accountId: 'act_1', listName: 'High value' },
			})
			.reply(200, { data: added });

		const items = await runJson({
			...add,
			destinationType: 'warehouse',
			warehouseId: byId('wh1'),
			additionalFields: {
				connectionSettings: '{"accountId": "act_1", "listName": "High value"}',
				idSyncConfiguration: {
					identifier: [
						{ externalId: ' email ', strategy: 'all', mapTo: 'Email__c' },
						{ externalId: 'user_id', strategy: 'first', mapTo: '' },
					],
				},
			},
		});

		expect(items).toEqual([added]);
	});

	it('URL-encodes the space and audience IDs', async () => {
		apiWithBody(US, ALPHA)
			.post('/spaces/spa%201/audiences/aud%2F1/destination-connections', {
				destination: { id: 'dst9', type: 'destination' },
			})
			.reply(200, { data: added });

		expect(await runJson({ ...add, spaceId: byId('spa 1'), audienceId: 'aud/1' })).toEqual([added]);
	});

	it('refuses more than 5 identifiers before sending', async () => {
		const identifier = Array.from({ length: 6 }, (_, n) => ({
			externalId: `id${n}`,
			strategy: 'last',
		}));
		await expect(
			runJson({ ...add, additionalFields: { idSyncConfiguration: { identifier } } }),
		).rejects.toThrow(
			'The field "ID Sync Configuration" has 6 identifiers; Segment accepts at most 5',
		);
	});

	it('refuses an identifier without an external ID before sending', async () => {
		await expect(
			runJson({
				...add,
				additionalFields: {
					idSyncConfiguration: { identifier: [{ externalId: ' ', strategy: 'last' }] },
				},
			}),
		).rejects.toThrow(
			'The field "External ID" of identifier 1 in "ID Sync Configuration" is empty',
		);
	});

	it('refuses connection settings that are not JSON before sending', async () => {
		await expect(
			runJson({ ...add, additionalFields: { connectionSettings: '{"listName": ' } }),
		).rejects.toThrow('The field "Connection Settings (JSON)" is not valid JSON');
	});

	it('refuses connection settings holding a censored secret before sending', async () => {
		await expect(
			runJson({ ...add, additionalFields: { connectionSettings: '{"apiKey": "••••••"}' } }),
		).rejects.toThrow('The field "Connection Settings (JSON)" holds a censored secret at "apiKey"');
	});

	it('refuses an empty audience ID before sending', async () => {
		await expect(runJson({ ...add, audienceId: '  ' })).rejects.toThrow(/is empty/);
	});

	it('refuses an empty destination before sending', async () => {
		await expect(runJson({ ...add, destinationId: byId('') })).rejects.toThrow(
			'The field "Destination" is empty',
		);
	});
});

describe('Engage: Audience Activation > Get Destinations', () => {
	const list = { ...audience, operation: 'getDestinations' };

	it('asks for Limit connections and simplifies them', async () => {
		apiWithoutBody(US, ALPHA)
			.get(CONNECTIONS)
			.query({ 'pagination[count]': '2' })
			.reply(200, page('connections', [connection(1), connection(2)], 'Mg=='));

		expect(await runJson({ ...list, limit: 2 })).toEqual([simplified(1), simplified(2)]);
	});

	it('follows the cursor with pages of 200 on Return All', async () => {
		apiWithoutBody(US, ALPHA)
			.get(CONNECTIONS)
			.query({ 'pagination[count]': '200' })
			.reply(200, page('connections', [connection(1)], 'Mg=='))
			.get(CONNECTIONS)
			.query({ 'pagination[count]': '200', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('connections', [connection(2)], null, 'Mg=='));

		expect(await runJson({ ...list, returnAll: true })).toEqual([simplified(1), simplified(2)]);
	});

	it('returns the connections unchanged with Simplify off', async () => {
		apiWithoutBody(US, ALPHA)
			.get(CONNECTIONS)
			.query({ 'pagination[count]': '50' })
			.reply(200, page('connections', [connection(3)]));

		expect(await runJson({ ...list, simplify: false })).toEqual([connection(3)]);
	});
});

describe('Engage: Audience Activation > Update Destination', () => {
	const update = { ...audience, operation: 'updateDestination', destinationId: byId('dst1') };
	const updated = {
		destination: { id: 'dst1' },
		idSyncConfiguration: [{ externalId: 'email', strategy: 'first' }],
		connectionSettings: { listName: 'VIP' },
	};

	it('PATCHes only the ID sync configuration when only it is given', async () => {
		apiWithBody(US, ALPHA)
			.patch(`${CONNECTIONS}/dst1`, {
				idSyncConfiguration: [{ externalId: 'email', strategy: 'first' }],
			})
			.reply(200, { data: updated });

		const items = await runJson({
			...update,
			updateFields: {
				idSyncConfiguration: { identifier: [{ externalId: 'email', strategy: 'first' }] },
			},
		});

		expect(items).toEqual([updated]);
	});

	it('PATCHes only the connection settings when only they are given', async () => {
		apiWithBody(US, ALPHA)
			.patch(`${CONNECTIONS}/dst1`, { connectionSettings: { listName: 'VIP' } })
			.reply(200, { data: updated });

		expect(
			await runJson({ ...update, updateFields: { connectionSettings: '{"listName": "VIP"}' } }),
		).toEqual([updated]);
	});

	it('refuses an update with nothing to change before sending', async () => {
		await expect(runJson({ ...update, updateFields: {} })).rejects.toThrow('Nothing to update');
	});
});

describe('Engage: Audience Activation > Remove Destination', () => {
	it('DELETEs the connection without a body and returns the status', async () => {
		apiWithoutBody(US, ALPHA)
			.delete(`${CONNECTIONS}/dst%2F1`)
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			...audience,
			operation: 'removeDestination',
			destinationId: byId('dst/1'),
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});

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
