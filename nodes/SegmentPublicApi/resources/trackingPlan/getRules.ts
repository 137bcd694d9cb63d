import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';

const show = { resource: ['trackingPlan'], operation: ['getRules'] };

export const trackingPlanGetRulesDescription: INodeProperties[] = [
	resourceLocator('trackingPlanId', show, 'The tracking plan whose rules to list'),
	...returnAllAndLimit(show),
];
