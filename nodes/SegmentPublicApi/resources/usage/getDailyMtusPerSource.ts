import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { usageFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Daily MTUs per Source',
	value: 'getDailyMtusPerSource',
	action: 'Get daily MTU counts per source',
	description:
		'Get the cumulative monthly tracked users of each source for each day of a usage month',
	routing: segmentRouting({
		method: 'GET',
		path: '/usage/mtu/sources/daily',
		root: 'dailyPerSourceMTUUsage',
		list: true,
	}),
};

const properties: INodeProperties[] = usageFields;

const displayOptions = { show: { resource: ['usage'], operation: ['getDailyMtusPerSource'] } };

export const description = updateDisplayOptions(displayOptions, properties);
