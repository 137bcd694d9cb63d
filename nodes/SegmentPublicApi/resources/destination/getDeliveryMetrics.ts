import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { isoTimeQuery, resourceLocator } from '../../shared/descriptions';
import { resolveId } from '../../shared/routing';

const show = { resource: ['destination'], operation: ['getDeliveryMetrics'] };

async function sourceIdQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const sourceId = await resolveId.call(this, 'sourceId');
	requestOptions.qs = { ...requestOptions.qs, sourceId };
	return requestOptions;
}

/** Sends a date-time field as ISO 8601 UTC when it is set; empty leaves Segment's default. */
function optionalTime(parameter: string, displayName: string) {
	const send = isoTimeQuery(parameter, displayName);
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = this.getNodeParameter(parameter, '') as unknown;
		if (value === '' || value === null || value === undefined) return requestOptions;
		return await send.call(this, requestOptions);
	};
}

/**
 * The delivery metrics summary as one flat record: each metric's total under its name, each
 * breakdown value under its own name (successes_on_first_attempt, time_to_success_p95...).
 */
export function simplifyDeliveryMetrics(record: IDataObject): IDataObject {
	const out: IDataObject = {
		sourceId: record.sourceId,
		destinationMetadataId: record.destinationMetadataId,
	};
	const metrics = Array.isArray(record.metrics) ? (record.metrics as IDataObject[]) : [];
	for (const metric of metrics) {
		out[String(metric.metricName)] = metric.total as number;
		const breakdown = Array.isArray(metric.breakdown) ? (metric.breakdown as IDataObject[]) : [];
		for (const part of breakdown) out[String(part.metricName)] = part.value as number;
	}
	return out;
}

export const destinationGetDeliveryMetricsDescription: INodeProperties[] = [
	resourceLocator('destinationId', show, 'The destination whose deliveries are summarized'),
	{
		...resourceLocator('sourceId', show, 'The source connected to the destination'),
		routing: { send: { preSend: [sourceIdQuery] } },
	},
	{
		displayName: 'Granularity',
		name: 'granularity',
		type: 'options',
		options: [
			{ name: 'Day', value: 'DAY' },
			{ name: 'Hour', value: 'HOUR' },
			{ name: 'Minute', value: 'MINUTE' },
		],
		default: 'HOUR',
		description:
			'The granularity of the metrics. Segment limits the range: Minute up to 4 hours within the last 48 hours, Hour up to 7 days, Day up to 14 days.',
		displayOptions: { show },
		routing: { send: { type: 'query', property: 'granularity' } },
	},
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'dateTime',
		default: '',
		description:
			"The start of the period. Empty: Segment's default (1 hour ago for Minute, 7 days ago for Hour, 30 days ago for Day).",
		displayOptions: { show },
		routing: { send: { preSend: [optionalTime('startTime', 'Start Time')] } },
	},
	{
		displayName: 'End Time',
		name: 'endTime',
		type: 'dateTime',
		default: '',
		description: 'The end of the period. Empty: now.',
		displayOptions: { show },
		routing: { send: { preSend: [optionalTime('endTime', 'End Time')] } },
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			"Whether to return the metrics as one flat record (each metric and breakdown under its name, e.g. successes, successes_after_retry) instead of Segment's summary",
		displayOptions: { show },
	},
];
