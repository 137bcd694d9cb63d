import type { INodeProperties } from 'n8n-workflow';
import { subscriptionIdField } from '../../shared/descriptions';
import { resourceLocator, simplify } from '../../shared/legacyFields';

const show = { resource: ['destinationSubscription'], operation: ['get'] };

export const subscriptionGetDescription: INodeProperties[] = [
	resourceLocator('destinationId', show, 'The destination of the subscription'),
	subscriptionIdField(show),
	simplify(show),
];
