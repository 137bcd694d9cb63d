import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeParameterResourceLocator,
	INodePropertyRouting,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import {
	isWriteMethod,
	listRecords,
	segmentApiRequest,
	type MediaVersion,
	type RequestPolicy,
} from './transport';
import {
	checkedId,
	checkedLimit,
	filtersPredicate,
	parseJsonObject,
	refuseCensoredValues,
} from './utils';
import { idBySlug } from './lists';
import { LOCATORS } from './locators';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './rateLimit';

export interface OperationSpec {
	method: IHttpRequestMethods;
	/** Path with `{parameterName}` placeholders, filled from node parameters and URL-encoded. */
	path: string;
	/** Key of the record (or list) under the envelope's `data`; the whole `data` when omitted. */
	root?: string;
	/** Follows Segment's cursor pagination and honours Return All / Limit. */
	list?: boolean;
	/** Applied per record when the operation's Simplify option is on. */
	simplify?: (record: IDataObject) => IDataObject;
	version?: MediaVersion;
	/** Turns what the API lists into a record, for lists of plain values (invites are emails). */
	toRecord?: (value: unknown) => IDataObject;
	/** For lists: applies the operation's Filters collection (see `listFilters`) to each page. */
	filtered?: boolean;
	/** For lists Segment sends whole in one answer, without pagination (labels). */
	unpaginated?: boolean;
	/** For lists whose pages are capped below Segment's usual 1,000 (audiences: 200, space filters: 10). */
	maxPageSize?: number;
}

const PLACEHOLDER = /\{(\w+)\}/g;

const FIELD_LABELS: Record<string, string> = {
	catalogItemId: 'Catalog Entry',
	previewId: 'Preview ID',
	scheduleId: 'Schedule ID',
	syncId: 'Sync ID',
	filterId: 'Filter ID',
	instanceId: 'Instance ID',
	activationId: 'Activation ID',
	connectionId: 'Connection ID',
	audienceType: 'Audience Type',
	entitySlug: 'Entity Slug',
	propertyName: 'Property Name',
	eventName: 'Event Name',
	traitKey: 'Trait Key',
	collectionId: 'Collection ID',
	labelKey: 'Key',
	labelValue: 'Value',
	catalogType: 'Catalog',
	subscriptionId: 'Subscription ID',
	regulateId: 'Regulation ID',
	versionId: 'Version ID',
	writeKey: 'Write Key',
};

/**
 * The ID a parameter holds, checked and trimmed; a resource locator given by an app URL that holds
 * a slug is looked up in the workspace.
 */
export async function resolveId(this: IExecuteSingleFunctions, name: string): Promise<string> {
	const locator = LOCATORS[name];
	const label = locator?.displayName ?? FIELD_LABELS[name] ?? name;
	const node = this.getNode();
	const id = checkedId(node, this.getNodeParameter(name, '', { extractValue: true }), label);
	// The mode is not an expression, so it is read unevaluated.
	const raw = node.parameters[name] as INodeParameterResourceLocator | string | undefined;
	if (locator?.url?.holds !== 'slug' || typeof raw !== 'object' || raw?.mode !== 'url') return id;
	return await idBySlug.call(this, locator.list, id, label);
}

async function fillTemplate(
	this: IExecuteSingleFunctions,
	template: string,
	encode: boolean,
): Promise<string> {
	let result = '';
	let last = 0;
	for (const match of template.matchAll(PLACEHOLDER)) {
		const name = match[1];
		const value = encode
			? encodeURIComponent(await resolveId.call(this, name))
			: String(this.getNodeParameter(name, ''));
		result += template.slice(last, match.index) + value;
		last = (match.index ?? 0) + match[0].length;
	}
	return result + template.slice(last);
}

