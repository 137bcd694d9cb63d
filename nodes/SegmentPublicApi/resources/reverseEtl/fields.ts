import type { INodeProperties } from 'n8n-workflow';
import { enabledField } from '../../shared/descriptions';

/** The fields of a model that Create sends and Update may change, keyed by their body name. */
export function modelFields(required: boolean): Record<string, INodeProperties> {
	return {
		name: {
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required,
			default: '',
			placeholder: 'e.g. High-value customers',
			description: 'A short, human-readable name of the model',
			routing: { send: { type: 'body', property: 'name' } },
		},
		query: {
			displayName: 'Query (SQL)',
			name: 'query',
			type: 'string',
			required,
			default: '',
			typeOptions: { editor: 'sqlEditor', rows: 8 },
			placeholder: 'e.g. SELECT user_id, email, lifetime_value FROM analytics.customers',
			description:
				"The SQL query Segment runs in the source's warehouse to extract the records to sync",
			routing: { send: { type: 'body', property: 'query' } },
		},
		queryIdentifierColumn: {
			displayName: 'Query Identifier Column',
			name: 'queryIdentifierColumn',
			type: 'string',
			required,
			default: '',
			placeholder: 'e.g. user_id',
			description:
				'The column of the query that uniquely identifies each record; Segment uses it to detect added, changed and deleted records',
			routing: { send: { type: 'body', property: 'queryIdentifierColumn' } },
		},
		description: {
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'A longer explanation of what the model extracts',
			routing: { send: { type: 'body', property: 'description' } },
		},
		enabled: enabledField(
			"Whether the model's syncs run. Off, no sync runs, whatever the schedule of its mappings.",
		),
	};
}

export function syncIdField(description: string): INodeProperties {
	return {
		displayName: 'Sync ID',
		name: 'syncId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2001',
		description,
	};
}

export function retlSubscriptionIdField(description: string): INodeProperties {
	return {
		displayName: 'Subscription ID',
		name: 'subscriptionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2',
		description,
	};
}

/** Where the Segment app shows a mapping's subscription ID. */
export const SUBSCRIPTION_ID_HINT =
	'the number after /mappings/ in the URL of the mapping in the Segment app (…/instances/1/mappings/<b>2</b>/…)';
