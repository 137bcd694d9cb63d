import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a tracking plan',
	routing: segmentRouting({ method: 'DELETE', path: '/tracking-plans/{trackingPlanId}' }),
};

const properties: INodeProperties[] = [
	resourceLocator('trackingPlanId', 'The tracking plan to delete'),
];

const displayOptions = { show: { resource: ['trackingPlan'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
