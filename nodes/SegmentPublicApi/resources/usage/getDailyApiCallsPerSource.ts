import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { usageFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Daily API Calls per Source',
	value: 'getDailyApiCallsPerSource',
	action: 'Get daily API calls per source',
	description: 'Get the cumulative API calls of each source for each day of a usage month',
	routing: segmentRouting({
		method: 'GET',
		path: '/usage/api-calls/sources/daily',
		root: 'dailyPerSourceAPICallsUsage',
		list: true,
	}),
};

const properties: INodeProperties[] = usageFields;

const displayOptions = { show: { resource: ['usage'], operation: ['getDailyApiCallsPerSource'] } };

export const description = updateDisplayOptions(displayOptions, properties);
