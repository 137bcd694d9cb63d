import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { subscriptionsFields } from './subscriptions';

const show = { resource: ['space'], operation: ['replaceMessagingSubscriptions'] };

export const spaceReplaceMessagingSubscriptionsDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The space whose profiles the subscriptions belong to'),
	...subscriptionsFields(show, 'replace'),
];
