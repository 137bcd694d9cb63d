import type { INodeProperties } from 'n8n-workflow';

export const subscriptionIdField: INodeProperties = {
	displayName: 'Subscription ID',
	name: 'subscriptionId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. sub_2T7uyQ9b7pZYtW4vCBT9jpwJg',
	description: 'The ID of the subscription, as listed by Get Many',
};
