import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { ALPHA, PATH, space } from './fixtures';

describe('Engage: Profiles Sync > Update Selective Sync', () => {
	const parameters = (extra: IDataObject) => ({
		resource: 'profilesWarehouse',
		operation: 'updateSelectiveSync',
		spaceId: space('spa1'),
		profilesWarehouseId: 'pwh1',
		...extra,
	});

	it('sends the overrides entered as fields and the event tables flag', async () => {
		apiWithBody(US, ALPHA)
			.patch(PATH, {
				enableEventTables: true,
				syncOverrides: [
					{ collection: 'tracks', enabled: false },
					{ collection: 'identifies', property: 'context_ip', enabled: false },
				],
			})
			.reply(200, { data: { status: 'UPDATED' } });

		const items = await runJson(
			parameters({
				updateFields: { enableEventTables: true },
				overrides: {
					override: [
						{ collection: 'tracks', property: '', enabled: false },
						{ collection: 'identifies', property: 'context_ip', enabled: false },
					],
				},
			}),
		);

		expect(items).toEqual([{ status: 'UPDATED' }]);
	});

	it('sends only the event tables flag when no override is given', async () => {
		apiWithBody(US, ALPHA)
			.patch(PATH, { enableEventTables: false })
			.reply(200, { data: { status: 'UNCHANGED' } });

		const items = await runJson(parameters({ updateFields: { enableEventTables: false } }));

		expect(items).toEqual([{ status: 'UNCHANGED' }]);
	});

	it('sends the overrides given as JSON', async () => {
		apiWithBody(US, ALPHA)
			.patch(PATH, { syncOverrides: [{ collection: 'pages', enabled: true }] })
			.reply(200, { data: { status: 'UPDATED' } });

		const items = await runJson(
			parameters({
				overridesInput: 'json',
				overridesJson: [{ collection: 'pages', enabled: true }],
			}),
		);

		expect(items).toEqual([{ status: 'UPDATED' }]);
	});

	it.each([
		[{}, 'The field "Overrides" is empty'],
		[{ overridesInput: 'json', overridesJson: '' }, 'The field "Overrides (JSON)" is empty'],
		[
			{ overrides: { override: [{ collection: ' ', enabled: true }] } },
			'invalid override at position 1: "collection" is empty',
		],
		[
			{
				overridesInput: 'json',
				overridesJson: '[{"collection": "a", "sourceId": "s", "enabled": true}]',
			},
			'invalid override at position 1: unknown key "sourceId"',
		],
	])('refuses %j before sending', async (extra, message) => {
		const trap = nock(US)
			.intercept(() => true, 'PATCH')
			.reply(200, {});
		await expect(runNode(parameters(extra))).rejects.toThrow(message);
		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});
});
