import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { usageFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Daily API Calls',
	value: 'getDailyApiCalls',
	action: 'Get daily API calls',
	description: 'Get the cumulative API calls of the workspace for each day of a usage month',
	routing: segmentRouting({
		method: 'GET',
		path: '/usage/api-calls/daily',
		root: 'dailyWorkspaceAPICallsUsage',
		list: true,
	}),
};

const properties: INodeProperties[] = usageFields;

const displayOptions = { show: { resource: ['usage'], operation: ['getDailyApiCalls'] } };

export const description = updateDisplayOptions(displayOptions, properties);
