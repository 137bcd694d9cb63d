import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';

const show = { resource: ['trackingPlan'], operation: ['getSources'] };

export const trackingPlanGetSourcesDescription: INodeProperties[] = [
	resourceLocator('trackingPlanId', show, 'The tracking plan whose connected sources to list'),
	...returnAllAndLimit(show),
];
