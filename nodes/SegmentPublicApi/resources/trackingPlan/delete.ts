import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['trackingPlan'], operation: ['delete'] };

export const trackingPlanDeleteDescription: INodeProperties[] = [
	resourceLocator('trackingPlanId', show, 'The tracking plan to delete'),
];
