import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { getDestinationCatalog, getSourceCatalog } from '../SegmentPublicApi/loadOptions';
import { LISTS } from '../SegmentPublicApi/shared/lists';
import { listRecords } from '../SegmentPublicApi/shared/transport';
import { simplifyDestination, simplifySource } from '../SegmentPublicApi/shared/utils';

interface WatchedEvent {
	list: { path: string; root: string };
	simplify: (record: IDataObject) => IDataObject;
	typesOption: 'sourceTypeIds' | 'destinationTypeIds';
}

const EVENTS: Record<string, WatchedEvent> = {
	newSource: { list: LISTS.sources, simplify: simplifySource, typesOption: 'sourceTypeIds' },
	newDestination: {
		list: LISTS.destinations,
		simplify: simplifyDestination,
		typesOption: 'destinationTypeIds',
	},
};

/**
 * A record missing from this many successful polls in a row is forgotten. Until then it is still
 * known, so a listing that misses it once (a page that shifted, a replica behind) cannot make it
 * look new when it is listed again.
 */
export const FORGET_AFTER_MISSED_POLLS = 5;

interface TriggerOptions {
	enabledOnly?: boolean;
	sourceTypeIds?: string[];
	destinationTypeIds?: string[];
	simplify?: boolean;
	emitExisting?: boolean;
}

/** For each known record ID, in how many successful polls in a row it was missing (0: listed last time). */
type KnownIds = Record<string, number>;

/** The node's static data: per event, the records it knows. `seen` is the format of version 0.1. */
interface TriggerState {
	known?: Record<string, KnownIds>;
	seen?: Record<string, string[]>;
}

function knownIdsOf(state: TriggerState, event: string): KnownIds | undefined {
	if (state.known?.[event]) return state.known[event];
	const legacy = state.seen?.[event];
	return legacy ? Object.fromEntries(legacy.map((id) => [id, 0])) : undefined;
}

/** The known IDs after a poll listed `listed`: listed ones reset, missing ones counted, then forgotten. */
function nextKnownIds(known: KnownIds | undefined, listed: string[]): KnownIds {
	const next: KnownIds = {};
	for (const [id, missed] of Object.entries(known ?? {})) {
		if (missed + 1 < FORGET_AFTER_MISSED_POLLS) next[id] = missed + 1;
	}
	for (const id of listed) next[id] = 0;
	return next;
}

function sameKnownIds(a: KnownIds | undefined, b: KnownIds): boolean {
	if (!a) return false;
	const keys = Object.keys(b);
	return keys.length === Object.keys(a).length && keys.every((id) => a[id] === b[id]);
}

