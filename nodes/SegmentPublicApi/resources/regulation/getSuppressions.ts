import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Suppressions',
	value: 'getSuppressions',
	action: 'Get suppressed subjects',
	description: 'List the user and object IDs whose data Segment drops',
	routing: segmentRouting({
		method: 'GET',
		path: '/suppressions',
		root: 'suppressed',
		list: true,
	}),
};

const properties: INodeProperties[] = returnAllAndLimit();

const displayOptions = { show: { resource: ['regulation'], operation: ['getSuppressions'] } };

export const description = updateDisplayOptions(displayOptions, properties);
