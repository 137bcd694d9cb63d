import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Rules',
	value: 'getRules',
	action: 'Get the rules of a tracking plan',
	description: 'List the rules of a plan, one item per rule',
	routing: segmentRouting({
		method: 'GET',
		path: '/tracking-plans/{trackingPlanId}/rules',
		root: 'rules',
		list: true,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('trackingPlanId', 'The tracking plan whose rules to list'),
	...returnAllAndLimit(),
];

const displayOptions = { show: { resource: ['trackingPlan'], operation: ['getRules'] } };

export const description = updateDisplayOptions(displayOptions, properties);
