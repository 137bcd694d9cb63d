import nock from 'nock';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody, warehouse } from '../../../../harness/segment';

const POSTGRES = 'aea3fX3g4o';

describe('Warehouse > Create', () => {
	it('sends the type and the parsed settings, and returns the created warehouse', async () => {
		const created = warehouse(1);
		apiWithBody()
			.post('/warehouses', {
				metadataId: POSTGRES,
				settings: { name: 'Analytics', hostname: 'db.example.com', port: 5432 },
			})
			.reply(201, { data: { warehouse: created } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'create',
			metadataId: POSTGRES,
			settings: '{"name": "Analytics", "hostname": "db.example.com", "port": 5432}',
		});

		expect(items).toEqual([created]);
	});

	it('sends the additional fields, disconnectAllSources included', async () => {
		apiWithBody()
			.post('/warehouses', {
				metadataId: POSTGRES,
				settings: { hostname: 'db.example.com' },
				disconnectAllSources: true,
				enabled: false,
				name: 'Analytics',
			})
			.reply(201, { data: { warehouse: warehouse(2, { enabled: false }) } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'create',
			metadataId: POSTGRES,
			settings: '{"hostname": "db.example.com"}',
			additionalFields: { disconnectAllSources: true, enabled: false, name: 'Analytics' },
		});

		expect(items).toEqual([warehouse(2, { enabled: false })]);
	});

	it('sends disconnectAllSources: false when it is set off', async () => {
		apiWithBody()
			.post('/warehouses', { metadataId: POSTGRES, settings: {}, disconnectAllSources: false })
			.reply(201, { data: { warehouse: warehouse(3) } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'create',
			metadataId: POSTGRES,
			additionalFields: { disconnectAllSources: false },
		});

		expect(items).toEqual([warehouse(3)]);
	});

	it('refuses invalid JSON in Settings, naming the field, before sending any request', async () => {
		const trap = nock(US).intercept(() => true, 'POST').reply(201, {});

		await expect(
			runNode({ resource: 'warehouse', operation: 'create', metadataId: POSTGRES, settings: '{bad' }),
		).rejects.toThrow('The field "Settings" is not valid JSON');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('refuses Settings that are JSON but not an object, before sending any request', async () => {
		const trap = nock(US).intercept(() => true, 'POST').reply(201, {});

		await expect(
			runNode({ resource: 'warehouse', operation: 'create', metadataId: POSTGRES, settings: '"text"' }),
		).rejects.toThrow('The field "Settings" must be a JSON object');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});

	it("rejects with Segment's error messages when the API refuses the warehouse", async () => {
		apiWithBody()
			.post('/warehouses', { metadataId: POSTGRES, settings: {} })
			.reply(400, {
				errors: [
					{ type: 'validation', message: 'hostname is required', field: 'settings.hostname' },
					{ type: 'validation', message: 'port is required', field: 'settings.port' },
				],
			});

		await expect(
			runNode({ resource: 'warehouse', operation: 'create', metadataId: POSTGRES, settings: '{}' }),
		).rejects.toThrow('hostname is required (field: settings.hostname)');
	});
});
