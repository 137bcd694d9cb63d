import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, resourceLocatorInBody } from '../../shared/legacyFields';

const show = { resource: ['trackingPlan'], operation: ['addSource'] };

export const trackingPlanAddSourceDescription: INodeProperties[] = [
	resourceLocator('trackingPlanId', show, 'The tracking plan to connect the source to'),
	resourceLocatorInBody('sourceId', show, 'The source whose events the plan should validate'),
];