/** The retry policy of the node's Options, with the defaults for what is not set. */
function retryPolicy(maxRetries: unknown, maxWaitSeconds: unknown): RetryPolicy {
	return {
		maxRetries: typeof maxRetries === 'number' ? maxRetries : DEFAULT_RETRY_POLICY.maxRetries,
		maxWaitMs:
			typeof maxWaitSeconds === 'number' ? maxWaitSeconds * 1000 : DEFAULT_RETRY_POLICY.maxWaitMs,
	};
}

/** n8n's Request Options (timeout, proxy, certificate checks) as RoutingNode prepared them. */
function transportOptionsOf(requestData: DeclarativeRestApiSettings.ResultOptions) {
	const { timeout, proxy, skipSslCertificateValidation } = requestData.options;
	return { timeout, proxy, skipSslCertificateValidation: skipSslCertificateValidation === true };
}

/** What every request of an operation shares: the node's retry policy and n8n's Request Options. */
function requestPolicyOf(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): RequestPolicy {
	const { maxRetries, maxWaitSeconds } = this.getNodeParameter('options', {}) as IDataObject;
	return {
		retry: retryPolicy(maxRetries, maxWaitSeconds),
		transportOptions: transportOptionsOf(requestData),
	};
}

function toItems(records: IDataObject[], simplify: OperationSpec['simplify'], on: boolean) {
	return records.map(
		(record): INodeExecutionData => ({
			json: on && simplify ? simplify(record) : record,
		}),
	);
}

/** What the runner gives every operation besides its parameters. */
export interface OperationTools {
	/**
	 * A path template (the operation's own `url` when omitted) with each `{parameterName}` filled
	 * from the node's parameters: checked, looked up when given by app URL, and URL-encoded.
	 */
	path(template?: string): Promise<string>;
	/** How many records the operation's Return All / Limit asks for: Infinity for Return All. */
	limit(): number;
}

/**
 * The work of an operation: its requests, each sent through `segmentApiRequest` with `policy`
 * spread in, and its output items. `requestData` is what RoutingNode prepared from the fields'
 * own routing (query, body).
 */
export type OperationRun = (
	this: IExecutePaginationFunctions,
	policy: RequestPolicy,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	tools: OperationTools,
) => Promise<INodeExecutionData[]>;

/** Return All, or the Limit: a whole number of 1 or more, else an error naming the field. */
function requestedLimit(this: IExecutePaginationFunctions): number {
	return this.getNodeParameter('returnAll', false) === true
		? Infinity
		: checkedLimit(this.getNode(), this.getNodeParameter('limit', 50));
}

/**
 * Routing of an operation that builds its requests itself (several requests, a body checked in
 * code, output shaped from the answer). `url` is the path template the operation stands for, with
 * `{parameterName}` placeholders; `run` fills it.
 */
export function customRouting(
	method: IHttpRequestMethods,
	url: string,
	run: OperationRun,
): INodePropertyRouting {
	async function runOperation(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const tools: OperationTools = {
			path: async (template = url) => await fillTemplate.call(this, template, true),
			limit: () => requestedLimit.call(this),
		};
		return await run.call(this, requestPolicyOf.call(this, requestData), requestData, tools);
	}
	return {
		request: { method, url },
		send: { paginate: true },
		operations: { pagination: runOperation },
	};
}

/** The records of a list Segment sends whole, up to `limit`. */
function wholeList(data: IDataObject, root: string, limit: number): IDataObject[] {
	const records = Array.isArray(data[root]) ? (data[root] as IDataObject[]) : [];
	return records.slice(0, limit);
}

/**
 * Routing for one operation. Every operation paginates through `runOperation`, so that each
 * request of the node, listed or not, takes the same path through `segmentApiRequest`.
 */
