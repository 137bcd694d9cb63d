import {
	NodeOperationError,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyOptions,
	type INodePropertyRouting,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { responseHeader } from '../../shared/rateLimit';
import { customRouting, resolveId } from '../../shared/routing';
import { segmentApiRequest } from '../../shared/transport';
import { splitList } from '../../shared/utils';

export type RegulationScope = 'workspace' | 'source' | 'cloudSource';

export const OPERATION_OF_SCOPE = {
	workspace: 'create',
	source: 'createForSource',
	cloudSource: 'createForCloudSource',
} as const;

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

/** The Subject IDs of one item: a list typed as text, or an array from an expression. */
function subjectIdsOf(value: unknown): string[] {
	return splitList(typeof value === 'number' ? String(value) : value);
}

/**
 * The Subject IDs of every input item, in order and without repeats: the field is evaluated for
 * each item, as n8n would for that item's own request.
 */
function subjectIdsOfAllItems(this: IExecutePaginationFunctions): string[] {
	const raw = this.getNode().parameters.subjectIds;
	const itemCount = (this.getWorkflowDataProxy(0).$input.all() as unknown[]).length;
	const ids: string[] = [];
	for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
		const value =
			typeof raw === 'string' && raw.startsWith('=')
				? this.evaluateExpression(raw.slice(1), itemIndex)
				: raw;
		ids.push(...subjectIdsOf(value));
	}
	return ids;
}

function batches<T>(values: T[], size: number): T[][] {
	const result: T[][] = [];
	for (let start = 0; start < values.length; start += size) {
		result.push(values.slice(start, start + size));
	}
	return result;
}

/**
 * Creates the regulations of one item, or of every item when Combine Input Items is on: one
 * request per 5,000 subject IDs, one output item per regulation with the quota Segment reports.
 */
export function regulationCreateRouting(scope: RegulationScope): INodePropertyRouting {
	return customRouting('POST', PATHS[scope], async function (policy) {
		const node = this.getNode();
		const combine = this.getNodeParameter('options.combineItems', false) === true;
		if (combine && this.getItemIndex() > 0) return [];
		const subjectIds = [
			...new Set(
				combine
					? subjectIdsOfAllItems.call(this)
					: subjectIdsOf(this.getNodeParameter('subjectIds', '')),
			),
		];
		if (subjectIds.length === 0) {
			throw new NodeOperationError(node, 'The field "Subject IDs" is empty', {
				description: combine
					? 'No input item gave a subject ID. Check the expression in "Subject IDs".'
					: 'Enter at least one ID, separated by commas or new lines, or an array from an expression.',
			});
		}
		const path =
			scope === 'workspace'
				? PATHS.workspace
				: PATHS[scope].replace(
						'{sourceId}',
						encodeURIComponent(await resolveId.call(this, 'sourceId')),
					);
		const regulationType = String(this.getNodeParameter('regulationType', ''));
		const subjectType =
			scope === 'cloudSource' ? 'OBJECT_ID' : String(this.getNodeParameter('subjectType', ''));
		const collection =
			scope === 'cloudSource' ? String(this.getNodeParameter('collection', '')).trim() : undefined;
		if (scope === 'cloudSource' && !collection) {
			throw new NodeOperationError(node, 'The field "Collection" is empty', {
				description: 'Enter the cloud source collection that holds the objects, e.g. contacts.',
			});
		}
		const created: INodeExecutionData[] = [];
		for (const batch of batches(subjectIds, MAX_SUBJECTS_PER_REGULATION)) {
			let quota: IDataObject | undefined;
			const data = await segmentApiRequest.call(this, {
				...policy,
				method: 'POST',
				path,
				body: {
					regulationType,
					subjectType,
					subjectIds: batch,
					...(collection ? { collection } : {}),
				},
				onSuccess: (response) => (quota = quotaOf(response)),
			});
			created.push({
				json: {
					regulateId: data.regulateId as string,
					regulationType,
					subjectType,
					subjectIds: batch,
					...(collection ? { collection } : {}),
					...(quota ? { quota } : {}),
				},
			});
		}
		return created;
	});
}

/** The fields of Create, Create for Source and Create for Cloud Source. */
export function regulationCreateDescription(scope: RegulationScope): INodeProperties[] {
	const show = { resource: ['regulation'], operation: [OPERATION_OF_SCOPE[scope]] };
	return [
		...(scope === 'workspace'
			? []
			: [
					resourceLocator(
						'sourceId',
						show,
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
						displayOptions: { show },
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
			displayOptions: { show },
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
						displayOptions: { show },
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
			displayOptions: { show },
		},
	];
}
