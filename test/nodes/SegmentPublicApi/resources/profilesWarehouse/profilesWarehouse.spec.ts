import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, page } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const SNOWFLAKE = 'CCIl4HLQPz';
const space = (value: string) => ({ __rl: true, mode: 'id', value });

function profilesWarehouse(n: number, overrides: IDataObject = {}): IDataObject {
	return {
		id: `pwh${n}`,
		spaceId: 'spa1',
		metadata: { id: SNOWFLAKE, name: 'Snowflake', slug: 'snowflake' },
		workspaceId: 'ws1',
		enabled: true,
		settings: { name: `Profiles ${n}`, account: 'acme', password: '••••••' },
		schemaName: `profiles_${n}`,
		...overrides,
	};
}

const simplified = (n: number) => ({
	id: `pwh${n}`,
	name: `Profiles ${n}`,
	enabled: true,
	type: 'Snowflake',
	typeId: SNOWFLAKE,
	spaceId: 'spa1',
	schemaName: `profiles_${n}`,
	workspaceId: 'ws1',
});

async function refusesBeforeSending(
	method: string,
	parameters: IDataObject,
	message: string | RegExp,
) {
	const trap = nock(US)
		.intercept(() => true, method)
		.reply(200, {});
	await expect(runNode({ resource: 'profilesWarehouse', ...parameters })).rejects.toThrow(message);
	expect(trap.isDone()).toBe(false);
	nock.cleanAll();
}

describe('Engage: Profiles Sync > Create', () => {
	it('sends the type, the parsed settings and the additional fields with the v1alpha media type', async () => {
		apiWithBody(US, ALPHA)
			.post('/spaces/spa1/profiles-warehouses', {
				metadataId: SNOWFLAKE,
				settings: { account: 'acme', password: 'secret' },
				enabled: false,
				name: 'Profiles 1',
				schemaName: 'profiles_1',
			})
			.reply(201, { data: { profilesWarehouse: profilesWarehouse(1) } });

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'create',
			spaceId: space('spa1'),
			metadataId: SNOWFLAKE,
			settings: '{"account": "acme", "password": "secret"}',
			additionalFields: { enabled: false, name: 'Profiles 1', schemaName: 'profiles_1' },
		});

		expect(items).toEqual([profilesWarehouse(1)]);
	});

	it('URL-encodes the space ID', async () => {
		apiWithBody(US, ALPHA)
			.post('/spaces/spa%2F1/profiles-warehouses', {
				metadataId: SNOWFLAKE,
				settings: { account: 'a' },
			})
			.reply(201, { data: { profilesWarehouse: profilesWarehouse(2) } });

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'create',
			spaceId: space('spa/1'),
			metadataId: SNOWFLAKE,
			settings: { account: 'a' },
		});

		expect(items).toEqual([profilesWarehouse(2)]);
	});

	it('refuses invalid settings JSON before sending', async () => {
		await refusesBeforeSending(
			'POST',
			{ operation: 'create', spaceId: space('spa1'), metadataId: SNOWFLAKE, settings: '{bad' },
			'The field "Settings" is not valid JSON',
		);
	});

	it('refuses a censored secret in the settings before sending', async () => {
		await refusesBeforeSending(
			'POST',
			{
				operation: 'create',
				spaceId: space('spa1'),
				metadataId: SNOWFLAKE,
				settings: '{"password": "••••••"}',
			},
			'The field "Settings" holds a censored secret at "password"',
		);
	});

	it('refuses an empty space before sending', async () => {
		await refusesBeforeSending(
			'POST',
			{ operation: 'create', spaceId: space(''), metadataId: SNOWFLAKE, settings: '{}' },
			'The field "Space" is empty',
		);
	});
});

