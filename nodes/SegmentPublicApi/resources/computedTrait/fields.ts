import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';

export const DEFINITION_TYPES: INodePropertyOptions[] = [
	{ name: 'Accounts', value: 'ACCOUNTS', description: 'Computed over accounts (B2B)' },
	{ name: 'Users', value: 'USERS', description: 'Computed over user profiles' },
];

export const TRAITS = '/spaces/{spaceId}/computed-traits';
export const TRAIT = `${TRAITS}/{computedTraitId}`;

export const QUERY_PLACEHOLDER = "e.g. event('Order Completed').within(30 days).count()";

/** The computed trait, picked from those of the space chosen above, or given by ID; used in the path. */
export function computedTraitIdField(description: string): INodeProperties {
	return resourceLocator('computedTraitId', description);
}

/**
 * Checks an update before sending: Segment replaces the definition whole, so a new query needs
 * its type and the other way round; an update with no field would change nothing.
 */
export async function checkedUpdate(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const node = this.getNode();
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	if (Object.keys(fields).length === 0) {
		throw new NodeOperationError(node, 'The field "Update Fields" is empty', {
			description: 'Add at least one field to change.',
		});
	}
	const body = (requestOptions.body ?? {}) as IDataObject;
	const hasQuery = fields.query !== undefined;
	const hasType = fields.definitionType !== undefined;
	if (hasQuery !== hasType) {
		throw new NodeOperationError(
			node,
			`The field "${hasQuery ? 'Definition Type' : 'Query'}" is missing from "Update Fields"`,
			{
				description:
					'Segment replaces the definition whole: add both "Query" and "Definition Type" to change it.',
			},
		);
	}
	if (hasQuery) {
		const query = typeof fields.query === 'string' ? fields.query.trim() : '';
		if (!query) {
			throw new NodeOperationError(node, 'The field "Query" is empty', {
				description: 'Enter the query that defines the computed trait.',
			});
		}
		body.definition = { type: fields.definitionType, query };
	}
	if (fields.name !== undefined) {
		const name = typeof fields.name === 'string' ? fields.name.trim() : '';
		if (!name) throw new NodeOperationError(node, 'The field "Name" is empty');
		body.name = name;
	}
	requestOptions.body = body;
	return requestOptions;
}

/** The fields a person reads first, with the definition lifted to the top. */
export function simplifyComputedTrait(record: IDataObject): IDataObject {
	const definition = (record.definition as IDataObject | null | undefined) ?? undefined;
	return {
		id: record.id,
		name: record.name,
		key: record.key,
		enabled: record.enabled,
		status: record.status,
		type: definition?.type,
		query: definition?.query,
		spaceId: record.spaceId,
		updatedAt: record.updatedAt,
	};
}

/** The computed trait's options, sent under `options` when any is set. */
export function traitOptionFields(): INodeProperties[] {
	return [
		{
			displayName: 'Backfill Duration (Days)',
			name: 'backfillDurationDays',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 30,
			description:
				'How many days of past events count, from the day the trait is created. Unset, "Include Historical Data" decides.',
			routing: { send: { type: 'body', property: 'options.backfillDurationDays' } },
		},
		{
			displayName: 'Include Anonymous Users',
			name: 'includeAnonymousUsers',
			type: 'boolean',
			default: false,
			description: 'Whether anonymous profiles get the trait too',
			routing: { send: { type: 'body', property: 'options.includeAnonymousUsers' } },
		},
		{
			displayName: 'Include Historical Data',
			name: 'includeHistoricalData',
			type: 'boolean',
			default: true,
			description:
				'Whether events from before the trait was created count. Segment turns this on itself when the definition needs it.',
			routing: { send: { type: 'body', property: 'options.includeHistoricalData' } },
		},
	];
}
