import {
	NodeApiError,
	NodeConnectionTypes,
	NodeHelpers,
	NodeOperationError,
	deepCopy,
	sleep,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecuteFunctions,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyOptions,
	type INodePropertyRouting,
	type INodeType,
	type INodeTypeDescription,
	type JsonObject,
} from 'n8n-workflow';

/*
 * Runs the node's declarative description (resources, operations, `routing`) the way n8n-core's
 * RoutingNode does, as the node's `customOperations`, which n8n prefers over its generic runner.
 * What differs is the cost: which properties show is decided once per run, hidden properties are
 * never evaluated, there is no second pass for the base URL, and each shown routed parameter is
 * read once per item (RoutingNode evaluates every declaration of a parameter name twice per item,
 * shown or not). Only the routing features this node uses are implemented; `checkRoutingSupported`
 * refuses any other when the node type is constructed. test/nodes/SegmentPublicApi/parity.test.ts
 * compares both runners on every operation.
 */

type PreSend = NonNullable<NonNullable<INodePropertyRouting['send']>['preSend']>[number];
type Pagination = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

const SUPPORTED = {
	parameter: { send: ['type', 'property', 'preSend', 'propertyInDotNotation'] },
	option: { request: ['method', 'url'], send: ['paginate'], operations: ['pagination'] },
} as const;

function refuse(where: string, what: string): never {
	throw new Error(
		`Segment Public API node: ${where} uses the routing feature "${what}", which its operation runner does not implement (shared/runner.ts)`,
	);
}

function isExpression(value: unknown): boolean {
	return typeof value === 'string' && value.startsWith('=');
}

function checkRouting(routing: INodePropertyRouting, where: string, kind: keyof typeof SUPPORTED) {
	const supported = SUPPORTED[kind] as Record<string, readonly string[]>;
	for (const [section, settings] of Object.entries(routing)) {
		const keys = supported[section];
		if (!keys) refuse(where, section);
		for (const [key, value] of Object.entries(settings as object)) {
			if (!keys.includes(key)) refuse(where, `${section}.${key}`);
			if (isExpression(value)) refuse(where, `${section}.${key} as an expression`);
		}
	}
	if (routing.operations?.pagination && typeof routing.operations.pagination !== 'function') {
		refuse(where, 'operations.pagination other than a function');
	}
	if (routing.send?.paginate !== undefined && routing.send.paginate !== true) {
		refuse(where, 'send.paginate other than true');
	}
}

/** Throws when the description uses a routing feature the runner does not implement. */
export function checkRoutingSupported(description: INodeTypeDescription): void {
	if (description.requestOperations) refuse('the node', 'requestOperations');
	for (const [key, value] of Object.entries(description.requestDefaults ?? {})) {
		if (key !== 'headers') refuse('the node', `requestDefaults.${key}`);
		if (Object.values(value as object).some(isExpression))
			refuse('the node', 'requestDefaults as an expression');
	}
	const visit = (property: INodeProperties, where: string, nested: boolean) => {
		if (property.routing) checkRouting(property.routing, where, 'parameter');
		for (const option of property.options ?? []) {
			if (property.type === 'collection') {
				const child = option as INodeProperties;
				visit(child, `${where}.${child.name}`, true);
			} else if (property.type === 'fixedCollection' && 'values' in option) {
				for (const value of option.values) {
					if (value.routing || value.options?.some((entry) => 'routing' in entry)) {
						refuse(`${where}.${option.name}.${value.name}`, 'routing in a fixedCollection');
					}
				}
			} else if ('routing' in option && option.routing) {
				if (property.type !== 'options' || nested) refuse(`${where} > ${option.name}`, 'routing');
				checkRouting(option.routing, `${where} > ${option.name}`, 'option');
			}
		}
	};
	for (const property of description.properties) {
		if (property.name === 'operation') {
			for (const option of property.options as INodePropertyOptions[]) {
				const routing = option.routing;
				if (
					routing?.send?.paginate !== true ||
					typeof routing.operations?.pagination !== 'function'
				) {
					refuse(
						`operation ${String(option.value)}`,
						'a request without send.paginate and operations.pagination',
					);
				}
			}
		}
		if (
			property.routing &&
			(property.type === 'fixedCollection' || property.type === 'collection')
		) {
			if (property.routing.send?.property) refuse(property.name, 'send.property on a collection');
		}
		visit(property, property.name, false);
	}
}

