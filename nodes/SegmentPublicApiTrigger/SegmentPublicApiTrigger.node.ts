import {
	NodeConnectionTypes,
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

/** How many existing records per event a manual run ("Fetch Test Event") returns. */
const SAMPLE_SIZE = 5;

interface TriggerOptions {
	enabledOnly?: boolean;
	sourceTypeIds?: string[];
	destinationTypeIds?: string[];
	simplify?: boolean;
	emitExisting?: boolean;
}

/** Static data: for each event, the IDs that existed at the last successful poll. */
type SeenIds = Record<string, string[]>;

export class SegmentPublicApiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Segment Public API Trigger',
		name: 'segmentPublicApiTrigger',
		icon: { light: 'file:segment.svg', dark: 'file:segment.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when a source or destination is created in a Segment workspace',
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
						displayName: 'Destination Type Names or IDs',
						name: 'destinationTypeIds',
						type: 'multiOptions',
						typeOptions: { loadOptionsMethod: 'getDestinationCatalog' },
						default: [],
						description:
							'Only emit new destinations of these catalog types. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Emit Existing Records on First Poll',
						name: 'emitExisting',
						type: 'boolean',
						default: false,
						description:
							'Whether the first poll after activation emits every record that already exists (a backfill) instead of only remembering them',
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
		const events = this.getNodeParameter('events', []) as string[];
		const options = this.getNodeParameter('options', {}) as TriggerOptions;
		const manual = this.getMode() === 'manual';

		// Every list is read before anything is emitted or stored: a failing page leaves the state as it was.
		const current: Record<string, IDataObject[]> = {};
		for (const event of events) {
			current[event] = await listRecords.call(this, EVENTS[event].list);
		}

		const staticData = this.getWorkflowStaticData('node') as { seen?: SeenIds };
		const seen: SeenIds = staticData.seen ?? {};
		const emitted: INodeExecutionData[] = [];
		const nextSeen: SeenIds = {};

		for (const event of events) {
			const records = current[event];
			if (manual) {
				emitted.push(...toItems(event, records.slice(-SAMPLE_SIZE), options));
				continue;
			}
			const known = seen[event] ? new Set(seen[event]) : undefined;
			const fresh = known
				? records.filter((record) => !known.has(String(record.id)))
				: options.emitExisting
					? records
					: [];
			emitted.push(...toItems(event, fresh.filter(wanted(event, options)), options));
			nextSeen[event] = records.map((record) => String(record.id));
		}

		if (!manual) staticData.seen = nextSeen;
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
