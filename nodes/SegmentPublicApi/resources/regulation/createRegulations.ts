import {
	NodeOperationError,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IN8nHttpFullResponse,
	type INode,
	type INodeExecutionData,
	type INodeParameterResourceLocator,
	type INodeProperties,
	type INodePropertyOptions,
	type INodePropertyRouting,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { LOCATORS } from '../../shared/locators';
import { withWriteLog } from '../../shared/partialWrites';
import { responseHeader } from '../../shared/rateLimit';
import { customRouting, resolveId } from '../../shared/routing';
import { segmentApiRequest } from '../../shared/transport';
import { splitList } from '../../shared/utils';

export type RegulationScope = 'workspace' | 'source' | 'cloudSource';

/** Segment takes at most this many subject IDs in one regulation. */
export const MAX_SUBJECTS_PER_REGULATION = 5000;

const REGULATION_TYPES: INodePropertyOptions[] = [
	{
		name: 'Delete (Segment and Destinations)',
		value: 'DELETE_ONLY',
		description: 'Delete the data in Segment and ask the destinations that support it to delete it',
	},
	{
		name: 'Delete (Segment Only)',
		value: 'DELETE_INTERNAL',
		description: "Delete the data in Segment's own storage only",
	},
	{
		name: 'Suppress',
		value: 'SUPPRESS_ONLY',
		description: 'Drop new data about these people from now on, without deleting past data',
	},
	{
		name: 'Suppress and Delete (Segment and Destinations)',
		value: 'SUPPRESS_WITH_DELETE',
		description: 'Drop new data, delete past data in Segment, and ask destinations to delete it',
	},
	{
		name: 'Suppress and Delete (Segment Only)',
		value: 'SUPPRESS_WITH_DELETE_INTERNAL',
		description: "Drop new data and delete past data in Segment's own storage",
	},
	{
		name: 'Unsuppress',
		value: 'UNSUPPRESS',
		description: 'Accept data about these people again',
	},
];

const ARCHIVE_ONLY: INodePropertyOptions = {
	name: 'Delete From Archive Only',
	value: 'DELETE_ARCHIVE_ONLY',
	description: "Delete the data from Segment's archive only (offered to some workspaces)",
};

const SUBJECT_TYPES: Record<RegulationScope, INodePropertyOptions[]> = {
	workspace: [
		{ name: 'User ID', value: 'USER_ID' },
		{ name: 'Object ID', value: 'OBJECT_ID' },
	],
	source: [
		{ name: 'User ID', value: 'USER_ID' },
		{ name: 'Anonymous ID', value: 'ANONYMOUS_ID' },
	],
	cloudSource: [{ name: 'Object ID', value: 'OBJECT_ID' }],
};

const PATHS: Record<RegulationScope, string> = {
	workspace: '/regulations',
	source: '/regulations/sources/{sourceId}',
	cloudSource: '/regulations/cloudsources/{sourceId}',
};

/** The remaining quota of the regulation's category, as Segment's headers report it. */
function quotaOf(response: IN8nHttpFullResponse): IDataObject | undefined {
	const remaining = Number(responseHeader(response, 'x-ratelimit-remaining') ?? NaN);
	const reset = responseHeader(response, 'x-ratelimit-reset');
	const resetsAt = reset ? new Date(reset) : undefined;
	if (!Number.isFinite(remaining) && !resetsAt) return undefined;
	return {
		...(Number.isFinite(remaining) ? { remaining } : {}),
		...(resetsAt && !Number.isNaN(resetsAt.getTime()) ? { resetsAt: resetsAt.toISOString() } : {}),
	};
}

/** A value as the error shows it: JSON, cut short. */
function shown(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/**
 * The Subject IDs of one item: a list typed as text, or an array of texts or numbers from an
 * expression. Anything else (an object, a nested list, null) is refused: it would be sent as
 * "[object Object]" and regulate no one.
 */
function subjectIdsOf(node: INode, value: unknown, itemIndex: number): string[] {
	const refuse = (what: string, got: unknown) =>
		new NodeOperationError(
			node,
			`The field "Subject IDs" of item ${itemIndex} holds ${what} where an ID is expected`,
			{
				itemIndex,
				description: `Got ${shown(got)}. Give the IDs as text separated by commas or new lines, or as an array of texts, e.g. {{ $json.users.map(user => user.id) }}.`,
			},
		);
	const kindOf = (entry: unknown) =>
		entry === null
			? 'null'
			: Array.isArray(entry)
				? 'a list'
				: typeof entry === 'object'
					? 'an object'
					: `a ${typeof entry}`;
	if (value === undefined || value === null) return [];
	if (typeof value === 'number') return Number.isFinite(value) ? [String(value)] : [];
	if (Array.isArray(value)) {
		for (const entry of value) {
			const plain =
				typeof entry === 'string' || (typeof entry === 'number' && Number.isFinite(entry));
			if (!plain) throw refuse(kindOf(entry), entry);
		}
		return splitList(value);
	}
	if (typeof value !== 'string') throw refuse(kindOf(value), value);
	return splitList(value);
}

function isExpression(value: unknown): value is string {
	return typeof value === 'string' && value.startsWith('=');
}

/**
 * A field's value for one input item. The current item's is read as usual; another item's (for
 * Combine Input Items) evaluates the field's expression for that item, and is the same as the
 * current item's when the field holds no expression.
 */
function valueOfItem(
	this: IExecutePaginationFunctions,
	name: string,
	itemIndex: number,
	fallback: unknown,
): unknown {
	const raw = this.getNode().parameters[name];
	if (itemIndex !== this.getItemIndex() && isExpression(raw)) {
		return this.evaluateExpression(raw.slice(1), itemIndex);
	}
	return this.getNodeParameter(name, fallback);
}

/** The Source of one input item, checked (and looked up when given by a URL with a slug). */
async function sourceIdOfItem(
	this: IExecutePaginationFunctions,
	itemIndex: number,
	resolved: Map<string, Promise<string>>,
): Promise<string> {
	const raw = this.getNode().parameters.sourceId as INodeParameterResourceLocator | undefined;
	const value = raw && typeof raw === 'object' ? raw.value : raw;
	const ofItem =
		itemIndex !== this.getItemIndex() && isExpression(value)
			? this.evaluateExpression(value.slice(1), itemIndex)
			: undefined;
	const key = ofItem === undefined ? '' : `=${String(ofItem)}`;
	if (!resolved.has(key)) {
		if (ofItem === undefined) resolved.set(key, resolveId.call(this, 'sourceId'));
		else {
			// The item's value, taken out of a URL as n8n takes it for the current item.
			const regex = raw?.mode === 'url' ? LOCATORS.sourceId.url?.regex : undefined;
			const match = regex ? new RegExp(regex).exec(String(ofItem)) : undefined;
			const extracted = regex ? (match?.[1] ?? '') : ofItem;
			const view = Object.create(this) as IExecutePaginationFunctions;
			view.getNodeParameter = ((name: string, fallback?: unknown, options?: object) =>
				name === 'sourceId'
					? extracted
					: this.getNodeParameter(name, fallback, options)) as typeof view.getNodeParameter;
			resolved.set(key, resolveId.call(view, 'sourceId'));
		}
	}
	return await (resolved.get(key) as Promise<string>);
}

function batches<T>(values: T[], size: number): T[][] {
	const result: T[][] = [];
	for (let start = 0; start < values.length; start += size) {
		result.push(values.slice(start, start + size));
	}
	return result;
}

/** What one regulation is sent with: the items it covers share type, subject type and source. */
interface RegulationGroup {
	regulationType: string;
	subjectType: string;
	sourceId?: string;
	collection?: string;
	/** The subject IDs without repeats, in order. */
	subjectIds: string[];
	/** For each subject ID, the input items that gave it. */
	itemsOfId: Map<string, number[]>;
}

/** The regulations the input items ask for, grouped by regulation type, subject type and source. */
async function regulationGroups(
	this: IExecutePaginationFunctions,
	scope: RegulationScope,
	itemIndexes: number[],
): Promise<RegulationGroup[]> {
	const node = this.getNode();
	const groups = new Map<string, RegulationGroup>();
	const sources = new Map<string, Promise<string>>();
	for (const itemIndex of itemIndexes) {
		const ids = subjectIdsOf(node, valueOfItem.call(this, 'subjectIds', itemIndex, ''), itemIndex);
		if (ids.length === 0) continue;
		const regulationType = String(valueOfItem.call(this, 'regulationType', itemIndex, ''));
		const subjectType =
			scope === 'cloudSource'
				? 'OBJECT_ID'
				: String(valueOfItem.call(this, 'subjectType', itemIndex, ''));
		const sourceId =
			scope === 'workspace' ? undefined : await sourceIdOfItem.call(this, itemIndex, sources);
		const collection =
			scope === 'cloudSource'
				? String(valueOfItem.call(this, 'collection', itemIndex, '') ?? '').trim()
				: undefined;
		if (scope === 'cloudSource' && !collection) {
			throw new NodeOperationError(node, 'The field "Collection" is empty', {
				itemIndex,
				description: 'Enter the cloud source collection that holds the objects, e.g. contacts.',
			});
		}
		const key = JSON.stringify([regulationType, subjectType, sourceId, collection]);
		let group = groups.get(key);
		if (!group) {
			group = {
				regulationType,
				subjectType,
				sourceId,
				collection,
				subjectIds: [],
				itemsOfId: new Map(),
			};
			groups.set(key, group);
		}
		for (const id of ids) {
			const items = group.itemsOfId.get(id);
			if (!items) {
				group.subjectIds.push(id);
				group.itemsOfId.set(id, [itemIndex]);
			} else if (!items.includes(itemIndex)) items.push(itemIndex);
		}
	}
	return [...groups.values()];
}

const count = (n: number) => n.toLocaleString('en-US');

/** What to do after a regulation write failed midway. */
const REGULATION_HINT =
	'Segment has no idempotency key for regulations: running the node again as is sends the written subject IDs again and creates a second regulation for them, counted against the quota again. Run it again with only the subject IDs of the writes not written (under Continue On Fail, the error item\'s "notWritten"). Before sending again the IDs of a write that may have been applied, look for that regulation with Get Many (created at the time of the run).';

/**
 * Creates the regulations of one item, or of every item when Combine Input Items is on: one
 * request per 5,000 subject IDs, one output item per regulation with the quota Segment reports.
 * Combined items are grouped by regulation type, subject type and source (and collection): each
 * group gets its own regulations, and each output item says which input items it covers. A failure
 * midway names the regulations already created (see withWriteLog).
 */
export function regulationCreateRouting(scope: RegulationScope): INodePropertyRouting {
	return customRouting('POST', PATHS[scope], async function (policy) {
		const node = this.getNode();
		const combine = this.getNodeParameter('options.combineItems', false) === true;
		if (combine && this.getItemIndex() > 0) return [];
		const itemCount = combine ? (this.getWorkflowDataProxy(0).$input.all() as unknown[]).length : 1;
		const itemIndexes = combine
			? Array.from({ length: itemCount }, (_, index) => index)
			: [this.getItemIndex()];
		const groups = await regulationGroups.call(this, scope, itemIndexes);
		if (groups.length === 0) {
			throw new NodeOperationError(node, 'The field "Subject IDs" is empty', {
				description: combine
					? 'No input item gave a subject ID. Check the expression in "Subject IDs".'
					: 'Enter at least one ID, separated by commas or new lines, or an array from an expression.',
			});
		}

		const planned = groups.flatMap((group) =>
			batches(group.subjectIds, MAX_SUBJECTS_PER_REGULATION).map((subjectIds, index) => ({
				group,
				subjectIds,
				first: index * MAX_SUBJECTS_PER_REGULATION + 1,
				inputItems: combine
					? [...new Set(subjectIds.flatMap((id) => group.itemsOfId.get(id) ?? []))].sort(
							(a, b) => a - b,
						)
					: undefined,
			})),
		);
		const writes = planned.map(({ group, subjectIds, first, inputItems }, index) => {
			const { regulationType, subjectType, sourceId, collection } = group;
			const what = [
				groups.length > 1
					? [regulationType, subjectType, sourceId, collection].filter(Boolean).join(', ')
					: '',
				group.subjectIds.length === subjectIds.length
					? `${count(subjectIds.length)} subject ID${subjectIds.length === 1 ? '' : 's'}`
					: `subject IDs ${count(first)}–${count(first + subjectIds.length - 1)} of ${count(group.subjectIds.length)}`,
				inputItems ? `from items ${inputItems.join(', ')}` : '',
			];
			return {
				name: `regulation ${index + 1} of ${planned.length}`,
				covers: what.filter(Boolean).join(', '),
				details: {
					regulationType,
					subjectType,
					...(sourceId !== undefined ? { sourceId } : {}),
					...(collection ? { collection } : {}),
					subjectIds,
					...(inputItems ? { inputItems } : {}),
				},
			};
		});

		return await withWriteLog.call(this, REGULATION_HINT, async (log) => {
			log.plan(...writes);
			const created: INodeExecutionData[] = [];
			for (const [index, { group, subjectIds, inputItems }] of planned.entries()) {
				const { regulationType, subjectType, sourceId, collection } = group;
				const path =
					scope === 'workspace'
						? PATHS.workspace
						: PATHS[scope].replace('{sourceId}', encodeURIComponent(sourceId as string));
				let quota: IDataObject | undefined;
				const data = await log.write(
					writes[index],
					async () =>
						await segmentApiRequest.call(this, {
							...policy,
							method: 'POST',
							path,
							body: {
								regulationType,
								subjectType,
								subjectIds,
								...(collection ? { collection } : {}),
							},
							onSuccess: (response) => (quota = quotaOf(response)),
						}),
					(answer) => ({
						result: { regulateId: answer.regulateId as string },
						note: `regulateId ${String(answer.regulateId)}`,
					}),
				);
				created.push({
					json: {
						regulateId: data.regulateId as string,
						regulationType,
						subjectType,
						...(combine && sourceId !== undefined ? { sourceId } : {}),
						subjectIds,
						...(collection ? { collection } : {}),
						...(quota ? { quota } : {}),
						...(inputItems ? { inputItems } : {}),
					},
					...(inputItems ? { pairedItem: inputItems.map((item) => ({ item })) } : {}),
				});
			}
			return created;
		});
	});
}

/** The fields of Create, Create for Source and Create for Cloud Source. */
export function regulationCreateFields(scope: RegulationScope): INodeProperties[] {
	return [
		...(scope === 'workspace'
			? []
			: [
					resourceLocator(
						'sourceId',
						scope === 'source'
							? 'The source whose data to regulate'
							: 'The cloud source whose objects to regulate',
					),
				]),
		...(scope === 'cloudSource'
			? [
					{
						displayName: 'Collection',
						name: 'collection',
						type: 'string' as const,
						required: true,
						default: '',
						placeholder: 'e.g. contacts',
						description: 'The collection of the cloud source that holds the objects',
					},
				]
			: []),
		{
			displayName: 'Regulation Type',
			name: 'regulationType',
			type: 'options',
			options: scope === 'source' ? [ARCHIVE_ONLY, ...REGULATION_TYPES] : REGULATION_TYPES,
			default: 'SUPPRESS_WITH_DELETE',
			description:
				'What Segment does with the data of these people. Segment counts "Segment and Destinations" types and "Segment Only" types against separate quotas.',
		},
		...(scope === 'cloudSource'
			? []
			: [
					{
						displayName: 'Subject Type',
						name: 'subjectType',
						type: 'options' as const,
						options: SUBJECT_TYPES[scope],
						default: 'USER_ID',
						description: 'What the subject IDs are',
					},
				]),
		{
			displayName: 'Subject IDs',
			name: 'subjectIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. user-1234, user-5678',
			description: `The ${scope === 'cloudSource' ? 'object' : 'user'} IDs to regulate, separated by commas or new lines, or an array from an expression. Over ${MAX_SUBJECTS_PER_REGULATION.toLocaleString('en-US')} IDs are sent as several regulations.`,
		},
	];
}
