/**
 * Differential tests, Reverse ETL: our node against ReverseETLApi of Segment's official SDK,
 * compared on method, path, decoded query, body and Authorization header. SDK 47 has no call for
 * cancelSync, getSyncStatuses or triggerDbtModelSync, so those are not compared here.
 */
import { always, byId, expectSameRequests, onePage, twoPages, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1ALPHA } from './clients';

const MODEL_ID = 'mdl/1 x';
const model = { id: 'mdl1', sourceId: 'src1', name: 'Model 1', enabled: true };
const one = always({ data: { reverseEtlModel: model } });

describe('Differential > Reverse ETL', () => {
	/*
	 * SDK 47's CreateReverseEtlModelInput also declares scheduleStrategy and scheduleConfig as
	 * required: models were scheduled then. Segment has since moved scheduling to the mappings
	 * (subscriptions) and dropped both fields from the model, and our node does not send them.
	 * The SDK serializes only the fields it is given, so called without them (`as never`) it sends
	 * the same body as our node.
	 */
	it('createModel sends what createReverseEtlModel sends', async () => {
		const node = await viaNode(
			{
				resource: 'reverseEtl',
				operation: 'createModel',
				sourceId: byId('src1'),
				name: 'Model 1',
				query: 'SELECT user_id FROM customers',
				queryIdentifierColumn: 'user_id',
				description: 'Customers',
				enabled: false,
			},
			one,
		);
		const official = await viaSdk(
			() =>
				clients.reverseEtl().createReverseEtlModel({
					sourceId: 'src1',
					name: 'Model 1',
					query: 'SELECT user_id FROM customers',
					queryIdentifierColumn: 'user_id',
					description: 'Customers',
					enabled: false,
				} as never),
			one,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, true);
	});

	it.each([
		['getModel', 'getReverseEtlModel'],
		['deleteModel', 'deleteReverseEtlModel'],
	] as const)('%s sends what %s sends', async (operation, method) => {
		const node = await viaNode(
			{ resource: 'reverseEtl', operation, reverseEtlModelId: byId(MODEL_ID) },
			one,
		);
		const official = await viaSdk(() => clients.reverseEtl()[method](MODEL_ID), one);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);
	});

	it('getAllModels sends what listReverseEtlModels sends', async () => {
		const respond = onePage('models', [model]);
		const node = await viaNode(
			{ resource: 'reverseEtl', operation: 'getAllModels', limit: 3 },
			respond,
		);
		const official = await viaSdk(
			() => clients.reverseEtl().listReverseEtlModels({ count: 3 }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('getAllModels with Return All follows the cursor as listReverseEtlModels driven page by page', async () => {
		const respond = twoPages('models', [model], [model], 'Mg+/c==');
		const node = await viaNode(
			{ resource: 'reverseEtl', operation: 'getAllModels', returnAll: true },
			respond,
		);
		const official = await viaSdk(async () => {
			const api = clients.reverseEtl();
			await api.listReverseEtlModels({ count: 1000 });
			await api.listReverseEtlModels({ count: 1000, cursor: 'Mg+/c==' });
		}, respond);
		expectSameRequests(node.requests, official, 2);
	});

	it('updateModel sends what updateReverseEtlModel sends', async () => {
		const changes = {
			description: 'Renamed',
			enabled: true,
			name: 'Model one',
			query: 'SELECT id FROM users',
			queryIdentifierColumn: 'id',
		};
		const node = await viaNode(
			{
				resource: 'reverseEtl',
				operation: 'updateModel',
				reverseEtlModelId: byId(MODEL_ID),
				updateFields: changes,
			},
			one,
		);
		const official = await viaSdk(
			() => clients.reverseEtl().updateReverseEtlModel(MODEL_ID, changes),
			one,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, true);
	});

	it('startSync sends what createReverseETLManualSync sends', async () => {
		const respond = always({
			data: { reverseETLManualSync: { syncId: '2001', startedAt: '2026-01-01T10:00:00.000Z' } },
		});
		const node = await viaNode(
			{
				resource: 'reverseEtl',
				operation: 'startSync',
				reverseEtlModelId: byId('mdl1'),
				subscriptionId: '7',
				sourceId: byId('src1'),
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients
					.reverseEtl()
					.createReverseETLManualSync({ sourceId: 'src1', modelId: 'mdl1', subscriptionId: '7' }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, true);
	});

	it('getSyncStatus sends what getReverseETLSyncFromModel sends', async () => {
		const respond = always({
			data: { reverseETLSyncStatus: { syncId: '20#01', syncStatus: 'SUCCESS' } },
		});
		const node = await viaNode(
			{
				resource: 'reverseEtl',
				operation: 'getSyncStatus',
				reverseEtlModelId: byId(MODEL_ID),
				syncId: '20#01',
			},
			respond,
		);
		const official = await viaSdk(
			() => clients.reverseEtl().getReverseETLSyncFromModel(MODEL_ID, '20#01'),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);
	});
});
