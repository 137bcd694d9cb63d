import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { subscriptionsFields } from './subscriptions';

export const option: INodePropertyOptions = {
	name: 'Query Messaging Subscriptions',
	value: 'queryMessagingSubscriptions',
	action: 'Query messaging subscriptions of a space',
	description:
		'Look up the subscription status of email addresses or phone numbers (an Engage Premier feature Segment ends after December 15, 2025)',
	routing: segmentRouting({
		method: 'POST',
		path: '/spaces/{spaceId}/messaging-subscriptions/batch',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The space whose profiles the subscriptions belong to'),
	...subscriptionsFields('query'),
];

const displayOptions = {
	show: { resource: ['space'], operation: ['queryMessagingSubscriptions'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
