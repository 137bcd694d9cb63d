import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, simplify, subscriptionIdField } from '../../shared/descriptions';

const show = { resource: ['destinationSubscription'], operation: ['get'] };

export const subscriptionGetDescription: INodeProperties[] = [
	resourceLocator('destinationId', show, 'The destination of the subscription'),
	subscriptionIdField(show),
	simplify(show),
];
