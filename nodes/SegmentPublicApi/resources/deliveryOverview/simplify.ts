import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodePropertyRouting,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';

/** The dimensions Segment puts on a series when the request groups by them. */
const DIMENSION_KEYS = [
	'eventName',
	'eventType',
	'appVersion',
	'discardReason',
	'subscriptionId',
	'activationId',
	'audienceId',
	'spaceId',
];

/**
 * One Delivery Overview series with what it is about: the source (and destination) it counts,
 * the dimensions it was grouped by, its total and its buckets. Empty fields are left out.
 */
export function simplifyDeliverySeries(
	record: IDataObject,
	context: { sourceId?: unknown; destinationId?: unknown },
): IDataObject {
	const out: IDataObject = {};
	if (context.sourceId !== undefined) out.sourceId = context.sourceId as string;
	if (context.destinationId !== undefined) out.destinationId = context.destinationId as string;
	for (const key of DIMENSION_KEYS) {
		if (record[key] !== undefined && record[key] !== null) out[key] = record[key];
	}
	out.total = record.total ?? 0;
	if (record.totalRetryCount !== undefined && record.totalRetryCount !== null) {
		out.totalRetryCount = record.totalRetryCount;
	}
	out.series = Array.isArray(record.series) ? record.series : [];
	return out;
}

type Pagination = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/**
 * Routing of one Delivery Overview step (v1beta): the series under `dataset`, followed across
 * pages; with Simplify on, each series says which source (and destination) it counts.
 */
export function deliveryOverviewRouting(path: string): INodePropertyRouting {
	const routing = segmentRouting({
		method: 'GET',
		path,
		root: 'dataset',
		list: true,
		version: 'v1beta',
	});
	const listSeries = routing.operations?.pagination as Pagination;
	async function runStep(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const items = await listSeries.call(this, requestData);
		if (!this.getNodeParameter('simplify', false)) return items;
		const qs = (requestData.options.qs ?? {}) as IDataObject;
		const context = { sourceId: qs.sourceId, destinationId: qs.destinationConfigId };
		return items.map((item) => ({ ...item, json: simplifyDeliverySeries(item.json, context) }));
	}
	return { ...routing, operations: { pagination: runStep } };
}
