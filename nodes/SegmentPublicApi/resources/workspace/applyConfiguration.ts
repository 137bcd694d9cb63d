import {
	NodeOperationError,
	updateDisplayOptions,
	type IDataObject,
	type IExecutePaginationFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import {
	exportConfiguration,
	PART_OPTIONS,
	type ConfigurationPart,
} from '../../shared/configuration';
import { withWriteLog } from '../../shared/partialWrites';
import { customRouting } from '../../shared/routing';
import { ruleBatches } from '../../shared/ruleSync';
import { segmentApiRequest, type RequestPolicy } from '../../shared/transport';
import { parseJson } from '../../shared/utils';
import {
	indexWorkspace,
	isRef,
	PART_OF_KIND,
	refTo,
	type RecordKind,
	type Ref,
} from './configurationRecords';
import { planConfiguration, type PlannedChange } from './configurationPlan';
import type { ApplyTools, WriteRequest } from './configurationWrites';
import { readSnapshot } from './fields';

const APPLIED_PARTS = Object.values(PART_OF_KIND) as ConfigurationPart[];

const KIND_OF_PART = Object.fromEntries(
	Object.entries(PART_OF_KIND).map(([kind, part]) => [part, kind as RecordKind]),
);

/** What the target's export must read besides the parts applied: the records they refer to. */
function partsToRead(kinds: Set<RecordKind>): ConfigurationPart[] {
	const parts = new Set<string>([...kinds].map((kind) => PART_OF_KIND[kind]));
	const refersToSources: RecordKind[] = [
		'warehouse',
		'destination',
		'subscription',
		'destinationFilter',
		'transformation',
		'trackingPlan',
	];
	if (refersToSources.some((kind) => kinds.has(kind))) parts.add('sources');
	if (kinds.has('subscription') || kinds.has('destinationFilter')) parts.add('destinations');
	if (parts.has('sources')) parts.add('labels');
	return [...parts] as ConfigurationPart[];
}

function chosenKinds(this: IExecutePaginationFunctions): Set<RecordKind> {
	const value = this.getNodeParameter('applyParts', APPLIED_PARTS) as unknown;
	const parts = Array.isArray(value) ? value.map(String) : [];
	if (parts.length === 0) {
		throw new NodeOperationError(this.getNode(), 'The field "Include" is empty', {
			description: `Choose one or more of: ${APPLIED_PARTS.join(', ')}.`,
		});
	}
	const unknown = parts.filter((part) => !(part in KIND_OF_PART));
	if (unknown.length > 0) {
		throw new NodeOperationError(
			this.getNode(),
			`The field "Include" has a part Apply Configuration cannot write: "${unknown.join('", "')}"`,
			{ description: `Choose among: ${APPLIED_PARTS.join(', ')}.` },
		);
	}
	return new Set(parts.map((part) => KIND_OF_PART[part]));
}

/** Secret Values: an object of "kind:key" to an object of path to string. */
function secretValues(this: IExecutePaginationFunctions): Record<string, Record<string, string>> {
	const field = 'Secret Values';
	const parsed = parseJson(this.getNode(), this.getNodeParameter('secretValues', '{}'), field, {
		empty: {},
		example:
			'Enter an object such as {"destination:web-app/Webhooks": {"settings.sharedSecret": "..."}}.',
	});
	const problem = (what: string) =>
		new NodeOperationError(this.getNode(), `The field "${field}" ${what}`, {
			description:
				'Give one entry per record, named as the plan names it ("kind:key"), holding the secret of each path the plan lists under "needsInput", e.g. {"destination:web-app/Webhooks": {"settings.sharedSecret": "..."}}.',
		});
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw problem('is not an object');
	}
	for (const [record, paths] of Object.entries(parsed as IDataObject)) {
		if (paths === null || typeof paths !== 'object' || Array.isArray(paths)) {
			throw problem(`has an entry "${record}" that is not an object of paths`);
		}
		for (const [path, value] of Object.entries(paths)) {
			if (typeof value !== 'string')
				throw problem(`has a value at "${record}" › "${path}" that is not text`);
		}
	}
	return parsed as Record<string, Record<string, string>>;
}

