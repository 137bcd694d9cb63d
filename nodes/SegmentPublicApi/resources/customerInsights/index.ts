import type { INodeProperties } from 'n8n-workflow';
import {
	customerInsightsCreateDownloadDescription,
	customerInsightsCreateDownloadRouting,
} from './createDownload';

export const customerInsightsDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customerInsights'] } },
		options: [
			{
				name: 'Create Download',
				value: 'createDownload',
				action: 'Create download links for customer insights logs',
				description:
					"Get presigned URLs to download one hour of a collection's logs (alpha API). Segment allows only 120 requests per day per workspace.",
				routing: customerInsightsCreateDownloadRouting,
			},
		],
		default: 'createDownload',
	},
	...customerInsightsCreateDownloadDescription,
];
