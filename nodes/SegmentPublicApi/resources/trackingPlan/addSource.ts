import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, resourceLocatorInBody } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Add Source',
	value: 'addSource',
	action: 'Connect a source to a tracking plan',
	description: "Connect a source, so the plan validates the source's events",
	routing: segmentRouting({ method: 'POST', path: '/tracking-plans/{trackingPlanId}/sources' }),
};

const properties: INodeProperties[] = [
	resourceLocator('trackingPlanId', 'The tracking plan to connect the source to'),
	resourceLocatorInBody('sourceId', 'The source whose events the plan should validate'),
];

const displayOptions = { show: { resource: ['trackingPlan'], operation: ['addSource'] } };

export const description = updateDisplayOptions(displayOptions, properties);