/** References as the plan names records, "kind:key", the way Secret Values names them too. */
const shownRefs = (value: unknown): unknown => {
	if (isRef(value)) return value.$ref;
	if (Array.isArray(value)) return value.map(shownRefs);
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, shownRefs(child)]));
	}
	return value;
};

/** A change as an output item shows it: no write closure, no internal references list. */
function itemOf(change: PlannedChange, status?: string): INodeExecutionData {
	const shown: IDataObject = {};
	for (const [field, value] of Object.entries(change)) {
		if (field !== 'write' && field !== 'requires') shown[field] = value as IDataObject[string];
	}
	return {
		json: shownRefs({ ...shown, ...(status ? { status } : {}) }) as IDataObject,
	};
}

const APPLY_HINT =
	'Run Apply Configuration again with the same snapshot to finish: it plans again from the workspace as it is now, so the changes already written are not repeated. Check first the change that may have been applied.';

/**
 * The tools a plan's writes use: references become the target's IDs (those it had, then those
 * each create answered), every request goes through the one transport.
 */
function applyTools(
	this: IExecutePaginationFunctions,
	policy: RequestPolicy,
	ids: Map<string, string>,
): ApplyTools {
	const idOf = (ref: Ref) => {
		const id = ids.get(ref.$ref);
		if (id === undefined) {
			throw new NodeOperationError(this.getNode(), `No ID for ${ref.$ref} in the target workspace`);
		}
		return id;
	};
	const resolved = (value: unknown): unknown => {
		if (isRef(value)) return idOf(value);
		if (Array.isArray(value)) return value.map(resolved);
		if (value !== null && typeof value === 'object') {
			return Object.fromEntries(
				Object.entries(value).map(([key, child]) => [key, resolved(child)]),
			);
		}
		return value;
	};
	const pathOf = (request: WriteRequest) =>
		request.path.map((part) => (isRef(part) ? encodeURIComponent(idOf(part)) : part)).join('');
	return {
		send: async (request, secrets) =>
			await segmentApiRequest.call(this, {
				...policy,
				method: request.method,
				path: pathOf(request),
				...(request.body ? { body: resolved(request.body) as IDataObject } : {}),
				...(request.qs ? { qs: resolved(request.qs) as IDataObject } : {}),
				...(request.version ? { version: request.version } : {}),
				...(secrets?.length ? { secrets } : {}),
			}),
		created: (ref, id) => ids.set(ref.$ref, id),
		writeRules: async (plan, difference) => {
			const path = `/tracking-plans/${encodeURIComponent(idOf(plan))}/rules`;
			for (const batch of ruleBatches.call(this, policy, path, difference)) await batch.send();
		},
	};
}

