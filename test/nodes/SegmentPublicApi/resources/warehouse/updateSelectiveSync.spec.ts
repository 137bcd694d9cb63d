import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Warehouse > Update Selective Sync', () => {
	const run = (parameters: IDataObject) =>
		runJson({
			resource: 'warehouse',
			operation: 'updateSelectiveSync',
			warehouseId: byId('wh1'),
			...parameters,
		});
	const runFailing = (parameters: IDataObject) =>
		runNode({
			resource: 'warehouse',
			operation: 'updateSelectiveSync',
			warehouseId: byId('wh1'),
			...parameters,
		});

	async function refusesBeforeSending(parameters: IDataObject, message: string) {
		const trap = nock(US)
			.intercept(() => true, 'PATCH')
			.reply(200, {});
		await expect(runFailing(parameters)).rejects.toThrow(message);
		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	}

	it('sends the overrides entered as fields, leaving out empty collections and properties', async () => {
		apiWithBody()
			.patch('/warehouses/wh1/selective-sync', {
				syncOverrides: [
					{ sourceId: 'src1', enabled: false },
					{ sourceId: 'src2', collection: 'pages', enabled: true },
					{ sourceId: 'src2', collection: 'tracks', property: 'context_ip', enabled: false },
				],
			})
			.reply(200, { data: { status: 'UPDATED', warnings: [] } });

		const items = await run({
			overrides: {
				override: [
					{ sourceId: 'src1', collection: '', property: '', enabled: false },
					{ sourceId: ' src2 ', collection: 'pages', property: '', enabled: true },
					{ sourceId: 'src2', collection: 'tracks', property: 'context_ip', enabled: false },
				],
			},
		});

		expect(items).toEqual([{ status: 'UPDATED', warnings: [] }]);
	});

	it('sends the overrides given as JSON, and returns the warnings', async () => {
		apiWithBody()
			.patch('/warehouses/wh%2F1/selective-sync', {
				syncOverrides: [{ sourceId: 'src1', collection: 'pages', property: 'url', enabled: false }],
			})
			.reply(200, { data: { status: 'UNCHANGED', warnings: ['Collection "pages" is disabled'] } });

		const items = await run({
			warehouseId: byId('wh/1'),
			overridesInput: 'json',
			overridesJson:
				'[{"sourceId": "src1", "collection": "pages", "property": "url", "enabled": false}]',
		});

		expect(items).toEqual([{ status: 'UNCHANGED', warnings: ['Collection "pages" is disabled'] }]);
	});

	it('refuses no override at all before sending', async () => {
		await refusesBeforeSending({}, 'The field "Overrides" is empty');
	});

	it('refuses an empty JSON list before sending', async () => {
		await refusesBeforeSending(
			{ overridesInput: 'json', overridesJson: '[]' },
			'The field "Overrides (JSON)" is empty',
		);
	});

	it('refuses an override without a source before sending', async () => {
		await refusesBeforeSending(
			{ overrides: { override: [{ sourceId: '', collection: 'pages', enabled: false }] } },
			'The field "Overrides" has an invalid override at position 1: "sourceId" is empty',
		);
	});

	it('refuses a property without a collection before sending', async () => {
		await refusesBeforeSending(
			{ overrides: { override: [{ sourceId: 'src1', property: 'url', enabled: false }] } },
			'The field "Overrides" has an invalid override at position 1: "property" needs a "collection"',
		);
	});

	it.each([
		['{bad', 'The field "Overrides (JSON)" is not valid JSON'],
		['{"sourceId": "src1"}', 'The field "Overrides (JSON)" must be a JSON array'],
		[
			'[{"sourceId": "src1", "enabled": "no"}]',
			'invalid override at position 1: "enabled" must be true or false',
		],
		[
			'[{"sourceId": "src1", "enabled": true}, {"source": "src1", "enabled": true}]',
			'invalid override at position 2: unknown key "source"',
		],
		[
			'[{"sourceId": 7, "enabled": true}]',
			'invalid override at position 1: "sourceId" must be a string',
		],
		['[null]', 'invalid override at position 1: it is not an object'],
	])('refuses the JSON %s before sending', async (json, message) => {
		await refusesBeforeSending({ overridesInput: 'json', overridesJson: json }, message);
	});
});
