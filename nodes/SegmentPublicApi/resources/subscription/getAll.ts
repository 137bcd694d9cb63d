import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit, simplify } from '../../shared/legacyFields';

const show = { resource: ['destinationSubscription'], operation: ['getAll'] };

export const subscriptionGetAllDescription: INodeProperties[] = [
	resourceLocator('destinationId', show, 'The destination whose subscriptions to list'),
	...returnAllAndLimit(show),
	simplify(show),
];
