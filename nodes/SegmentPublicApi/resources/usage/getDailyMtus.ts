import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { usageFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Daily MTUs',
	value: 'getDailyMtus',
	action: 'Get daily MTU counts',
	description:
		'Get the cumulative monthly tracked users of the workspace for each day of a usage month',
	routing: segmentRouting({
		method: 'GET',
		path: '/usage/mtu/daily',
		root: 'dailyWorkspaceMTUUsage',
		list: true,
	}),
};

const properties: INodeProperties[] = usageFields;

const displayOptions = { show: { resource: ['usage'], operation: ['getDailyMtus'] } };

export const description = updateDisplayOptions(displayOptions, properties);
