/**
 * Differential tests, insert function instances and the echo test call: our node against
 * FunctionsApi and TestingApi of Segment's official SDK, compared on method, path, decoded query,
 * body and Authorization header.
 */
import { always, byId, expectSameRequests, onePage, twoPages, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1ALPHA } from './clients';

const INSTANCE = 'a/../b?';
const one = always({ data: { insertFunctionInstance: { id: 'ifi1', enabled: true } } });

describe('Differential > Insert Function Instance', () => {
	/*
	 * The function is picked by its ID with the type prefix Segment shows (ifnd_, ifns_); our
	 * node sends the ID without it, as Segment's instance endpoints want, so the SDK is called with
	 * the bare ID.
	 */
	it('create on a destination sends what createInsertFunctionInstance sends', async () => {
		const node = await viaNode(
			{
				resource: 'insertFunctionInstance',
				operation: 'create',
				functionId: byId('ifnd_abc123'),
				destinationId: byId('dst 1'),
				name: 'Enrich orders',
				settings: '{"region": "eu", "apiKey": "k"}',
			},
			one,
		);
		const official = await viaSdk(
			() =>
				clients.functions().createInsertFunctionInstance({
					functionId: 'abc123',
					integrationId: 'dst 1',
					name: 'Enrich orders',
					enabled: true,
					settings: { region: 'eu', apiKey: 'k' },
				}),
			one,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, true);
	});

	it('create on a source sends what createInsertFunctionInstance sends', async () => {
		const node = await viaNode(
			{
				resource: 'insertFunctionInstance',
				operation: 'create',
				functionId: byId('ifns_src9'),
				connectTo: 'source',
				sourceId: byId('src1'),
				name: 'Enrich orders',
				enabled: false,
				settings: '{}',
			},
			one,
		);
		const official = await viaSdk(
			() =>
				clients.functions().createInsertFunctionInstance({
					functionId: 'src9',
					integrationId: 'src1',
					name: 'Enrich orders',
					enabled: false,
					settings: {},
				}),
			one,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it.each([
		['get', 'getInsertFunctionInstance'],
		['delete', 'deleteInsertFunctionInstance'],
	] as const)('%s sends what %s sends', async (operation, method) => {
		const node = await viaNode(
			{ resource: 'insertFunctionInstance', operation, instanceId: INSTANCE },
			one,
		);
		const official = await viaSdk(() => clients.functions()[method](INSTANCE), one);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);
	});

	it('getAll sends what listInsertFunctionInstances sends, page by page', async () => {
		const list = {
			resource: 'insertFunctionInstance',
			operation: 'getAll',
			functionId: byId('ifnd_abc123'),
		};
		const page = onePage('instances', [{ id: 'ifi1' }]);
		const node = await viaNode({ ...list, limit: 2 }, page);
		const official = await viaSdk(
			() => clients.functions().listInsertFunctionInstances({ count: 2 }, 'abc123'),
			page,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);

		const pages = twoPages('instances', [{ id: 'a' }], [{ id: 'b' }], 'Mg+/c==');
		const all = await viaNode({ ...list, returnAll: true }, pages);
		const allOfficial = await viaSdk(async () => {
			await clients.functions().listInsertFunctionInstances({ count: 1000 }, 'abc123');
			await clients
				.functions()
				.listInsertFunctionInstances({ count: 1000, cursor: 'Mg+/c==' }, 'abc123');
		}, pages);
		expectSameRequests(all.requests, allOfficial, 2);
	});

	it('update sends what updateInsertFunctionInstance sends', async () => {
		const node = await viaNode(
			{
				resource: 'insertFunctionInstance',
				operation: 'update',
				instanceId: INSTANCE,
				settings: '{"region": "us"}',
				updateFields: { enabled: false, name: 'Renamed' },
			},
			one,
		);
		const official = await viaSdk(
			() =>
				clients.functions().updateInsertFunctionInstance(INSTANCE, {
					settings: { region: 'us' },
					enabled: false,
					name: 'Renamed',
				}),
			one,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, true);
	});
});

describe('Differential > Workspace test connection', () => {
	const respond = always({ data: { method: 'get', message: 'ping', headers: {} } });

	it('testConnection sends what echo sends', async () => {
		const node = await viaNode(
			{ resource: 'workspace', operation: 'testConnection', message: 'hello n8n&x' },
			respond,
		);
		const official = await viaSdk(() => clients.testing().echo('hello n8n&x'), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);
	});

	it('testConnection with delay and status code sends what echo sends', async () => {
		const node = await viaNode(
			{
				resource: 'workspace',
				operation: 'testConnection',
				message: 'ping',
				testOptions: { delay: 250, statusCode: 201 },
			},
			respond,
		);
		const official = await viaSdk(
			() => clients.testing().echo('ping', 250, undefined, undefined, undefined, 201),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it.each([
		['clientError', [true, undefined, undefined]],
		['multipleErrors', [undefined, true, undefined]],
		['serverError', [undefined, undefined, true]],
	] as const)(
		'testConnection simulating %s sends the flag echo sends',
		async (simulateError, flags) => {
			const node = await viaNode(
				{
					resource: 'workspace',
					operation: 'testConnection',
					message: 'boom',
					testOptions: { simulateError },
				},
				respond,
			);
			const official = await viaSdk(
				() => clients.testing().echo('boom', undefined, ...flags),
				respond,
			);
			expectSameRequests(node.requests, official, 1);
		},
	);
});