describe('Engage: Profiles Sync > Get Many', () => {
	it('asks for Limit warehouses and simplifies them', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa1/profiles-warehouses')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('profilesWarehouses', [profilesWarehouse(1), profilesWarehouse(2)], 'Mg=='));

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'getAll',
			spaceId: space('spa1'),
			limit: 2,
		});

		expect(items).toEqual([simplified(1), simplified(2)]);
	});

	it('follows the cursor on Return All and returns the raw records with Simplify off', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa1/profiles-warehouses')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('profilesWarehouses', [profilesWarehouse(1)], 'MQ=='))
			.get('/spaces/spa1/profiles-warehouses')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'MQ==' })
			.reply(200, page('profilesWarehouses', [profilesWarehouse(2)], null, 'MQ=='));

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'getAll',
			spaceId: space('spa1'),
			returnAll: true,
			simplify: false,
		});

		expect(items).toEqual([profilesWarehouse(1), profilesWarehouse(2)]);
	});

	it('stops when the answer has no pagination', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa1/profiles-warehouses')
			.query({ 'pagination[count]': '1000' })
			.reply(200, { data: { profilesWarehouses: [profilesWarehouse(3)] } });

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'getAll',
			spaceId: space('spa1'),
			returnAll: true,
		});

		expect(items).toEqual([simplified(3)]);
	});
});

describe('Engage: Profiles Sync > Update', () => {
	it('sends the settings and the update fields to the encoded path', async () => {
		apiWithBody(US, ALPHA)
			.patch('/spaces/spa1/profiles-warehouses/pwh%201', {
				settings: { account: 'acme2' },
				enabled: true,
				name: 'Renamed',
				schemaName: 'profiles_new',
			})
			.reply(200, {
				data: { profilesWarehouse: profilesWarehouse(1, { schemaName: 'profiles_new' }) },
			});

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'update',
			spaceId: space('spa1'),
			profilesWarehouseId: 'pwh 1',
			settings: '{"account": "acme2"}',
			updateFields: { enabled: true, name: 'Renamed', schemaName: 'profiles_new' },
		});

		expect(items).toEqual([profilesWarehouse(1, { schemaName: 'profiles_new' })]);
	});

	it('always sends settings, as {} by default', async () => {
		apiWithBody(US, ALPHA)
			.patch('/spaces/spa1/profiles-warehouses/pwh1', { settings: {}, enabled: false })
			.reply(200, { data: { profilesWarehouse: profilesWarehouse(1, { enabled: false }) } });

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'update',
			spaceId: space('spa1'),
			profilesWarehouseId: 'pwh1',
			updateFields: { enabled: false },
		});

		expect(items).toEqual([profilesWarehouse(1, { enabled: false })]);
	});

	it('refuses an empty warehouse ID before sending', async () => {
		await refusesBeforeSending(
			'PATCH',
			{ operation: 'update', spaceId: space('spa1'), profilesWarehouseId: ' ', settings: '{}' },
			/The field "Profiles Warehouse" is empty/,
		);
	});
});

describe('Engage: Profiles Sync > Delete', () => {
	it('deletes with the v1alpha media type and no body, and returns the status', async () => {
		apiWithoutBody(US, ALPHA)
			.delete('/spaces/spa%3F1/profiles-warehouses/pwh%2F1')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'delete',
			spaceId: space('spa?1'),
			profilesWarehouseId: 'pwh/1',
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('refuses an empty warehouse ID before sending', async () => {
		await refusesBeforeSending(
			'DELETE',
			{ operation: 'delete', spaceId: space('spa1'), profilesWarehouseId: '' },
			/The field "Profiles Warehouse" is empty/,
		);
	});

	it("rejects with Segment's message for an unknown warehouse", async () => {
		apiWithoutBody(US, ALPHA)
			.delete('/spaces/spa1/profiles-warehouses/nope')
			.reply(404, { errors: [{ type: 'NotFound', message: 'Profiles Warehouse not found' }] });

		await expect(
			runNode({
				resource: 'profilesWarehouse',
				operation: 'delete',
				spaceId: space('spa1'),
				profilesWarehouseId: 'nope',
			}),
		).rejects.toThrow('Profiles Warehouse not found');
	});
});
