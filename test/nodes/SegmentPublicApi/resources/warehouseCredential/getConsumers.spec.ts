import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, source, warehouse } from '../../../../harness/segment';

function answer(
	warehouses: number[],
	sources: number[],
	next: { warehouses?: string; sources?: string } = {},
) {
	return {
		data: {
			warehouses: warehouses.map((n) => warehouse(n)),
			warehousesPagination: { current: 'MA==', next: next.warehouses ?? null },
			sources: sources.map((n) => source(n)),
			sourcesPagination: { current: 'MA==', next: next.sources ?? null },
		},
	};
}

const simpleWarehouse = (n: number) => ({
	consumerType: 'warehouse',
	id: `wh${n}`,
	name: `Warehouse ${n}`,
	enabled: true,
	type: 'Postgres',
	typeId: 'aea3fX3g4o',
	workspaceId: 'ws1',
});

const simpleSource = (n: number) => ({
	consumerType: 'source',
	id: `src${n}`,
	name: `Source ${n}`,
	slug: `source_${n}`,
	enabled: n % 3 !== 0,
	type: 'Javascript',
	typeId: 'IqDTy1TpoU',
	labels: ['env:prod'],
	workspaceId: 'ws1',
});

describe('Warehouse Credential > Get Consumers', () => {
	it('asks both lists for Limit records and returns warehouses first, simplified', async () => {
		apiWithoutBody()
			.get('/credentials/cred%201/consumers')
			.query(exactQuery({ 'warehousesPagination[count]': '3', 'sourcesPagination[count]': '3' }))
			.reply(200, answer([1], [1, 2]));

		const items = await runJson({
			resource: 'warehouseCredential',
			operation: 'getConsumers',
			credentialId: 'cred 1',
			limit: 3,
		});

		expect(items).toEqual([simpleWarehouse(1), simpleSource(1), simpleSource(2)]);
	});

	it('follows each cursor on its own with Return All, asking a finished list for one record', async () => {
		apiWithoutBody()
			.get('/credentials/cred1/consumers')
			.query(
				exactQuery({ 'warehousesPagination[count]': '1000', 'sourcesPagination[count]': '1000' }),
			)
			.reply(200, answer([1], [1], { warehouses: 'd2gy' }))
			.get('/credentials/cred1/consumers')
			.query(
				exactQuery({
					'warehousesPagination[count]': '1000',
					'warehousesPagination[cursor]': 'd2gy',
					'sourcesPagination[count]': '1',
				}),
			)
			.reply(200, answer([2], [1]));

		const items = await runJson({
			resource: 'warehouseCredential',
			operation: 'getConsumers',
			credentialId: 'cred1',
			returnAll: true,
			simplify: false,
		});

		expect(items).toEqual([
			{ consumerType: 'warehouse', ...warehouse(1) },
			{ consumerType: 'warehouse', ...warehouse(2) },
			{ consumerType: 'source', ...source(1) },
		]);
	});

	it('stops at Limit, asking the next pages only for what is missing', async () => {
		apiWithoutBody()
			.get('/credentials/cred1/consumers')
			.query(exactQuery({ 'warehousesPagination[count]': '3', 'sourcesPagination[count]': '3' }))
			.reply(200, answer([1], [1], { warehouses: 'dzI=', sources: 'czI=' }))
			.get('/credentials/cred1/consumers')
			.query(
				exactQuery({
					'warehousesPagination[count]': '1',
					'warehousesPagination[cursor]': 'dzI=',
					'sourcesPagination[count]': '1',
					'sourcesPagination[cursor]': 'czI=',
				}),
			)
			.reply(200, answer([2], [2], { warehouses: 'dzM=', sources: 'czM=' }));

		const items = await runJson({
			resource: 'warehouseCredential',
			operation: 'getConsumers',
			credentialId: 'cred1',
			limit: 3,
		});

		expect(items).toEqual([simpleWarehouse(1), simpleWarehouse(2), simpleSource(1)]);
	});

	it('stops when a cursor repeats instead of looping', async () => {
		apiWithoutBody()
			.get('/credentials/cred1/consumers')
			.query(true)
			.reply(200, answer([1], [], { warehouses: 'same' }))
			.get('/credentials/cred1/consumers')
			.query(true)
			.reply(200, answer([2], [], { warehouses: 'same' }));

		const items = await runJson({
			resource: 'warehouseCredential',
			operation: 'getConsumers',
			credentialId: 'cred1',
			returnAll: true,
		});

		expect(items).toEqual([simpleWarehouse(1), simpleWarehouse(2)]);
	});

	it('returns no items for a credential nobody uses', async () => {
		apiWithoutBody().get('/credentials/cred1/consumers').query(true).reply(200, answer([], []));

		const items = await runJson({
			resource: 'warehouseCredential',
			operation: 'getConsumers',
			credentialId: 'cred1',
		});

		expect(items).toEqual([]);
	});

	it('refuses an empty Credential ID before sending', async () => {
		await expect(
			runNode({ resource: 'warehouseCredential', operation: 'getConsumers', credentialId: '' }),
		).rejects.toThrow('The field "Warehouse Credential" is empty');
		expect(nock.pendingMocks()).toEqual([]);
	});
});