/** One routed parameter that shows for this run, with the path its value is read from. */
interface RoutedParameter {
	path: string;
	property: INodeProperties;
	extractValue: boolean;
}

/** What a run of one operation sends, decided once from the node's parameters. */
interface RunPlan {
	parameters: RoutedParameter[];
	operationRouting: INodePropertyRouting[];
}

function planOf(description: INodeTypeDescription, node: INode): RunPlan {
	const parameters: RoutedParameter[] = [];
	const operationRouting: INodePropertyRouting[] = [];
	const shows = (property: INodeProperties | INodePropertyOptions) =>
		NodeHelpers.displayParameter(node.parameters, property, node, description, node.parameters);
	const visit = (property: INodeProperties, prefix: string) => {
		if (!shows(property)) return;
		const path = prefix + property.name;
		if (property.routing) {
			parameters.push({
				path,
				property,
				extractValue: property.extractValue !== undefined || property.type === 'resourceLocator',
			});
		}
		if (!property.options) return;
		if (property.type === 'options') {
			const chosen = NodeHelpers.getParameterValueByPath(
				node.parameters,
				property.name,
				prefix.slice(0, -1),
			);
			const option = (property.options as INodePropertyOptions[]).find(
				(entry) => entry.value === chosen,
			);
			if (option?.routing && shows(option)) operationRouting.push(option.routing);
		}
		if (property.type === 'collection') {
			const value = NodeHelpers.getParameterValueByPath(
				node.parameters,
				property.name,
				prefix.slice(0, -1),
			);
			const present = Object.keys((value ?? {}) as object);
			for (const option of property.options as INodeProperties[]) {
				if (present.includes(option.name) && option.type !== undefined) visit(option, `${path}.`);
			}
		}
	};
	for (const property of description.properties) visit(property, '');
	return { parameters, operationRouting };
}

/** The calls a preSend or pagination function makes for one item, as RoutingNode's single-item context answers them. */
function singleItemContext(
	context: IExecuteFunctions,
	itemIndex: number,
	items: INodeExecutionData[],
) {
	const single = Object.create(context) as IExecuteSingleFunctions & IExecutePaginationFunctions;
	Object.assign(single, {
		getItemIndex: () => itemIndex,
		getInputData: () => items[itemIndex],
		getNodeParameter: (name: string, fallback?: unknown, options?: object) =>
			context.getNodeParameter(name, itemIndex, fallback, options),
		getCredentials: async (type: string) => await context.getCredentials(type, itemIndex),
		evaluateExpression: (expression: string, index = itemIndex) =>
			context.evaluateExpression(expression, index),
		getWorkflowDataProxy: () => context.getWorkflowDataProxy(itemIndex),
		// The single-item helpers name the binary field first and take the item from the context.
		helpers: {
			...context.helpers,
			assertBinaryData: (propertyName: string) =>
				context.helpers.assertBinaryData(itemIndex, propertyName),
			getBinaryDataBuffer: async (propertyName: string) =>
				await context.helpers.getBinaryDataBuffer(itemIndex, propertyName),
		},
		makeRoutingRequest: async () => {
			throw new NodeOperationError(
				context.getNode(),
				'makeRoutingRequest is not available to this node',
			);
		},
	});
	return single;
}

function setValue(target: IDataObject, key: string, value: unknown, dotted: boolean) {
	const copy = (
		value !== null && typeof value === 'object' ? deepCopy(value) : value
	) as IDataObject[string];
	if (!dotted) {
		target[key] = copy;
		return;
	}
	const keys = key.split('.');
	let cursor = target;
	for (const part of keys.slice(0, -1)) {
		if (cursor[part] === null || typeof cursor[part] !== 'object') cursor[part] = {};
		cursor = cursor[part] as IDataObject;
	}
	cursor[keys[keys.length - 1]] = copy;
}