export function segmentRouting(spec: OperationSpec): INodePropertyRouting {
	return customRouting(spec.method, spec.path, async function (policy, requestData, tools) {
		const { qs, body } = requestData.options;
		const path = await tools.path();
		const root = spec.root ? await fillTemplate.call(this, spec.root, false) : undefined;
		const simplifyOn = this.getNodeParameter('simplify', false) as boolean;
		const request = {
			path,
			qs: qs as IDataObject,
			body: body as IDataObject | undefined,
			version: spec.version,
			...policy,
		};

		if (spec.list && root) {
			const limit = tools.limit();
			const keep = spec.filtered
				? filtersPredicate(this.getNodeParameter('filters', {}) as IDataObject)
				: undefined;
			const records = spec.unpaginated
				? wholeList(await segmentApiRequest.call(this, { ...request, method: 'GET' }), root, limit)
				: await listRecords.call(this, {
						...request,
						root,
						limit,
						keep,
						maxPageSize: spec.maxPageSize,
					});
			return toItems(
				spec.toRecord ? records.map(spec.toRecord) : records,
				spec.simplify,
				simplifyOn,
			);
		}

		const data = await segmentApiRequest.call(this, { ...request, method: spec.method });
		const record = root ? (data[root] as IDataObject) : data;
		return toItems([record ?? {}], spec.simplify, simplifyOn);
	});
}

/**
 * Checks the path of an API Request: one path below the base URL, without a query, dot segments
 * or encoded slashes and dots (which a server decodes after the check, e.g. /sources/%2e%2e/users).
 */
function checkedApiPath(this: IExecuteSingleFunctions, value: unknown): string {
	const path = String(value ?? '').trim();
	let decoded: string | undefined;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		decoded = undefined;
	}
	const problem = !path.startsWith('/')
		? 'must start with "/"'
		: /[?#\\]|\s/.test(path)
			? 'must not contain "?", "#", "\\" or spaces; put query parameters in "Query Parameters"'
			: decoded === undefined || /%(2e|2f|5c|25)/i.test(path)
				? 'must not contain encoded "/", "\\", "." or "%" characters'
				: decoded.split('/').some((segment) => segment === '.' || segment === '..')
					? 'must not contain "." or ".." segments'
					: path.startsWith('//')
						? 'must not start with "//"'
						: undefined;
	if (problem) {
		throw new NodeOperationError(this.getNode(), `The field "Path" ${problem}`, {
			description: `Got "${path}". Enter a Public API path such as /sources or /destinations/abc123/subscriptions.`,
		});
	}
	return path;
}

/** Routing of the API Request operation: any endpoint, through the same transport and pagination. */
export function apiRequestRouting(): INodePropertyRouting {
	async function runApiRequest(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const node = this.getNode();
		const method = this.getNodeParameter('method', 'GET') as IHttpRequestMethods;
		const path = checkedApiPath.call(this, this.getNodeParameter('path', ''));
		const qs = parseJsonObject(node, this.getNodeParameter('query', '{}'), 'Query Parameters');
		const body = isWriteMethod(method)
			? parseJsonObject(node, this.getNodeParameter('body', '{}'), 'Body')
			: undefined;
		const { allowCensoredValues } = this.getNodeParameter('options', {}) as IDataObject;
		refuseCensoredValues(node, body, 'Body', allowCensoredValues === true);
		const version = this.getNodeParameter('mediaVersion', 'v1') as MediaVersion;
		const request = { path, qs, body, version, ...requestPolicyOf.call(this, requestData) };
		const paginate = method === 'GET' && this.getNodeParameter('paginate', false) === true;
		const listProperty = String(this.getNodeParameter('listProperty', '') ?? '').trim();
		if (paginate && !listProperty) {
			throw new NodeOperationError(node, 'The field "List Property" is empty', {
				description: 'Following pagination needs the key under "data" that holds the records.',
			});
		}
		if (paginate) {
			const records = await listRecords.call(this, {
				...request,
				root: listProperty,
				requireList: true,
			});
			return records.map((record) => ({ json: record }));
		}
		const data = await segmentApiRequest.call(this, { ...request, method });
		return [{ json: data }];
	}

	return {
		send: { paginate: true },
		operations: { pagination: runApiRequest },
	};
}
