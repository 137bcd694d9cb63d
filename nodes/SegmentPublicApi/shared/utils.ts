import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';
import { CENSORED } from './secrets';

/** Encodes one ID into a path segment, refusing values that would address another endpoint. */
export function encodePathSegment(node: INode, value: unknown, fieldName: string): string {
	return encodeURIComponent(checkedId(node, value, fieldName));
}

/** The trimmed ID, or an error naming the field when it is empty or a dot segment. */
export function checkedId(node: INode, value: unknown, fieldName: string): string {
	if (typeof value === 'number' && !Number.isFinite(value)) {
		throw new NodeOperationError(node, `The field "${fieldName}" is not a valid ID: ${value}`, {
			description: 'An expression gave a number that is not one; check what it reads.',
		});
	}
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!text) {
		throw new NodeOperationError(node, `The field "${fieldName}" is empty`, {
			description: `Pick a value for "${fieldName}" or enter its ID.`,
		});
	}
	if (text === '.' || text === '..') {
		throw new NodeOperationError(node, `The field "${fieldName}" is not a valid ID: "${text}"`);
	}
	return text;
}

/** The Limit of a Get Many: a whole number of 1 or more, or an error naming the field. */
export function checkedLimit(node: INode, value: unknown): number {
	const limit = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		throw new NodeOperationError(node, 'The field "Limit" must be a whole number of 1 or more', {
			description: `Got ${JSON.stringify(value) ?? String(value)}. Turn on "Return All" to get every record.`,
		});
	}
	return limit;
}

/** Refuses Segment's censor mask in a value about to be sent, unless the user allowed it. */
export function refuseCensoredValues(
	node: INode,
	value: unknown,
	fieldName: string,
	allowed: boolean,
): void {
	const censoredKey = allowed ? undefined : findCensoredValue(value);
	if (censoredKey) {
		throw new NodeOperationError(
			node,
			`The field "${fieldName}" holds a censored secret at "${censoredKey}"`,
			{
				description:
					'Segment returns secrets masked as "••••••"; sending the mask back would overwrite the real secret. Remove the key, enter the real value, or turn on "Allow Censored Values" in Options.',
			},
		);
	}
}

/**
 * A JSON field's value parsed; an expression may already give an object or a list, which is kept.
 * Empty text gives `empty`. Invalid JSON fails naming the field, with `example` as the hint.
 */
export function parseJson(
	node: INode,
	value: unknown,
	fieldName: string,
	{ empty, example }: { empty: unknown; example?: string },
): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return empty;
	try {
		return JSON.parse(value);
	} catch (error) {
		const reason = (error as Error).message;
		throw new NodeOperationError(node, `The field "${fieldName}" is not valid JSON`, {
			description: example ? `${reason}. ${example}` : reason,
		});
	}
}

/** Parses a JSON field's value into an object, naming the field when it is not one. */
export function parseJsonObject(node: INode, value: unknown, fieldName: string): IDataObject {
	const parsed = parseJson(node, value, fieldName, { empty: {} });
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw new NodeOperationError(node, `The field "${fieldName}" must be a JSON object`, {
			description: 'Enter an object such as {"key": "value"}.',
		});
	}
	if (/"__proto__"\s*:/.test(typeof value === 'string' ? value : JSON.stringify(value))) {
		throw new NodeOperationError(node, `The field "${fieldName}" has a key "__proto__"`, {
			description: 'That key cannot be sent as data; remove it.',
		});
	}
	return parsed as IDataObject;
}

/** Path of the first value in `value` that is Segment's censor mask, if any. */
export function findCensoredValue(value: unknown, path = ''): string | undefined {
	if (typeof value === 'string') return CENSORED.test(value) ? path || '(value)' : undefined;
	if (value && typeof value === 'object') {
		for (const [key, child] of Object.entries(value)) {
			const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
			const found = findCensoredValue(child, childPath);
			if (found) return found;
		}
	}
	return undefined;
}

type Simplifier = (record: IDataObject) => IDataObject;

function metadataOf(record: IDataObject): IDataObject {
	return (record.metadata as IDataObject | undefined) ?? {};
}

function labelsOf(record: IDataObject): string[] | undefined {
	const labels = record.labels as Array<{ key: string; value: string }> | undefined;
	return labels?.map((label) => `${label.key}:${label.value}`);
}

export const simplifySource: Simplifier = (record) => ({
	id: record.id,
	name: record.name,
	slug: record.slug,
	enabled: record.enabled,
	type: metadataOf(record).name,
	typeId: metadataOf(record).id,
	labels: labelsOf(record),
	workspaceId: record.workspaceId,
});

export const simplifyDestination: Simplifier = (record) => {
	const actions = metadataOf(record).actions;
	return {
		id: record.id,
		name: record.name,
		enabled: record.enabled,
		type: metadataOf(record).name,
		typeId: metadataOf(record).id,
		sourceId: record.sourceId,
		// Only Actions destinations have subscriptions; absent when Segment did not say.
		...(Array.isArray(actions) ? { actionsDestination: actions.length > 0 } : {}),
	};
};

export const simplifyWarehouse: Simplifier = (record) => ({
	id: record.id,
	name: (record.settings as IDataObject | undefined)?.name ?? record.name,
	enabled: record.enabled,
	type: metadataOf(record).name,
	typeId: metadataOf(record).id,
	workspaceId: record.workspaceId,
});

/** Predicate for the Filters collection of `listFilters`; undefined when no filter is set. */
export function filtersPredicate(filters: {
	status?: string;
	sourceIds?: string[] | string;
}): ((record: IDataObject) => boolean) | undefined {
	const status = filters.status ?? 'any';
	const sourceIds =
		typeof filters.sourceIds === 'string'
			? filters.sourceIds
					.split(',')
					.map((id) => id.trim())
					.filter(Boolean)
			: (filters.sourceIds ?? []);
	if (status === 'any' && sourceIds.length === 0) return undefined;
	const wanted = new Set(sourceIds);
	return (record) =>
		(status === 'any' || record.enabled === (status === 'enabled')) &&
		(wanted.size === 0 || wanted.has(String(record.sourceId)));
}

/** Reads a dotted path ("input.settings") of a body. */
export function getPath(object: IDataObject, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>((value, key) => (value as IDataObject | undefined)?.[key], object);
}

/** Writes a dotted path of a body, creating the objects on the way. */
export function setPath(object: IDataObject, path: string, value: unknown): void {
	const keys = path.split('.');
	let target = object;
	for (const key of keys.slice(0, -1)) {
		target[key] ??= {};
		target = target[key] as IDataObject;
	}
	target[keys[keys.length - 1]] = value as IDataObject;
}

/** Splits a list typed as text (commas or new lines) into its trimmed, non-empty entries. */
export function splitList(value: unknown): string[] {
	if (Array.isArray(value))
		return value
			.map(String)
			.map((entry) => entry.trim())
			.filter(Boolean);
	return String(value ?? '')
		.split(/[\n,]/)
		.map((entry) => entry.trim())
		.filter(Boolean);
}
