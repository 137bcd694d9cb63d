import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INode,
	type INodeProperties,
} from 'n8n-workflow';
import { listInputField } from '../../shared/descriptions';
import { parseJson, setPath, splitList } from '../../shared/utils';

/** How the actions of a filter are entered; `unchanged` only on Update. */
type ActionsInput = 'fields' | 'json' | 'unchanged';

interface ActionEntry {
	type?: string;
	properties?: string | string[];
	percentage?: number;
	samplePath?: string;
}

const PROPERTY_ACTIONS = ['ALLOW_PROPERTIES', 'DROP_PROPERTIES'];

/**
 * Turns dotted property paths into Segment's `fields` object: each path's last part is the
 * property, the rest the object holding it ('' for the top level of the event).
 * "properties.email, userId" becomes { properties: ["email"], "": ["userId"] }.
 */
export function fieldsOf(node: INode, value: unknown, position: number): IDataObject {
	const entries = splitList(value);
	if (entries.length === 0) {
		throw new NodeOperationError(node, `The field "Properties" of action ${position} is empty`, {
			description:
				'Allow Properties and Drop Properties need at least one property path, e.g. properties.email or userId.',
		});
	}
	const fields: Record<string, string[]> = {};
	for (const entry of entries) {
		const dot = entry.lastIndexOf('.');
		const path = dot === -1 ? '' : entry.slice(0, dot);
		const name = entry.slice(dot + 1);
		if (!name || path.startsWith('.') || path.endsWith('.') || path.includes('..')) {
			throw new NodeOperationError(
				node,
				`The field "Properties" of action ${position} has an invalid path: "${entry}"`,
				{ description: 'Enter dotted paths such as properties.email, context.ip or userId.' },
			);
		}
		if (path === '__proto__' || name === '__proto__') {
			throw new NodeOperationError(
				node,
				`The field "Properties" of action ${position} has a key "__proto__"`,
			);
		}
		fields[path] ??= [];
		if (!fields[path].includes(name)) fields[path].push(name);
	}
	return fields;
}

/** One action of the Actions collection in Segment's form. */
function actionOf(node: INode, entry: ActionEntry, position: number): IDataObject {
	const type = entry.type ?? 'DROP';
	if (PROPERTY_ACTIONS.includes(type)) {
		return { type, fields: fieldsOf(node, entry.properties, position) };
	}
	if (type === 'SAMPLE') {
		const percentage = entry.percentage ?? 10;
		if (typeof percentage !== 'number' || !(percentage >= 0 && percentage <= 100)) {
			throw new NodeOperationError(
				node,
				`The field "Sample Percentage" of action ${position} must be between 0 and 100`,
				{ description: `Got ${JSON.stringify(percentage)}.` },
			);
		}
		const action: IDataObject = { type, percent: percentage / 100 };
		const path = String(entry.samplePath ?? '').trim();
		if (path) action.path = path;
		return action;
	}
	return { type };
}

/** Parses the Actions (JSON) field: a non-empty array of objects that each name a type. */
export function parseActionsJson(node: INode, value: unknown): IDataObject[] {
	const parsed = parseJson(node, value, 'Actions (JSON)', { empty: undefined });
	const example = 'Enter e.g. [{"type": "DROP_PROPERTIES", "fields": {"properties": ["email"]}}]';
	if (!Array.isArray(parsed) || parsed.length === 0) {
		throw new NodeOperationError(
			node,
			'The field "Actions (JSON)" must be a JSON array with at least one action',
			{ description: example },
		);
	}
	parsed.forEach((action: unknown, index) => {
		const type = (action as IDataObject | null)?.type;
		if (
			!action ||
			typeof action !== 'object' ||
			Array.isArray(action) ||
			typeof type !== 'string' ||
			type.trim() === ''
		) {
			throw new NodeOperationError(
				node,
				`The field "Actions (JSON)" has an action without a type at position ${index + 1}`,
				{
					description: `Each action is an object with a "type": ALLOW_PROPERTIES, DROP, DROP_PROPERTIES or SAMPLE. ${example}`,
				},
			);
		}
	});
	if (/"__proto__"\s*:/.test(JSON.stringify(parsed))) {
		throw new NodeOperationError(node, 'The field "Actions (JSON)" has a key "__proto__"', {
			description: 'That key cannot be sent as data; remove it.',
		});
	}
	return parsed as IDataObject[];
}