/** Each record once, by ID: a record that moved between two page requests can be listed twice. */
function uniqueById(records: IDataObject[]): IDataObject[] {
	const seen = new Set<string>();
	return records.filter((record) => {
		const id = String(record.id);
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}

export class SegmentPublicApiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Segment Public API Trigger',
		name: 'segmentPublicApiTrigger',
		icon: { light: 'file:segment.svg', dark: 'file:segment.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{$parameter["events"].map(event => ({ newSource: "New Source", newDestination: "New Destination" })[event] || event).join(", ")}}',
		// n8n's node creator lists this trigger and the action node as one entry, with this text.
		description:
			'Manage a Segment workspace through the Public API, and start workflows when sources or destinations are created',
		defaults: { name: 'Segment Public API Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'segmentPublicApi', required: true }],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['newSource'],
				description: 'What to watch for. The workflow starts once for each new record.',
				options: [
					{
						name: 'New Destination',
						value: 'newDestination',
						description: 'A destination was created in the workspace',
					},
					{
						name: 'New Source',
						value: 'newSource',
						description: 'A source was created in the workspace',
					},
				],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Backfill Existing Records',
						name: 'emitExisting',
						type: 'boolean',
						default: false,
						description:
							'Whether the first poll after activation emits every record that already exists (a backfill) instead of only remembering them',
					},
					{
						displayName: 'Destination Type Names or IDs',
						name: 'destinationTypeIds',
						type: 'multiOptions',
						typeOptions: { loadOptionsMethod: 'getDestinationCatalog' },
						displayOptions: { show: { '/events': ['newDestination'] } },
						default: [],
						description:
							'Only emit new destinations of these catalog types. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Only Enabled',
						name: 'enabledOnly',
						type: 'boolean',
						default: false,
						description: 'Whether to emit only records that are enabled when they are first seen',
					},
					{
						displayName: 'Simplify',
						name: 'simplify',
						type: 'boolean',
						default: true,
						description:
							'Whether to return a simplified version of each record (ID, name, slug, enabled, type) instead of the raw data',
					},
					{
						displayName: 'Source Type Names or IDs',
						name: 'sourceTypeIds',
						type: 'multiOptions',
						typeOptions: { loadOptionsMethod: 'getSourceCatalog' },
						displayOptions: { show: { '/events': ['newSource'] } },
						default: [],
						description:
							'Only emit new sources of these catalog types. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
				],
			},
		],
	};

	methods = { loadOptions: { getSourceCatalog, getDestinationCatalog } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const chosen = this.getNodeParameter('events', []) as unknown;
		const events = Array.isArray(chosen) ? chosen.map(String) : chosen ? [String(chosen)] : [];
		const unknown = events.filter((event) => !(event in EVENTS));
		if (events.length === 0 || unknown.length > 0) {
			throw new NodeOperationError(
				this.getNode(),
				unknown.length > 0
					? `The field "Events" has an unknown event: "${unknown.join('", "')}"`
					: 'The field "Events" is empty',
				{ description: `Choose one or more of: ${Object.keys(EVENTS).join(', ')}.` },
			);
		}
		const options = this.getNodeParameter('options', {}) as TriggerOptions;

		// Every list is read before anything is emitted or stored: a failing page leaves the state as it was.
		const listed: Record<string, IDataObject[]> = {};
		for (const event of events) {
			listed[event] = uniqueById(await listRecords.call(this, EVENTS[event].list));
		}

		if (this.getMode() === 'manual') {
			// "Fetch Test Event": the most recent matching record of each event, state untouched.
			const samples = events.flatMap((event) =>
				toItems(event, listed[event].filter(wanted(event, options)).slice(-1), options),
			);
			return samples.length > 0 ? [samples] : null;
		}

		// From here to the return nothing awaits, so a poll that overlaps this one cannot interleave:
		// the state read here is the newest, and records another poll already emitted are known.
		const state = this.getWorkflowStaticData('node') as TriggerState;
		const known: Record<string, KnownIds> = {};
		const emitted: INodeExecutionData[] = [];
		let changed = state.seen !== undefined;
		for (const event of events) {
			const before = knownIdsOf(state, event);
			const records = listed[event];
			const fresh = before
				? records.filter((record) => !(String(record.id) in before))
				: options.emitExisting
					? records
					: [];
			emitted.push(...toItems(event, fresh.filter(wanted(event, options)), options));
			known[event] = nextKnownIds(
				before,
				records.map((record) => String(record.id)),
			);
			changed ||= !sameKnownIds(before, known[event]);
		}
		if (changed || Object.keys(state.known ?? {}).length !== events.length) {
			state.known = known;
			delete state.seen;
		}
		return emitted.length > 0 ? [emitted] : null;
	}
}

function wanted(event: string, options: TriggerOptions) {
	const types = new Set(options[EVENTS[event].typesOption] ?? []);
	return (record: IDataObject) =>
		(!options.enabledOnly || record.enabled === true) &&
		(types.size === 0 || types.has(String((record.metadata as IDataObject | undefined)?.id)));
}

function toItems(
	event: string,
	records: IDataObject[],
	options: TriggerOptions,
): INodeExecutionData[] {
	const simplify = options.simplify ?? true;
	return records.map((record) => ({
		json: { event, ...(simplify ? EVENTS[event].simplify(record) : record) },
	}));
}