interface RequestOptionsParameter {
	proxy?: string;
	timeout?: number;
	allowUnauthorizedCerts?: boolean;
	batching?: { batch?: { batchSize?: number; batchInterval?: number } };
}

/** The request options of one item, before its preSend functions run. */
function requestDataOf(
	single: IExecuteSingleFunctions,
	description: INodeTypeDescription,
	plan: RunPlan,
	requestOptions: RequestOptionsParameter,
	node: INode,
	where: { itemIndex: number; runIndex: () => number },
) {
	const options: IHttpRequestOptions = { url: '', qs: {}, body: {}, headers: {} };
	for (const [key, value] of Object.entries(description.requestDefaults ?? {})) {
		(options as unknown as IDataObject)[key] = deepCopy(value as IDataObject);
	}
	const preSend: PreSend[] = [];
	let paginate: boolean | undefined;
	let pagination: Pagination | undefined;
	for (const routing of plan.operationRouting) {
		Object.assign(options, routing.request ?? {});
		paginate ??= routing.send?.paginate === undefined ? undefined : !!routing.send.paginate;
		if (routing.operations?.pagination) pagination = routing.operations.pagination as Pagination;
	}
	for (const { path, property, extractValue } of plan.parameters) {
		const value = single.getNodeParameter(path, undefined, { extractValue });
		const send = property.routing?.send;
		if (send?.property !== undefined) {
			const target = (send.type === 'body' ? options.body : options.qs) as IDataObject;
			setValue(target, send.property, value, send.propertyInDotNotation !== false);
		}
		if (send?.preSend) preSend.push(...send.preSend);
	}
	const { proxy, timeout, allowUnauthorizedCerts } = requestOptions;
	if (proxy) options.proxy = proxyOf(proxy, node, where);
	if (allowUnauthorizedCerts) options.skipSslCertificateValidation = allowUnauthorizedCerts;
	options.timeout = timeout ? timeout : 300_000;
	return { options, preSend, paginate, pagination };
}

/** The proxy URL of n8n's Request Options, checked and split as RoutingNode does. */
function proxyOf(
	proxy: string,
	node: INode,
	where: { itemIndex: number; runIndex: () => number },
): IHttpRequestOptions['proxy'] {
	let parsed: URL | undefined;
	try {
		parsed = new URL(proxy);
	} catch {
		parsed = undefined;
	}
	for (const part of ['host', 'port'] as const) {
		if (!parsed?.[part === 'host' ? 'hostname' : 'port']) {
			throw new NodeOperationError(node, 'The proxy is not valid', {
				runIndex: where.runIndex(),
				itemIndex: where.itemIndex,
				description: `The proxy URL does not contain a valid value for "${part}"`,
			});
		}
	}
	const url = parsed as URL;
	return {
		host: url.hostname,
		port: parseInt(url.port, 10),
		protocol: url.protocol.replace(/:$/, '') || undefined,
		...(url.username
			? {
					auth: {
						username: decodeURIComponent(url.username),
						password: decodeURIComponent(url.password),
					},
				}
			: {}),
	};
}

function setErrorContext(error: object, itemIndex: number, runIndex: number) {
	const withContext = error as { context?: IDataObject };
	withContext.context = { ...(withContext.context ?? {}), itemIndex, runIndex };
}

