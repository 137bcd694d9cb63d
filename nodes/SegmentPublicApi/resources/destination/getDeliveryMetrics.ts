import {
	updateDisplayOptions,
	type IDataObject,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, resourceLocatorSent, timeWindowFields } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

/**
 * The delivery metrics summary as one flat record: each metric's total under its name, each
 * breakdown value under its own name (successes_on_first_attempt, time_to_success_p95...).
 */
function simplifyDeliveryMetrics(record: IDataObject): IDataObject {
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

export const option: INodePropertyOptions = {
	name: 'Get Delivery Metrics',
	value: 'getDeliveryMetrics',
	action: 'Get delivery metrics of a destination',
	description:
		'Get the summary of event deliveries to a destination from its source: successes, retries, discards, latency',
	routing: segmentRouting({
		method: 'GET',
		path: '/destinations/{destinationId}/delivery-metrics',
		root: 'deliveryMetricsSummary',
		version: 'v1beta',
		simplify: simplifyDeliveryMetrics,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('destinationId', 'The destination whose deliveries are summarized'),
	resourceLocatorSent('sourceId', 'The source connected to the destination', 'query'),
	...timeWindowFields(
		'The granularity of the metrics. Segment limits the range: Minute up to 4 hours within the last 48 hours, Hour up to 7 days, Day up to 14 days.',
		{
			start:
				"The start of the period. Empty: Segment's default (1 hour ago for Minute, 7 days ago for Hour, 30 days ago for Day).",
			end: 'The end of the period. Empty: now.',
		},
	),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			"Whether to return the metrics as one flat record (each metric and breakdown under its name, e.g. successes, successes_after_retry) instead of Segment's summary",
	},
];

const displayOptions = { show: { resource: ['destination'], operation: ['getDeliveryMetrics'] } };

export const description = updateDisplayOptions(displayOptions, properties);
