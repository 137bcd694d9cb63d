/**
 * Differential tests, Function resource: our node against FunctionsApi of Segment's official SDK
 * (functions are v1; versions are alpha endpoints), compared on method, path, decoded query, body
 * and Authorization header; media types are compared in expectMediaTypes.
 */
import { CreateFunctionV1Input, FunctionSettingV1 } from '@segment/public-api-sdk-typescript';
import { always, byId, expectSameRequests, onePage, twoPages, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1, V1ALPHA } from './clients';

const AWKWARD_ID = 'id with space/slash';
const CURSOR = 'Mg+/cursor==';
const CODE = 'async function onTrack(event, settings) {\n  return event;\n}\n';

const fn = { id: 'dfn_1', displayName: 'F', resourceType: 'SOURCE', settings: [] };
const version = { id: 'ver1', code: CODE, isDeployed: false };

const sdkSettings = [
	{
		name: 'apiKey',
		label: 'API Key',
		description: 'The key',
		type: FunctionSettingV1.TypeEnum.STRING,
		required: true,
		sensitive: true,
	},
	{
		name: 'flags',
		label: '',
		description: '',
		type: FunctionSettingV1.TypeEnum.ARRAY,
		required: false,
		sensitive: false,
	},
];

const fieldSettings = {
	setting: [
		{ name: 'apiKey', label: 'API Key', description: 'The key', type: 'STRING', required: true, sensitive: true },
		{ name: 'flags', type: 'ARRAY' },
	],
};

