import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a tracking plan',
	routing: segmentRouting({
		method: 'GET',
		path: '/tracking-plans/{trackingPlanId}',
		root: 'trackingPlan',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('trackingPlanId', 'The tracking plan to get'),
];

const displayOptions = { show: { resource: ['trackingPlan'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
