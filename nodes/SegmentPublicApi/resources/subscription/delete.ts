import type { INodeProperties } from 'n8n-workflow';
import { subscriptionIdField } from '../../shared/descriptions';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['destinationSubscription'], operation: ['delete'] };

export const subscriptionDeleteDescription: INodeProperties[] = [
	resourceLocator('destinationId', show, 'The destination of the subscription'),
	subscriptionIdField(show),
];
