import {
	NodeHelpers,
	type IDataObject,
	type IHttpRequestOptions,
	type INodeExecutionData,
	type INodeParameters,
	type INodeProperties,
	type INodePropertyCollection,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { SegmentPublicApi } from '../../../nodes/SegmentPublicApi/SegmentPublicApi.node';
import { checkRoutingSupported } from '../../../nodes/SegmentPublicApi/shared/runner';
import { replyJson, useLocalApi, type LocalHandler } from '../../harness/localApi';
import { runNode, TOKEN, type RunOptions, type Runner } from '../../harness/node';

/*
 * The node's own runner (its customOperations, which n8n uses) against n8n-core's RoutingNode:
 * every operation is sent through both, and the requests, output items and errors must be equal.
 * When n8n-core is upgraded, this is the test that tells whether the runner still matches it.
 */

const description = new SegmentPublicApi().description;
const record = (n: number): IDataObject => ({
	id: `rec${n}`,
	name: `Record ${n}`,
	slug: `record_${n}`,
	enabled: n % 2 === 1,
	metadata: { id: `meta${n}`, name: 'Meta', slug: 'meta', actions: [] },
	settings: { apiKey: 'k' },
	email: `user${n}@example.com`,
});
const LIST_ROOTS = [
	'rules',
	'trackingPlans',
	'suppressed',
	'regulations',
	'userGroups',
	'roles',
	'groups',
	'labels',
	'events',
	'destinations',
	'functions',
	'invites',
	'sources',
	'subscriptions',
	'transformations',
	'users',
	'versions',
	'warehouses',
	'sourcesCatalog',
	'destinationsCatalog',
	'warehousesCatalog',
	'result',
	'activations',
	'audiences',
	'audienceSchedules',
	'computedTraits',
	'connections',
	'credentials',
	'dailyPerSourceAPICallsUsage',
	'dailyPerSourceMTUUsage',
	'dailyWorkspaceAPICallsUsage',
	'dailyWorkspaceMTUUsage',
	'dataset',
	'entityPaths',
	'entityProperties',
	'eventProperties',
	'filters',
	'instances',
	'items',
	'models',
	'profilesWarehouses',
	'reports',
	'spaces',
	'syncStatuses',
	'traits',
];
const RECORD_ROOTS = [
	'trackingPlan',
	'regulation',
	'workspace',
	'userGroup',
	'label',
	'destination',
	'destinationSubscription',
	'function',
	'functionDeployment',
	'source',
	'subscription',
	'transformation',
	'user',
	'version',
	'warehouse',
	'sourceMetadata',
	'destinationMetadata',
	'warehouseMetadata',
	'activation',
	'audience',
	'audiencePreview',
	'audienceSchedule',
	'computedTrait',
	'credential',
	'dbtModelSyncTrigger',
	'deliveryMetricsSummary',
	'filter',
	'insertFunctionInstance',
	'livePlugin',
	'profilesWarehouse',
	'reverseEtlModel',
	'reverseETLSyncStatus',
	'run',
	'space',
	// Not reverseETLManualSync: with a sync ID, Start Sync would wait for it (Wait Until Finished).
];

/** One answer for every endpoint: each list and record key the operations read. */
function answer(): IDataObject {
	const data: IDataObject = { pagination: { current: 'MA==', next: null } };
	for (const root of LIST_ROOTS) data[root] = [record(1), record(2)];
	for (const root of RECORD_ROOTS) data[root] = record(1);
	data.download = { urls: ['https://example.com/logs-1.gz', 'https://example.com/logs-2.gz'] };
	return { data };
}

/** A value for a field, of its type, that Segment and the node's own checks accept. */
function sampleOf(property: INodeProperties): unknown {
	const name = property.name;
	if (property.type === 'resourceLocator')
		return { __rl: true, mode: 'id', value: '={{ $json.id }}' };
	if (/time$/i.test(name)) return '2026-01-01T00:00:00.000Z';
	if (name === 'path') return '/sources';
	if (name === 'query') return '{"pagination[count]": 2}';
	if (name === 'listProperty') return 'sources';
	if (name === 'labels') return ['environment:prod'];
	if (name === 'oldSource') return 'json';
	if (name === 'oldJson') return '{"format": "segment-workspace-configuration/1", "sources": []}';
	if (name === 'snapshotSource') return 'json';
	if (name === 'snapshotJson')
		return '{"format": "segment-workspace-configuration/1", "sources": [{"id": "s9", "slug": "new_app", "enabled": true, "metadata": {"id": "m1"}, "settings": {}, "labels": []}]}';
	if (name === 'secretValues') return '{}';
	if (name === 'hour') return '2026-01-01T00:00:00.000Z';
	if (name === 'actionsJson') return '[{"type": "DROP"}]';
	if (name === 'destinationMapping') return '{"actionId": "a1", "settings": {}}';
	if (name === 'rules') return '[{"type": "TRACK", "key": "Order Completed", "version": 1}]';
	if (/emails?$/i.test(name)) return 'a@example.com, b@example.com';
	switch (property.type) {
		case 'string':
			return property.default !== '' ? property.default : `${name}-value`;
		case 'number':
			return typeof property.default === 'number' && property.default > 0 ? property.default : 2;
		case 'boolean':
			return !property.default;
		case 'json':
			return property.default === '[]' ? '[]' : '{"key": "value"}';
		case 'options': {
			const options = (property.options ?? []) as INodePropertyOptions[];
			if (options.length === 0) return `${name}-value`;
			return options.some((option) => option.value === property.default)
				? property.default
				: options[0].value;
		}
		case 'multiOptions': {
			const options = (property.options ?? []) as INodePropertyOptions[];
			return options.length ? [options[0].value] : [`${name}-value`];
		}
		case 'collection': {
			const value: IDataObject = {};
			for (const child of (property.options ?? []) as INodeProperties[])
				value[child.name] = sampleOf(child) as IDataObject[string];
			return value;
		}
		case 'fixedCollection': {
			const value: IDataObject = {};
			for (const group of (property.options ?? []) as INodePropertyCollection[]) {
				const entry: IDataObject = {};
				for (const child of group.values)
					entry[child.name] = sampleOf(child) as IDataObject[string];
				value[group.name] = property.typeOptions?.multipleValues ? [entry] : entry;
			}
			return value;
		}
		default:
			return property.default;
	}
}

/** The parameters of one operation with every field it shows filled in. */
function parametersOf(resource: string, operation: string): INodeParameters {
	const parameters: INodeParameters = { resource, operation };
	const node = { typeVersion: 1 };
	for (let pass = 0; pass < 3; pass++) {
		for (const property of description.properties) {
			if (
				property.name in parameters ||
				property.name === 'options' ||
				property.name === 'requestOptions'
			)
				continue;
			if (NodeHelpers.displayParameter(parameters, property, node, description, parameters)) {
				parameters[property.name] = sampleOf(property) as INodeParameters[string];
			}
		}
	}
	parameters.options = { maxRetries: 0 };
	return parameters;
}

const operations: Array<[string, string]> = [];
for (const property of description.properties) {
	if (property.name !== 'operation') continue;
	for (const resource of (property.displayOptions?.show?.resource ?? []) as string[]) {
		for (const option of (property.options ?? []) as INodePropertyOptions[]) {
			operations.push([resource, String(option.value)]);
		}
	}
}

interface Sent {
	method: string;
	path: string;
	accept: unknown;
	contentType: unknown;
	authorization: unknown;
	body: unknown;
}

type Reply = (sent: Sent) => [number, IDataObject];

let handle: LocalHandler = () => {};
const api = useLocalApi((request, body, response) => handle(request, body, response));

/** Serves every request with `reply` and records what was sent. */
function serve(reply: Reply): Sent[] {
	const sent: Sent[] = [];
	handle = (request, body, response) => {
		const entry: Sent = {
			method: String(request.method),
			path: String(request.url),
			accept: request.headers.accept,
			contentType: request.headers['content-type'],
			authorization: request.headers.authorization,
			body: body === '' ? undefined : JSON.parse(body),
		};
		sent.push(entry);
		const [status, answer] = reply(entry);
		replyJson(response, status, answer);
	};
	return sent;
}

function errorOf(error: unknown) {
	const e = error as IDataObject & { context?: IDataObject; constructor: { name: string } };
	return {
		class: e.constructor.name,
		message: e.message,
		description: e.description,
		httpCode: e.httpCode,
		itemIndex: e.context?.itemIndex,
		runIndex: e.context?.runIndex,
	};
}

function itemsOf(items: INodeExecutionData[]) {
	return items.map((item) =>
		item.error ? { json: item.json, error: errorOf(item.error) } : { json: item.json },
	);
}

interface Outcome {
	requests: Sent[];
	items?: ReturnType<typeof itemsOf>;
	error?: ReturnType<typeof errorOf>;
	options: IDataObject[];
}

/** Runs the node once through `runner`, serving every request with `reply`. */
async function outcomeOf(
	runner: Runner,
	parameters: INodeParameters,
	options: RunOptions,
	reply: Reply,
): Promise<Outcome> {
	const requests = serve(reply);
	const sentOptions: IHttpRequestOptions[] = [];
	const outcome: Outcome = { requests, options: [] };
	const credentials = {
		apiToken: TOKEN,
		workspaceSlug: 'acme',
		region: 'custom',
		baseUrl: api.url,
	};
	try {
		outcome.items = itemsOf(
			await runNode(parameters, { ...options, credentials, sentOptions }, runner),
		);
	} catch (error) {
		outcome.error = errorOf(error);
	}
	outcome.options = sentOptions.map(({ timeout, proxy, skipSslCertificateValidation }) => ({
		timeout,
		proxy: proxy as IDataObject | undefined,
		skipSslCertificateValidation,
	}));
	// Items are sent concurrently, so only batching fixes their order.
	const key = (request: Sent) => JSON.stringify(request);
	outcome.requests = [...requests].sort((a, b) => key(a).localeCompare(key(b)));
	return outcome;
}

async function compare(parameters: INodeParameters, options: RunOptions, reply: Reply) {
	const custom = await outcomeOf('custom', parameters, options, reply);
	const routingNode = await outcomeOf('routing-node', parameters, options, reply);
	expect(custom).toEqual(routingNode);
	return custom;
}

const succeeded = new Set<string>();
const ok: Reply = () => [200, answer()];
const notFound: Reply = () => [
	404,
	{ errors: [{ type: 'not-found', message: 'Resource not found' }] },
];
const twoItems = (): INodeExecutionData[] => [{ json: { id: 'abc' } }, { json: { id: 'def' } }];

describe('the node runner matches n8n-core RoutingNode', () => {
	it('covers every operation of the description', () => {
		expect(operations.length).toBeGreaterThanOrEqual(48);
		expect(Object.keys(new SegmentPublicApi().customOperations).sort()).toEqual(
			[...new Set(operations.map(([resource]) => resource))].sort(),
		);
	});

	describe.each(operations)('%s > %s', (resource, operation) => {
		const parameters = parametersOf(resource, operation);

		it('sends the same requests and returns the same items, per item', async () => {
			const outcome = await compare(parameters, { items: twoItems() }, ok);
			expect(outcome.requests.length).toBeGreaterThan(0);
			if (outcome.items?.every((item) => !item.error)) succeeded.add(`${resource}.${operation}`);
		});

		it('fails the same way on an API error', async () => {
			const outcome = await compare(parameters, { items: twoItems() }, notFound);
			expect(outcome.error ?? outcome.items).toBeDefined();
		});

		it('gives the same error items under Continue On Fail', async () => {
			await compare(parameters, { items: twoItems(), continueOnFail: true }, notFound);
		});

		it('fails the same way on an empty ID before sending', async () => {
			const empty = { ...parameters };
			for (const [name, value] of Object.entries(parameters)) {
				if (value && typeof value === 'object' && '__rl' in value)
					empty[name] = { __rl: true, mode: 'id', value: '' };
			}
			await compare(empty, { items: twoItems(), continueOnFail: true }, ok);
		});
	});

	it('succeeds on nearly every operation, so that the comparison means something', () => {
		expect(succeeded.size).toBeGreaterThan(operations.length * 0.9);
	});

	it('batches items the same way: order, and the wait between batches', async () => {
		const parameters = {
			...parametersOf('source', 'get'),
			requestOptions: { batching: { batch: { batchSize: 1, batchInterval: 30 } } },
		};
		const items = [{ json: { id: 'a' } }, { json: { id: 'b' } }, { json: { id: 'c' } }];
		const credentials = {
			apiToken: TOKEN,
			workspaceSlug: 'acme',
			region: 'custom',
			baseUrl: api.url,
		};
		for (const runner of ['custom', 'routing-node'] as const) {
			const sent = serve(ok);
			const started = Date.now();
			await runNode(parameters, { items, credentials }, runner);
			expect(Date.now() - started).toBeGreaterThanOrEqual(60);
			expect(sent.map((request) => request.path)).toEqual([
				'/sources/a',
				'/sources/b',
				'/sources/c',
			]);
		}
	});

	it('passes the same timeout, proxy and certificate options to n8n', async () => {
		const parameters = {
			...parametersOf('source', 'getAll'),
			requestOptions: {
				timeout: 1234,
				proxy: 'http://user:secret@127.0.0.1:3128',
				allowUnauthorizedCerts: true,
			},
		};
		const outcome = await compare(parameters, {}, ok);
		expect(outcome.options[0]).toMatchObject({ timeout: 1234, skipSslCertificateValidation: true });
		expect(outcome.options[0].proxy).toMatchObject({ host: '127.0.0.1', port: 3128 });
	});

	it('uses the same default timeout when none is set', async () => {
		const outcome = await compare(parametersOf('destination', 'get'), { items: twoItems() }, ok);
		expect(outcome.options[0].timeout).toBe(300_000);
	});

	it('refuses an invalid proxy the same way', async () => {
		const parameters = {
			...parametersOf('source', 'get'),
			requestOptions: { proxy: 'http://127.0.0.1' },
		};
		const outcome = await compare(parameters, { items: twoItems() }, ok);
		expect(outcome.error?.message).toBe('The proxy is not valid');
		const continued = await compare(parameters, { items: twoItems(), continueOnFail: true }, ok);
		expect(continued.items).toHaveLength(2);
	});

	it('gives a 429 the same batching hint', async () => {
		const tooMany: Reply = () => [
			429,
			{ errors: [{ type: 'too-many-requests', message: 'Slow down' }] },
		];
		await compare(parametersOf('source', 'get'), { items: twoItems() }, tooMany);
	});
});

describe('the runner refuses routing it does not implement', () => {
	const base = new SegmentPublicApi().description;
	const withProperty = (property: INodeProperties) => ({
		...base,
		properties: [...base.properties, property],
	});
	const field = (routing: INodeProperties['routing']): INodeProperties => ({
		displayName: 'Extra',
		name: 'extra',
		type: 'string',
		default: '',
		routing,
	});

	it.each([
		['an output section', field({ output: { maxResults: 1 } })],
		['a request on a field', field({ request: { method: 'GET' } })],
		['send.value', field({ send: { type: 'body', property: 'x', value: '={{ $value }}' } })],
		['an expression as a property name', field({ send: { type: 'body', property: '={{ "x" }}' } })],
	])('%s', (_, property) => {
		expect(() => checkRoutingSupported(withProperty(property))).toThrow(/does not implement/);
	});

	it('routing inside a fixedCollection', () => {
		const property: INodeProperties = {
			displayName: 'Extra',
			name: 'extra',
			type: 'fixedCollection',
			default: {},
			options: [
				{
					displayName: 'Entry',
					name: 'entry',
					values: [field({ send: { type: 'body', property: 'x' } })],
				},
			],
		};
		expect(() => checkRoutingSupported(withProperty(property))).toThrow(/fixedCollection/);
	});

	it('an operation without the pagination request', () => {
		const operation = base.properties.find(
			(property) => property.name === 'operation',
		) as INodeProperties;
		const broken = {
			...operation,
			options: [
				...(operation.options as INodePropertyOptions[]),
				{
					name: 'Plain',
					value: 'plain',
					routing: { request: { method: 'GET' as const, url: '/x' } },
				},
			],
		};
		expect(() => checkRoutingSupported({ ...base, properties: [broken] })).toThrow(
			/operation plain/,
		);
	});

	it('node-level request defaults other than headers', () => {
		expect(() =>
			checkRoutingSupported({ ...base, requestDefaults: { baseURL: 'https://x' } }),
		).toThrow(/requestDefaults.baseURL/);
	});

	it('accepts the node as it is', () => {
		expect(() => checkRoutingSupported(base)).not.toThrow();
	});
});