/** Runs one operation over the input items, with RoutingNode's batching, errors and Continue On Fail. */
async function runRoutedOperation(
	this: IExecuteFunctions,
	description: INodeTypeDescription,
): Promise<INodeExecutionData[][]> {
	const node = this.getNode();
	const main = this.getInputData();
	const items = main.length > 0 ? main : this.getInputData(0, NodeConnectionTypes.AiTool);
	let runIndexOfRun: number | undefined;
	const runIndex = () => (runIndexOfRun ??= this.getWorkflowDataProxy(0).$runIndex as number);
	const plan = planOf(description, node);
	const requestOptions = this.getNodeParameter('requestOptions', 0, {}) as RequestOptionsParameter;
	const batchSize =
		(requestOptions.batching?.batch?.batchSize ?? 0) > 0
			? (requestOptions.batching?.batch?.batchSize as number)
			: 1;
	const batchInterval = requestOptions.batching?.batch?.batchInterval;
	const pending: Array<Promise<INodeExecutionData[]>> = [];

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		if (itemIndex > 0 && batchInterval && batchInterval > 0 && itemIndex % batchSize === 0) {
			await sleep(batchInterval);
		}
		const single = singleItemContext(this, itemIndex, items);
		try {
			const request = requestDataOf(single, description, plan, requestOptions, node, {
				itemIndex,
				runIndex,
			});
			pending.push(sendRequest(single, request));
		} catch (caught) {
			const error =
				caught instanceof NodeApiError || caught instanceof NodeOperationError
					? caught
					: new NodeOperationError(
							node,
							caught instanceof Error ? caught : new Error(String(caught)),
							{
								itemIndex,
								runIndex: runIndex(),
							},
						);
			setErrorContext(error, itemIndex, runIndex());
			if (this.continueOnFail()) {
				pending.push(Promise.resolve([{ json: {}, error }]));
				continue;
			}
			throw error;
		}
	}

	const settled = await Promise.allSettled(pending);
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const result = settled[itemIndex];
		if (result.status === 'fulfilled') {
			output.push(...result.value);
			continue;
		}
		const error = result.reason as Error & {
			statusCode?: number;
			description?: string | null;
			isAxiosError?: boolean;
			response?: { status?: number };
		};
		if (error.statusCode === 429) {
			error.message = "Try spacing your requests out using the batching settings under 'Options'";
		}
		if (this.continueOnFail()) {
			output.push({ json: {}, error: error as NodeApiError });
			continue;
		}
		if (error instanceof NodeApiError) {
			setErrorContext(error, itemIndex, runIndex());
			throw error;
		}
		throw new NodeApiError(node, error as unknown as JsonObject, {
			runIndex: runIndex(),
			itemIndex,
			message: error?.message,
			description: error?.description as string | undefined,
			httpCode: error.isAxiosError && error.response ? String(error.response.status) : 'none',
		});
	}
	return [output];
}

async function sendRequest(
	single: IExecuteSingleFunctions & IExecutePaginationFunctions,
	request: ReturnType<typeof requestDataOf>,
): Promise<INodeExecutionData[]> {
	let options = request.options;
	for (const preSend of request.preSend) options = await preSend.call(single, options);
	if (!request.paginate || !request.pagination) {
		throw new NodeOperationError(single.getNode(), 'This operation has no request definition');
	}
	const requestData = {
		options: options as DeclarativeRestApiSettings.ResultOptions['options'],
		preSend: request.preSend,
		postReceive: [],
		requestOperations: { pagination: request.pagination },
		paginate: true,
	} as unknown as DeclarativeRestApiSettings.ResultOptions;
	return await request.pagination.call(single, requestData);
}

/** The node's `customOperations`: every resource and operation of the description, through the runner. */
export function routedOperations(
	description: INodeTypeDescription,
): NonNullable<INodeType['customOperations']> {
	checkRoutingSupported(description);
	const operations: NonNullable<INodeType['customOperations']> = {};
	const run = async function (this: IExecuteFunctions) {
		return await runRoutedOperation.call(this, description);
	};
	for (const property of description.properties) {
		if (property.name !== 'operation') continue;
		for (const resource of (property.displayOptions?.show?.resource ?? []) as string[]) {
			operations[resource] ??= {};
			for (const option of property.options as INodePropertyOptions[]) {
				operations[resource][String(option.value)] = run;
			}
		}
	}
	return operations;
}
