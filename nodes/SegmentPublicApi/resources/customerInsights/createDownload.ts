import {
	NodeOperationError,
	updateDisplayOptions,
	type IDataObject,
	type IExecutePaginationFunctions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { customRouting } from '../../shared/routing';
import { segmentApiRequest } from '../../shared/transport';
import { checkedId } from '../../shared/utils';

const HOUR_MS = 3_600_000;

/** The start of the hour (UTC) that holds the given time, as 2025-05-07T23:00:00Z. */
function hourOf(this: IExecutePaginationFunctions, value: unknown): string {
	const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
	const time = new Date(text).getTime();
	if (!text || Number.isNaN(time)) {
		throw new NodeOperationError(this.getNode(), 'The field "Hour" is not a valid date', {
			description: `Got "${text}"; enter a date and time such as 2025-05-07T23:00:00Z.`,
		});
	}
	return new Date(Math.floor(time / HOUR_MS) * HOUR_MS).toISOString().replace('.000Z', 'Z');
}

const routing = customRouting('POST', '/customer-insights/download', async function (policy) {
	const node = this.getNode();
	const collectionId = checkedId(node, this.getNodeParameter('collectionId', ''), 'Collection ID');
	const hour = hourOf.call(this, this.getNodeParameter('hour', ''));
	const data = await segmentApiRequest.call(this, {
		method: 'POST',
		path: '/customer-insights/download',
		body: { collectionId, hour },
		version: 'v1alpha',
		...policy,
	});
	const download = (data.download as IDataObject | undefined) ?? {};
	const urls = Array.isArray(download.urls) ? (download.urls as string[]) : [];
	if (this.getNodeParameter('splitUrls', false) === true) {
		return urls.map((url) => ({ json: { collectionId, hour, url } }));
	}
	return [{ json: { collectionId, hour, urls } }];
});

export const option: INodePropertyOptions = {
	name: 'Create Download',
	value: 'createDownload',
	action: 'Create download links for customer insights logs',
	description:
		"Get presigned URLs to download one hour of a collection's logs (alpha API). Segment allows only 120 requests per day per workspace.",
	routing,
};

const properties: INodeProperties[] = [
	{
		displayName: 'Collection ID',
		name: 'collectionId',
		type: 'string',
		required: true,
		default: '',
		description: 'The ID of the Customer Insights collection whose logs to download',
	},
	{
		displayName: 'Hour',
		name: 'hour',
		type: 'dateTime',
		required: true,
		default: '',
		description:
			'The hour of logs to download. Segment keeps them by the hour (UTC) for about a month; a time within an hour stands for that whole hour, e.g. 23:40 for 23:00 to 24:00.',
	},
	{
		displayName: 'One Item per URL',
		name: 'splitUrls',
		type: 'boolean',
		default: false,
		description:
			'Whether to return one item per download URL, ready for an HTTP Request node, instead of one item with the list',
	},
];

const displayOptions = { show: { resource: ['customerInsights'], operation: ['createDownload'] } };

export const description = updateDisplayOptions(displayOptions, properties);