export const option: INodePropertyOptions = {
	name: 'Apply Configuration',
	value: 'applyConfiguration',
	action: 'Apply a configuration snapshot to the workspace',
	description:
		'Plan, then make the workspace match a snapshot from Export Configuration: restore a backup, or promote staging to production',
	routing: customRouting('GET', '/', async function (policy) {
		const mode = String(this.getNodeParameter('mode', 'plan'));
		const snapshot = await readSnapshot.call(this, {
			source: String(this.getNodeParameter('snapshotSource', 'binary')),
			binaryPropertyName: 'binaryPropertyName',
			jsonField: 'snapshotJson',
			label: 'Snapshot',
		});
		const kinds = chosenKinds.call(this);
		const options = {
			kinds,
			deleteMissing: this.getNodeParameter('deleteMissing', false) === true,
			secretValues: secretValues.call(this),
		};
		const current = await exportConfiguration.call(
			this,
			partsToRead(kinds),
			policy,
			undefined,
			'debug',
		);
		const target = indexWorkspace(current);
		const plan = planConfiguration(indexWorkspace(snapshot), target, options);
		if (mode !== 'apply') return plan.map((change) => itemOf(change));

		const unready = plan.filter(
			(change) => change.status === 'blocked' || change.status === 'needsInput',
		);
		if (unready.length > 0) {
			throw new NodeOperationError(
				this.getNode(),
				`Nothing was applied: ${unready.length} change${unready.length === 1 ? '' : 's'} cannot run (${unready
					.slice(0, 3)
					.map(
						(change) =>
							`step ${change.step}: ${change.action} ${change.kind} "${change.key}", ${change.status === 'needsInput' ? `needs ${change.needsInput!.join(', ')}` : 'blocked'}`,
					)
					.join('; ')}${unready.length > 3 ? '; …' : ''})`,
				{
					description:
						'Run the node with Mode "Plan" to see each change and why. Give the secrets a plan lists under "needsInput" in Secret Values, and include the parts a blocked change needs.',
				},
			);
		}

		const ids = new Map<string, string>();
		for (const [kind, records] of target.records) {
			for (const record of records.values()) ids.set(refTo(kind, record.key).$ref, record.id);
		}
		const tools = applyTools.call(this, policy, ids);
		const runnable = plan.filter((change) => change.status === 'planned');
		const nameOf = (change: PlannedChange) =>
			`step ${change.step}: ${change.action} ${change.kind} "${change.key}"`;
		return await withWriteLog.call(this, APPLY_HINT, async (log) => {
			log.plan(
				...runnable.map((change) => ({
					name: nameOf(change),
					details: { step: change.step, action: change.action, kind: change.kind, key: change.key },
				})),
			);
			for (const change of runnable) {
				const id = await log.write(
					{ name: nameOf(change) },
					async () => await change.write!(tools),
					(created) => (created ? { result: { id: created }, note: `ID ${created}` } : {}),
				);
				if (id) change.id = id;
			}
			return plan.map((change) => itemOf(change, change.status === 'planned' ? 'done' : undefined));
		});
	}),
};

const properties: INodeProperties[] = [
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		options: [
			{
				name: 'Plan',
				value: 'plan',
				description:
					'Only list the changes, one item each, in the order they would run; nothing is written',
			},
			{
				name: 'Apply',
				value: 'apply',
				description:
					'Make the changes; a change that is blocked or needs a secret stops it before any write',
			},
		],
		default: 'plan',
	},
	{
		displayName: 'Snapshot From',
		name: 'snapshotSource',
		type: 'options',
		options: [
			{
				name: 'Binary File',
				value: 'binary',
				description: 'A file of the input item, e.g. read from Git or S3',
			},
			{ name: 'JSON', value: 'json', description: 'A snapshot from an expression' },
		],
		default: 'binary',
		description: 'Where the snapshot to apply comes from, as Export Configuration made it',
	},
	{
		displayName: 'Snapshot Input Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		hint: 'The name of the input binary field that holds the snapshot file',
		displayOptions: { show: { snapshotSource: ['binary'] } },
	},
	{
		displayName: 'Snapshot',
		name: 'snapshotJson',
		type: 'json',
		default: '',
		required: true,
		description: 'The snapshot, as Export Configuration returns it; usually an expression',
		displayOptions: { show: { snapshotSource: ['json'] } },
	},
	{
		displayName: 'Include',
		name: 'applyParts',
		type: 'multiOptions',
		options: PART_OPTIONS.filter((option) => APPLIED_PARTS.includes(option.value)),
		default: [...APPLIED_PARTS],
		description:
			'The parts of the snapshot to apply. Other parts of the workspace are left as they are. A part the snapshot does not carry is left alone too.',
	},
	{
		displayName: 'Delete Records Not in Snapshot',
		name: 'deleteMissing',
		type: 'boolean',
		default: false,
		description:
			'Whether to delete the records of the included parts that the snapshot does not have, and the connections to sources it does not have. Deletions run last.',
	},
	{
		displayName: 'Secret Values',
		name: 'secretValues',
		type: 'json',
		default: '{}',
		description:
			'Secrets a snapshot carries censored, for the records a plan says need them: {"kind:key": {"path": "value"}}, e.g. {"destination:web-app/Webhooks": {"settings.sharedSecret": "..."}}. Use an expression to take them from elsewhere; they never appear in the output.',
	},
];

const displayOptions = { show: { resource: ['workspace'], operation: ['applyConfiguration'] } };

export const description = updateDisplayOptions(displayOptions, properties);
