import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Sources',
	value: 'getSources',
	action: 'Get the sources of a tracking plan',
	description: 'List the sources connected to a plan',
	routing: segmentRouting({
		method: 'GET',
		path: '/tracking-plans/{trackingPlanId}/sources',
		root: 'sources',
		list: true,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('trackingPlanId', 'The tracking plan whose connected sources to list'),
	...returnAllAndLimit(),
];

const displayOptions = { show: { resource: ['trackingPlan'], operation: ['getSources'] } };

export const description = updateDisplayOptions(displayOptions, properties);
