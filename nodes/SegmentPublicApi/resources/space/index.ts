import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { spaceGetDescription } from './get';
import { spaceGetAllDescription } from './getAll';
import { spaceQueryMessagingSubscriptionsDescription } from './queryMessagingSubscriptions';
import { spaceReplaceMessagingSubscriptionsDescription } from './replaceMessagingSubscriptions';

const SPACE = '/spaces/{spaceId}';

export const spaceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['space'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a space',
				description: 'Get an Engage space by ID',
				routing: segmentRouting({ method: 'GET', path: SPACE, root: 'space', version: 'v1alpha' }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many spaces',
				description: 'List the Engage spaces of the workspace',
				routing: segmentRouting({
					method: 'GET',
					path: '/spaces',
					root: 'spaces',
					list: true,
					version: 'v1alpha',
				}),
			},
			{
				name: 'Query Messaging Subscriptions',
				value: 'queryMessagingSubscriptions',
				action: 'Query messaging subscriptions of a space',
				description:
					'Look up the subscription status of email addresses or phone numbers (an Engage Premier feature Segment ends after December 15, 2025)',
				routing: segmentRouting({
					method: 'POST',
					path: `${SPACE}/messaging-subscriptions/batch`,
					version: 'v1alpha',
				}),
			},
			{
				name: 'Replace Messaging Subscriptions',
				value: 'replaceMessagingSubscriptions',
				action: 'Replace messaging subscriptions in a space',
				description:
					'Set the subscription status of email addresses or phone numbers, at most 60 requests per minute (an Engage Premier feature Segment ends after December 15, 2025)',
				routing: segmentRouting({
					method: 'PUT',
					path: `${SPACE}/messaging-subscriptions`,
					version: 'v1alpha',
				}),
			},
		],
		default: 'getAll',
	},
	...spaceGetDescription,
	...spaceGetAllDescription,
	...spaceQueryMessagingSubscriptionsDescription,
	...spaceReplaceMessagingSubscriptionsDescription,
];
