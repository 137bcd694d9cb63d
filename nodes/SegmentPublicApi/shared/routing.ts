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
import { listRecords, segmentApiRequest, type MediaVersion } from './transport';
import { encodePathSegment, filtersPredicate } from './utils';
import { LOCATORS } from './locators';
import { DEFAULT_RETRY_POLICY } from './rateLimit';

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
	/** For lists: applies the operation's Filters collection (see `listFilters`) to each page. */
	filtered?: boolean;
}

const PLACEHOLDER = /\{(\w+)\}/g;

const FIELD_LABELS: Record<string, string> = {
	catalogItemId: 'Catalog Entry',
	catalogType: 'Catalog',
};

async function resolveParameter(this: IExecuteSingleFunctions, name: string): Promise<string> {
	const locator = LOCATORS[name];
	const label = locator?.displayName ?? FIELD_LABELS[name] ?? name;
	const raw = this.getNodeParameter(name, '') as INodeParameterResourceLocator | string;
	const value = this.getNodeParameter(name, '', { extractValue: true }) as string;
	const encoded = encodePathSegment(this.getNode(), value, label);
	if (locator?.urlHolds === 'slug' && typeof raw === 'object' && raw.mode === 'url') {
		const slug = decodeURIComponent(encoded);
		const records = await listRecords.call(this, locator.list);
		const match = records.find((record) => record.slug === slug || record.id === slug);
		if (!match) {
			throw new NodeOperationError(
				this.getNode(),
				`No ${label.toLowerCase()} with the slug "${slug}" exists in this workspace`,
				{ description: `Check the URL given in the "${label}" field.` },
			);
		}
		return encodeURIComponent(String(match.id));
	}
	return encoded;
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
			? await resolveParameter.call(this, name)
			: String(this.getNodeParameter(name, ''));
		result += template.slice(last, match.index) + value;
		last = (match.index ?? 0) + match[0].length;
	}
	return result + template.slice(last);
}

function toItems(records: IDataObject[], simplify: OperationSpec['simplify'], on: boolean) {
	return records.map((record): INodeExecutionData => ({
		json: on && simplify ? simplify(record) : record,
	}));
}

/**
 * Routing for one operation. Every operation paginates through `runOperation`, so that each
 * request of the node, listed or not, takes the same path through `segmentApiRequest`.
 */
export function segmentRouting(spec: OperationSpec): INodePropertyRouting {
	async function runOperation(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const { qs, body, timeout, proxy, skipSslCertificateValidation } = requestData.options;
		const path = await fillTemplate.call(this, spec.path, true);
		const root = spec.root ? await fillTemplate.call(this, spec.root, false) : undefined;
		const simplifyOn = this.getNodeParameter('simplify', false) as boolean;
		const { maxRetries, maxWaitSeconds } = this.getNodeParameter('options', {}) as {
			maxRetries?: number;
			maxWaitSeconds?: number;
		};
		const request = {
			path,
			qs: qs as IDataObject,
			body: body as IDataObject | undefined,
			version: spec.version,
			retry: {
				maxRetries: maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries,
				maxWaitMs: maxWaitSeconds === undefined ? DEFAULT_RETRY_POLICY.maxWaitMs : maxWaitSeconds * 1000,
			},
			transportOptions: {
				timeout,
				proxy,
				skipSslCertificateValidation: skipSslCertificateValidation === true,
			},
		};

		if (spec.list && root) {
			const returnAll = this.getNodeParameter('returnAll', false) as boolean;
			const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
			const keep = spec.filtered
				? filtersPredicate(this.getNodeParameter('filters', {}) as IDataObject)
				: undefined;
			const records = await listRecords.call(this, { ...request, root, limit, keep });
			return toItems(records, spec.simplify, simplifyOn);
		}

		const data = await segmentApiRequest.call(this, { ...request, method: spec.method });
		const record = root ? (data[root] as IDataObject) : data;
		return toItems([record ?? {}], spec.simplify, simplifyOn);
	}

	return {
		request: { method: spec.method, url: spec.path },
		send: { paginate: true },
		operations: { pagination: runOperation },
	};
}
