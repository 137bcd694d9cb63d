import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { subscriptionsFields } from './subscriptions';

const show = { resource: ['space'], operation: ['queryMessagingSubscriptions'] };

export const spaceQueryMessagingSubscriptionsDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The space whose profiles the subscriptions belong to'),
	...subscriptionsFields(show, 'query'),
];