/**
 * Puts the actions of the chosen input into the body at `bodyKey`. With `requireChange` (Update),
 * a body with nothing to change fails before sending.
 */
function actionsBody(bodyKey: string, requireChange: boolean) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const node = this.getNode();
		const input = this.getNodeParameter('actionsInput', 'fields') as ActionsInput;
		const body = (requestOptions.body ?? {}) as IDataObject;
		if (input === 'json') {
			setPath(body, bodyKey, parseActionsJson(node, this.getNodeParameter('actionsJson', '[]')));
		} else if (input === 'fields') {
			const entries = this.getNodeParameter('actions.action', []) as ActionEntry[];
			if (entries.length === 0) {
				throw new NodeOperationError(node, 'The field "Actions" has no action', {
					description: 'Add at least one action, e.g. Drop Event, or enter them as JSON.',
				});
			}
			setPath(
				body,
				bodyKey,
				entries.map((entry, index) => actionOf(node, entry, index + 1)),
			);
		}
		if (requireChange && Object.keys(body).length === 0) {
			throw new NodeOperationError(node, 'Nothing to update', {
				description:
					'Add a field in "Update Fields" or choose new actions in "Actions Input"; Segment needs at least one change.',
			});
		}
		requestOptions.body = body;
		return requestOptions;
	};
}

/**
 * The actions of a filter: a collection of actions, or a JSON array (also from an expression).
 * On Update (`keepable`), the current actions can be kept.
 */
export function actionsFields(bodyKey: string, keepable = false): INodeProperties[] {
	return [
		listInputField({
			displayName: 'Actions Input',
			name: 'actionsInput',
			description: 'How to enter what the filter does to the events its condition matches',
			preSend: actionsBody(bodyKey, keepable),
			keepLabel: keepable ? 'Keep Current Actions' : undefined,
		}),
		{
			displayName: 'Actions',
			name: 'actions',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Action',
			default: {},
			description: 'What the filter does to the events its condition matches',
			displayOptions: { show: { actionsInput: ['fields'] } },
			options: [
				{
					displayName: 'Action',
					name: 'action',
					values: [
						{
							displayName: 'Type',
							name: 'type',
							type: 'options',
							options: [
								{
									name: 'Allow Properties',
									value: 'ALLOW_PROPERTIES',
									description: 'Keep only the listed properties of the matched events',
								},
								{
									name: 'Drop Event',
									value: 'DROP',
									description: 'Do not send the matched events to the destination',
								},
								{
									name: 'Drop Properties',
									value: 'DROP_PROPERTIES',
									description: 'Remove the listed properties from the matched events',
								},
								{
									name: 'Sample',
									value: 'SAMPLE',
									description: 'Send only a share of the matched events',
								},
							],
							default: 'DROP',
							description: 'What to do with the events the condition matches',
						},
						{
							displayName: 'Properties',
							name: 'properties',
							type: 'string',
							default: '',
							placeholder: 'e.g. properties.email, context.ip, userId',
							description:
								'Dotted paths of the properties, separated by commas; a name without a dot is at the top level of the event',
							displayOptions: { show: { type: PROPERTY_ACTIONS } },
						},
						{
							displayName: 'Sample Percentage',
							name: 'percentage',
							type: 'number',
							typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 2 },
							default: 10,
							description: 'Share of the matched events to send, from 0 to 100',
							displayOptions: { show: { type: ['SAMPLE'] } },
						},
						{
							displayName: 'Sample Path',
							name: 'samplePath',
							type: 'string',
							default: '',
							placeholder: 'e.g. userId',
							description:
								'Path of a property whose value decides the sampling, so all events with the same value are sent or not together. Leave empty to sample events independently.',
							displayOptions: { show: { type: ['SAMPLE'] } },
						},
					],
				},
			],
		},
		{
			displayName: 'Actions (JSON)',
			name: 'actionsJson',
			type: 'json',
			default: '[\n  {\n    "type": "DROP"\n  }\n]',
			description:
				'The actions as Segment takes them, e.g. [{"type": "DROP_PROPERTIES", "fields": {"properties": ["email"]}}] or [{"type": "SAMPLE", "percent": 0.1, "path": "userId"}]',
			displayOptions: { show: { actionsInput: ['json'] } },
		},
	];
}