describe('Differential > Function', () => {
	it('create with settings as fields sends what FunctionsApi.createFunction sends', async () => {
		const respond = always({ data: { function: fn } });
		const node = await viaNode(
			{
				resource: 'function',
				operation: 'create',
				resourceType: 'DESTINATION',
				displayName: 'Enricher',
				code: CODE,
				settingsInput: 'fields',
				functionSettings: fieldSettings,
				additionalFields: { description: 'Adds data', logoUrl: 'https://example.com/logo.png' },
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients.functions().createFunction({
					resourceType: CreateFunctionV1Input.ResourceTypeEnum.DESTINATION,
					displayName: 'Enricher',
					code: CODE,
					settings: sdkSettings,
					description: 'Adds data',
					logoUrl: 'https://example.com/logo.png',
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});

	it('create with settings as JSON sends what createFunction sends', async () => {
		const respond = always({ data: { function: fn } });
		const node = await viaNode(
			{
				resource: 'function',
				operation: 'create',
				resourceType: 'SOURCE',
				displayName: 'Parser',
				code: CODE,
				settingsInput: 'json',
				settingsJson: JSON.stringify(sdkSettings),
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients.functions().createFunction({
					resourceType: CreateFunctionV1Input.ResourceTypeEnum.SOURCE,
					displayName: 'Parser',
					code: CODE,
					settings: sdkSettings,
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('get sends what getFunction sends, encoding the ID alike', async () => {
		const respond = always({ data: { function: fn } });
		const node = await viaNode({ resource: 'function', operation: 'get', functionId: byId(AWKWARD_ID) }, respond);
		const official = await viaSdk(() => clients.functions().getFunction(AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('getAll with a Limit sends what listFunctions({count}, resourceType) sends', async () => {
		const respond = onePage('functions', [fn]);
		const node = await viaNode(
			{ resource: 'function', operation: 'getAll', resourceType: 'INSERT_DESTINATION', limit: 7 },
			respond,
		);
		const official = await viaSdk(() => clients.functions().listFunctions({ count: 7 }, 'INSERT_DESTINATION'), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('getAll with Return All pages as listFunctions does with count 1000, the cursor and the type', async () => {
		const respond = twoPages('functions', [fn], [{ ...fn, id: 'dfn_2' }], CURSOR);
		const node = await viaNode({ resource: 'function', operation: 'getAll', resourceType: 'DESTINATION', returnAll: true }, respond);
		const official = await viaSdk(async () => {
			const api = clients.functions();
			await api.listFunctions({ count: 1000 }, 'DESTINATION');
			await api.listFunctions({ count: 1000, cursor: CURSOR }, 'DESTINATION');
		}, respond);
		expectSameRequests(node.requests, official, 2);
		// Intended: Return All asks the largest page the API accepts, 1000, on every page.
		expect(node.requests.map((request) => request.query['pagination[count]'])).toEqual(['1000', '1000']);
		expect(node.items).toHaveLength(2);
	});

	it('update with fields and new settings sends what updateFunction sends', async () => {
		const respond = always({ data: { function: fn } });
		const node = await viaNode(
			{
				resource: 'function',
				operation: 'update',
				functionId: byId(AWKWARD_ID),
				updateFields: { code: CODE, description: 'd', displayName: 'Renamed', logoUrl: 'https://example.com/l.png' },
				settingsInput: 'fields',
				functionSettings: fieldSettings,
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients.functions().updateFunction(AWKWARD_ID, {
					code: CODE,
					description: 'd',
					displayName: 'Renamed',
					logoUrl: 'https://example.com/l.png',
					settings: sdkSettings,
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});

	it('update keeping the settings sends what updateFunction without settings sends', async () => {
		const respond = always({ data: { function: fn } });
		const node = await viaNode(
			{ resource: 'function', operation: 'update', functionId: byId('dfn_1'), updateFields: { code: CODE } },
			respond,
		);
		const official = await viaSdk(() => clients.functions().updateFunction('dfn_1', { code: CODE }), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('update with settings as JSON sends what updateFunction sends', async () => {
		const respond = always({ data: { function: fn } });
		const node = await viaNode(
			{
				resource: 'function',
				operation: 'update',
				functionId: byId('dfn_1'),
				settingsInput: 'json',
				settingsJson: JSON.stringify(sdkSettings),
			},
			respond,
		);
		const official = await viaSdk(() => clients.functions().updateFunction('dfn_1', { settings: sdkSettings }), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('delete sends what deleteFunction sends', async () => {
		const respond = always({ data: { status: 'SUCCESS' } });
		const node = await viaNode({ resource: 'function', operation: 'delete', functionId: byId(AWKWARD_ID) }, respond);
		const official = await viaSdk(() => clients.functions().deleteFunction(AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('deploy sends what createFunctionDeployment sends: a POST without a body', async () => {
		const respond = always({ data: { functionDeployment: { status: 'PENDING' } } });
		const node = await viaNode({ resource: 'function', operation: 'deploy', functionId: byId(AWKWARD_ID) }, respond);
		const official = await viaSdk(() => clients.functions().createFunctionDeployment(AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('getVersions with a Limit sends what listFunctionVersions({count}) sends', async () => {
		const respond = onePage('versions', [version]);
		const node = await viaNode(
			{ resource: 'function', operation: 'getVersions', functionId: byId(AWKWARD_ID), limit: 5 },
			respond,
		);
		const official = await viaSdk(() => clients.functions().listFunctionVersions(AWKWARD_ID, { count: 5 }), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);
	});

	it('getVersions with Return All pages as listFunctionVersions does with count 1000 and the cursor', async () => {
		const respond = twoPages('versions', [version], [{ ...version, id: 'ver2' }], CURSOR);
		const node = await viaNode(
			{ resource: 'function', operation: 'getVersions', functionId: byId('dfn_1'), returnAll: true },
			respond,
		);
		const official = await viaSdk(async () => {
			const api = clients.functions();
			await api.listFunctionVersions('dfn_1', { count: 1000 });
			await api.listFunctionVersions('dfn_1', { count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
		expect(node.items).toEqual([version, { ...version, id: 'ver2' }]);
	});

	it('getVersion sends what getFunctionVersion sends', async () => {
		const respond = always({ data: { version } });
		const node = await viaNode(
			{ resource: 'function', operation: 'getVersion', functionId: byId(AWKWARD_ID), versionId: 'ver 1/a' },
			respond,
		);
		const official = await viaSdk(() => clients.functions().getFunctionVersion(AWKWARD_ID, 'ver 1/a'), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);
	});

	it('restoreVersion sends what restoreFunctionVersion sends', async () => {
		const respond = always({ data: { version } });
		const node = await viaNode(
			{ resource: 'function', operation: 'restoreVersion', functionId: byId(AWKWARD_ID), versionId: 'ver1' },
			respond,
		);
		const official = await viaSdk(
			() => clients.functions().restoreFunctionVersion(AWKWARD_ID, { versionId: 'ver1' }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, true);
	});
});

describe('Differential > Function: differences found (node left unchanged, reported)', () => {
	/*
	 * Create without any setting: "Settings Input" defaults to fields, and with no field entered
	 * the node sends `settings: []`; the SDK leaves the optional `settings` out when not given.
	 * Both declare a function without settings; everything else is the same.
	 */
	it('create without settings: node sends settings [], the SDK omits the key', async () => {
		const respond = always({ data: { function: fn } });
		const node = await viaNode(
			{ resource: 'function', operation: 'create', resourceType: 'SOURCE', displayName: 'Bare', code: CODE },
			respond,
		);
		const official = await viaSdk(
			() =>
				clients.functions().createFunction({
					resourceType: CreateFunctionV1Input.ResourceTypeEnum.SOURCE,
					displayName: 'Bare',
					code: CODE,
				}),
			respond,
		);
		expect(node.requests[0].body).toStrictEqual({ resourceType: 'SOURCE', displayName: 'Bare', code: CODE, settings: [] });
		expect(official[0].body).toStrictEqual({ resourceType: 'SOURCE', displayName: 'Bare', code: CODE });
		const withSettings = await viaSdk(
			() =>
				clients.functions().createFunction({
					resourceType: CreateFunctionV1Input.ResourceTypeEnum.SOURCE,
					displayName: 'Bare',
					code: CODE,
					settings: [],
				}),
			respond,
		);
		expectSameRequests(node.requests, withSettings, 1);
	});

	/*
	 * Function types. The node offers INSERT_SOURCE and INSERT_TRANSFORMATION besides the three
	 * types SDK 47's `listFunctions` and `CreateFunctionV1Input.ResourceTypeEnum` declare
	 * (DESTINATION, INSERT_DESTINATION, SOURCE). The SDK's serializer passes enum values through,
	 * so a cast SDK call sends the same request; whether Segment accepts those two types is not
	 * something the SDK can confirm.
	 */
	it.each(['INSERT_SOURCE', 'INSERT_TRANSFORMATION'])(
		'getAll with type %s, outside the SDK 47 enum, sends what a cast listFunctions call sends',
		async (resourceType) => {
			const respond = onePage('functions', []);
			const node = await viaNode({ resource: 'function', operation: 'getAll', resourceType, limit: 3 }, respond);
			const official = await viaSdk(
				() => clients.functions().listFunctions({ count: 3 }, resourceType as 'SOURCE'),
				respond,
			);
			expectSameRequests(node.requests, official, 1);
			expect(node.requests[0].query.resourceType).toBe(resourceType);
		},
	);
});
