import { runJson, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { ALPHA, audience, byId, CONNECTIONS } from './fixtures';

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
