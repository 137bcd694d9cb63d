import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INode,
	type INodeProperties,
} from 'n8n-workflow';
import { listInputField } from './descriptions';
import { parseJson } from './utils';

/**
 * Selective Sync overrides, shared by warehouses (per source) and Profiles Sync warehouses (per
 * space, without a source): entered as fields or as a JSON array, checked before sending.
 */
export type OverrideScope = 'source' | 'space';

const JSON_FIELD = 'Overrides (JSON)';
const FIELDS_FIELD = 'Overrides';

function keysOf(scope: OverrideScope): string[] {
	return scope === 'source'
		? ['sourceId', 'collection', 'property', 'enabled']
		: ['collection', 'property', 'enabled'];
}

function example(scope: OverrideScope): string {
	return scope === 'source'
		? '[{"sourceId": "qQEHquLrjRDN9j1ByrChyn", "collection": "pages", "enabled": false}]'
		: '[{"collection": "tracks", "property": "context_ip", "enabled": false}]';
}

/** One override, checked: the keys the API takes, a source (warehouses), a collection for a property. */
function checkedOverride(
	node: INode,
	entry: unknown,
	position: number,
	scope: OverrideScope,
	fieldName: string,
): IDataObject {
	const problem = (what: string) =>
		new NodeOperationError(
			node,
			`The field "${fieldName}" has an invalid override at position ${position}: ${what}`,
			{ description: `Got ${JSON.stringify(entry)}. Enter e.g. ${example(scope)}.` },
		);
	if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
		throw problem('it is not an object');
	}
	const values = entry as IDataObject;
	const allowed = keysOf(scope);
	const unknown = Object.keys(values).find((key) => !allowed.includes(key));
	if (unknown) throw problem(`unknown key "${unknown}" (allowed: ${allowed.join(', ')})`);
	const text = (key: string) => {
		const value = values[key];
		if (value === undefined || value === null) return '';
		if (typeof value !== 'string') throw problem(`"${key}" must be a string`);
		return value.trim();
	};
	const override: IDataObject = {};
	if (scope === 'source') {
		const sourceId = text('sourceId');
		if (!sourceId) throw problem('"sourceId" is empty');
		override.sourceId = sourceId;
	}
	const collection = text('collection');
	const property = text('property');
	if (scope === 'space' && !collection) throw problem('"collection" is empty');
	if (property && !collection) throw problem('"property" needs a "collection"');
	if (typeof values.enabled !== 'boolean') throw problem('"enabled" must be true or false');
	if (collection) override.collection = collection;
	if (property) override.property = property;
	override.enabled = values.enabled;
	return override;
}

function parsedJsonList(node: INode, value: unknown, scope: OverrideScope): unknown[] {
	const parsed = parseJson(node, value, JSON_FIELD, {
		empty: [],
		example: `Enter e.g. ${example(scope)}.`,
	});
	if (!Array.isArray(parsed)) {
		throw new NodeOperationError(node, `The field "${JSON_FIELD}" must be a JSON array`, {
			description: `Enter a list of overrides, e.g. ${example(scope)}.`,
		});
	}
	return parsed;
}

/** The overrides the user entered, checked; an empty list when there are none. */
export function syncOverridesOf(
	this: IExecuteSingleFunctions,
	scope: OverrideScope,
): IDataObject[] {
	const node = this.getNode();
	if (this.getNodeParameter('overridesInput', 'fields') === 'json') {
		return parsedJsonList(node, this.getNodeParameter('overridesJson', '[]'), scope).map(
			(entry, index) => checkedOverride(node, entry, index + 1, scope, JSON_FIELD),
		);
	}
	const entries = this.getNodeParameter('overrides.override', []) as IDataObject[];
	return entries.map((entry, index) => {
		const values: IDataObject = {
			collection: entry.collection,
			property: entry.property,
			enabled: entry.enabled ?? true,
		};
		if (scope === 'source') values.sourceId = entry.sourceId;
		return checkedOverride(node, values, index + 1, scope, FIELDS_FIELD);
	});
}

/** Puts the overrides into the body; `required` refuses an empty list, naming the field. */
function overridesBody(scope: OverrideScope, required: boolean) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const overrides = syncOverridesOf.call(this, scope);
		const body = (requestOptions.body ?? {}) as IDataObject;
		if (overrides.length === 0 && (required || body.enableEventTables === undefined)) {
			const field =
				this.getNodeParameter('overridesInput', 'fields') === 'json' ? JSON_FIELD : FIELDS_FIELD;
			throw new NodeOperationError(this.getNode(), `The field "${field}" is empty`, {
				description: required
					? 'Add at least one override: a source, optionally narrowed to a collection and a property, and whether it syncs.'
					: 'Add at least one override, or set "Enable Event Tables" under "Update Fields".',
			});
		}
		if (overrides.length > 0) body.syncOverrides = overrides;
		requestOptions.body = body;
		return requestOptions;
	};
}

/** The fields of the overrides: how they are entered, the list of fields and the JSON alternative. */
export function syncOverrideFields(scope: OverrideScope, required: boolean): INodeProperties[] {
	const sourceValue: INodeProperties[] =
		scope === 'source'
			? [
					{
						displayName: 'Source Name or ID',
						name: 'sourceId',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getSources' },
						default: '',
						description:
							'The source the override applies to; without a collection, to all its collections. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
				]
			: [];
	return [
		listInputField({
			displayName: 'Overrides Input',
			name: 'overridesInput',
			description: 'How to enter the overrides',
			preSend: overridesBody(scope, required),
		}),
		{
			displayName: FIELDS_FIELD,
			name: 'overrides',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Override',
			default: {},
			description:
				scope === 'source'
					? 'What syncs into the warehouse: a source, or one of its collections, or one property of a collection'
					: 'What syncs into the warehouse: a collection, or one property of a collection',
			displayOptions: { show: { overridesInput: ['fields'] } },
			options: [
				{
					displayName: 'Override',
					name: 'override',
					values: [
						...sourceValue,
						{
							displayName: 'Collection',
							name: 'collection',
							type: 'string',
							default: '',
							placeholder: scope === 'source' ? 'e.g. pages' : 'e.g. tracks',
							description:
								scope === 'source'
									? 'The collection (table) of the source, as Get Selective Sync lists it; empty for the whole source'
									: 'The collection (table), as Get Selective Sync lists it',
						},
						{
							displayName: 'Enabled',
							name: 'enabled',
							type: 'boolean',
							default: true,
							description: 'Whether it syncs into the warehouse; off stops syncing it',
						},
						{
							displayName: 'Property',
							name: 'property',
							type: 'string',
							default: '',
							placeholder: 'e.g. context_ip',
							description:
								'One property (column) of the collection; empty for the whole collection',
						},
					],
				},
			],
		},
		{
			displayName: JSON_FIELD,
			name: 'overridesJson',
			type: 'json',
			default: '[]',
			description: `The overrides as a JSON array of {${keysOf(scope).join(', ')}}, e.g. ${example(scope)}`,
			displayOptions: { show: { overridesInput: ['json'] } },
		},
	];
}
