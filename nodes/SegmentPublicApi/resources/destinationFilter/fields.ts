import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { enabledField, resourceLocator } from '../../shared/descriptions';
import { getPath, setPath } from '../../shared/utils';

/** Refuses an empty text sent at `property` (Segment would), naming the field; trims it otherwise. */
function nonEmptyText(property: string, displayName: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = (requestOptions.body ?? {}) as IDataObject;
		const value = getPath(body, property);
		if (typeof value !== 'string' || value.trim() === '') {
			throw new NodeOperationError(this.getNode(), `The field "${displayName}" is empty`, {
				description: `Enter a value for "${displayName}".`,
			});
		}
		setPath(body, property, value.trim());
		requestOptions.body = body;
		return requestOptions;
	};
}

// Segment's paths for destination filters use the singular "destination".
export const FILTER_PATH = '/destination/{destinationId}/filters/{filterId}';

export function destinationField(description: string): INodeProperties {
	return resourceLocator('destinationId', description);
}

export function filterIdField(description: string): INodeProperties {
	return {
		displayName: 'Filter ID',
		name: 'filterId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2UXvnZqRMk3rgXfxqQfiC6Ao6Zb',
		description,
	};
}

export const CONDITION_DESCRIPTION =
	'The FQL statement that selects the events the actions apply to, e.g. <code>type = "track" and event = "Order Completed"</code>; <code>all</code> selects every event';

/** The `if` of a filter, sent in the body under `property`. */
export function conditionField(required: boolean, property = 'if'): INodeProperties {
	return {
		displayName: 'Condition (FQL)',
		name: 'if',
		type: 'string',
		required,
		default: '',
		placeholder: 'e.g. event = "Order Completed"',
		description: CONDITION_DESCRIPTION,
		routing: {
			send: { type: 'body', property, preSend: [nonEmptyText(property, 'Condition (FQL)')] },
		},
	};
}

export function titleField(required: boolean): INodeProperties {
	return {
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required,
		default: '',
		placeholder: 'e.g. Drop test events',
		description: 'The title of the filter, shown in the Segment app',
		routing: {
			send: { type: 'body', property: 'title', preSend: [nonEmptyText('title', 'Title')] },
		},
	};
}

export function enabledFieldOf(): INodeProperties {
	return enabledField('Whether the filter applies to events as soon as it is saved');
}
