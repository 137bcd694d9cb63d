import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, subscriptionIdField } from '../../shared/descriptions';

const show = { resource: ['destinationSubscription'], operation: ['delete'] };

export const subscriptionDeleteDescription: INodeProperties[] = [
	resourceLocator('destinationId', show, 'The destination of the subscription'),
	subscriptionIdField(show),
];
