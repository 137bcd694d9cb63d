import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['trackingPlan'], operation: ['get'] };

export const trackingPlanGetDescription: INodeProperties[] = [
	resourceLocator('trackingPlanId', show, 'The tracking plan to get'),
];
