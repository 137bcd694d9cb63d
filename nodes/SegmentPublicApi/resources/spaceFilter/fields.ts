import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { enabledField, resourceLocatorSent } from '../../shared/descriptions';

/** Segment lists at most this many space filters per page. */
export const SPACE_FILTER_PAGE_SIZE = 10;

export const FILTER = '/filters/{filterId}';

/** The space of a filter, sent as `integrationId` in the body or the query (Segment's name for it). */
export function spaceField(description: string, where: 'body' | 'query'): INodeProperties {
	return resourceLocatorSent('spaceId', description, where, 'integrationId');
}

export function filterIdField(description: string): INodeProperties {
	return {
		displayName: 'Filter ID',
		name: 'filterId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2Tq8vYBvMmKyDnAe1SmJd3xJ4pT',
		description,
	};
}

/** Refuses an update without fields, or with an empty name or condition. */
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
	for (const [name, label] of [
		['name', 'Name'],
		['if', 'Condition (FQL)'],
	]) {
		if (fields[name] !== undefined && String(fields[name]).trim() === '') {
			throw new NodeOperationError(node, `The field "${label}" is empty`, {
				description: `Enter a value for "${label}", or remove it from "Update Fields".`,
			});
		}
	}
	return requestOptions;
}

/** The fields of a filter that say what it does. */
export function simplifySpaceFilter(record: IDataObject): IDataObject {
	return {
		id: record.id,
		name: record.name,
		enabled: record.enabled,
		if: record.if,
		drop: record.drop,
		integrationId: record.integrationId,
		updatedAt: record.updatedAt,
	};
}

/** Description, Drop Event and Enabled, shared by create (Additional Fields) and update. */
export function filterOptionFields(): INodeProperties[] {
	return [
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'What the filter is for',
			routing: { send: { type: 'body', property: 'description' } },
		},
		{
			displayName: 'Drop Event',
			name: 'drop',
			type: 'boolean',
			default: true,
			description: 'Whether events that match the condition are dropped',
			routing: { send: { type: 'body', property: 'drop' } },
		},
		enabledField('Whether the filter applies'),
	];
}
