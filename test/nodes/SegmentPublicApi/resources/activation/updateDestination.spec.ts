import { runJson, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { ALPHA, audience, byId, CONNECTIONS } from './fixtures';

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
