import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { subscriptionsFields } from './subscriptions';

export const option: INodePropertyOptions = {
	name: 'Replace Messaging Subscriptions',
	value: 'replaceMessagingSubscriptions',
	action: 'Replace messaging subscriptions in a space',
	description:
		'Set the subscription status of email addresses or phone numbers, at most 60 requests per minute (an Engage Premier feature Segment ends after December 15, 2025)',
	routing: segmentRouting({
		method: 'PUT',
		path: '/spaces/{spaceId}/messaging-subscriptions',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The space whose profiles the subscriptions belong to'),
	...subscriptionsFields('replace'),
];

const displayOptions = {
	show: { resource: ['space'], operation: ['replaceMessagingSubscriptions'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
