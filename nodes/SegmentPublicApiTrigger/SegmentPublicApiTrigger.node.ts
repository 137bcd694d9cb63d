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
import {
	checkedParts,
	PART_OPTIONS,
	type ConfigurationPart,
} from '../SegmentPublicApi/shared/configuration';
import { listRecords } from '../SegmentPublicApi/shared/transport';
import { simplifyDestination, simplifySource } from '../SegmentPublicApi/shared/utils';
import {
	auditEventFilter,
	FIRST_POLL_EVENTS,
	listAuditEvents,
	nextAuditWatermark,
	sameAuditWatermark,
	unseenAuditEvents,
	type AuditFilters,
	type AuditWatermark,
} from './auditTrail';
import {
	compareConfiguration,
	readConfiguration,
	type ConfigurationWatch,
} from './configurationChanges';
import { answers404 } from './recordGone';
import { assertSupportedN8n } from '../SegmentPublicApi/shared/n8nSupport';

assertSupportedN8n();

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
 * A record missing from this many successful polls in a row is forgotten, if Segment answers 404
 * for it. Until then it is still known, so a listing that misses it (a page that shifted, a replica
 * behind) cannot make it look new when it is listed again, nor can a restart that brought back an
 * older count.
 */
export const FORGET_AFTER_MISSED_POLLS = 5;

/** Any change in the workspace's audit trail; followed by time, not by listing every record. */
const AUDIT_EVENT = 'auditEvent';
/** Any change of the watched records; followed by a digest per record. */
const CONFIGURATION_EVENT = 'configurationChanged';
const EVENT_NAMES = [...Object.keys(EVENTS), AUDIT_EVENT, CONFIGURATION_EVENT];
const DEFAULT_WATCHED_PARTS: ConfigurationPart[] = ['destinations', 'sources', 'warehouses'];

/**
 * The longest "Every X" n8n schedules as asked: it becomes a cron step within the hour or the day,
 * so a longer one polls every hour or every day instead.
 */
const LONGEST_EVERY_X = { minutes: 60, hours: 24 } as const;

interface TriggerOptions extends AuditFilters {
	enabledOnly?: boolean;
	sourceTypeIds?: string[];
	destinationTypeIds?: string[];
	simplify?: boolean;
	emitExisting?: boolean;
}

/** For each known record ID, in how many successful polls in a row it was missing (0: listed last time). */
type KnownIds = Record<string, number>;

/**
 * The node's static data: per record event, the records it knows, and where it is in the audit
 * trail. `seen` is the format of version 0.1.
 */
interface TriggerState {
	known?: Record<string, KnownIds>;
	seen?: Record<string, string[]>;
	auditTrail?: AuditWatermark;
	configuration?: ConfigurationWatch;
	/** How many polls watching the configuration have started: each takes the next number. */
	configurationPolls?: number;
}

function knownIdsOf(state: TriggerState, event: string): KnownIds | undefined {
	if (state.known?.[event]) return state.known[event];
	const legacy = state.seen?.[event];
	return legacy ? Object.fromEntries(legacy.map((id) => [id, 0])) : undefined;
}

/** The known IDs this poll asks Segment about: missing from the listing often enough to be forgotten. */
function dueToForget(known: KnownIds | undefined, listed: IDataObject[]): string[] {
	const ids = new Set(listed.map((record) => String(record.id)));
	return Object.entries(known ?? {})
		.filter(([id, missed]) => !ids.has(id) && missed + 1 >= FORGET_AFTER_MISSED_POLLS)
		.map(([id]) => id);
}

/**
 * The known IDs after a poll listed `listed`: listed ones reset, missing ones counted, forgotten
 * once due and `gone`; due ones Segment still has (`stillThere`) start again.
 */
function nextKnownIds(
	known: KnownIds | undefined,
	listed: string[],
	gone: Set<string>,
	stillThere: Set<string>,
): KnownIds {
	const next: KnownIds = {};
	for (const [id, missed] of Object.entries(known ?? {})) {
		if (missed + 1 < FORGET_AFTER_MISSED_POLLS) next[id] = missed + 1;
		else if (stillThere.has(id)) next[id] = 0;
		else if (!gone.has(id)) next[id] = missed;
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
			'={{$parameter["events"].map(event => ({ newSource: "New Source", newDestination: "New Destination", auditEvent: "Audit Event", configurationChanged: "Configuration Changed" })[event] || event).join(", ")}}',
		// n8n's node creator lists this trigger and the action node as one entry, with this text.
		description:
			'Manage a Segment workspace through the Public API, and start workflows when sources or destinations are created or anything in it changes',
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
				description:
					'What to watch for. The workflow starts once for each new record or audit event.',
				options: [
					{
						name: 'Audit Event',
						value: 'auditEvent',
						description:
							"Anything recorded in the workspace's audit trail: a source deleted, a destination changed, a user invited",
					},
					{
						name: 'Configuration Changed',
						value: 'configurationChanged',
						description:
							'A source, destination or other watched record was added, removed or changed; one item per record, with the changed paths',
					},
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
				displayName: 'Watched Resources',
				name: 'watchedParts',
				type: 'multiOptions',
				options: PART_OPTIONS,
				default: ['destinations', 'sources', 'warehouses'],
				description:
					'What "Configuration Changed" watches. Each poll reads all of them: subscriptions, filters, users and groups take one request per record.',
				displayOptions: { show: { events: [CONFIGURATION_EVENT] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Audit Actors',
						name: 'auditActors',
						type: 'string',
						default: '',
						placeholder: 'e.g. ada@example.com',
						displayOptions: { show: { '/events': ['auditEvent'] } },
						description:
							'Only audit events made by these actors (their email or actor ID), separated by commas',
					},
					{
						displayName: 'Audit Event Types',
						name: 'auditEventTypes',
						type: 'string',
						default: '',
						placeholder: 'e.g. Source Deleted, Destination Modified',
						displayOptions: { show: { '/events': ['auditEvent'] } },
						description:
							'Only audit events of these types, as Segment names them, separated by commas (any case)',
					},
					{
						displayName: 'Audit Resource Types',
						name: 'auditResourceTypes',
						type: 'string',
						default: '',
						placeholder: 'e.g. source, warehouse',
						displayOptions: { show: { '/events': ['auditEvent'] } },
						description:
							'Only audit events about these kinds of resource, as in the "resourceType" of an event, separated by commas',
					},
					{
						displayName: 'Backfill Existing Records',
						name: 'emitExisting',
						type: 'boolean',
						default: false,
						description:
							'Whether the first poll after activation emits every record (and every audit event) that already exists, a backfill, instead of only remembering them',
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
						description:
							'Whether to emit only enabled records. A new record created disabled is emitted when a poll first sees it enabled.',
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
		const unknown = events.filter((event) => !EVENT_NAMES.includes(event));
		if (events.length === 0 || unknown.length > 0) {
			throw new NodeOperationError(
				this.getNode(),
				unknown.length > 0
					? `The field "Events" has an unknown event: "${unknown.join('", "')}"`
					: 'The field "Events" is empty',
				{ description: `Choose one or more of: ${EVENT_NAMES.join(', ')}.` },
			);
		}
		checkPollTimes.call(this);
		const options = this.getNodeParameter('options', {}) as TriggerOptions;
		const recordEvents = events.filter((event) => event in EVENTS);
		const watchesAudit = events.includes(AUDIT_EVENT);
		const manual = this.getMode() === 'manual';
		const state = this.getWorkflowStaticData('node') as TriggerState;
		const watchesConfiguration = events.includes(CONFIGURATION_EVENT);
		// Taken before the first request, so the numbers follow the order polls started in.
		let configurationPoll = 0;
		if (watchesConfiguration && !manual) {
			configurationPoll = (state.configurationPolls ?? 0) + 1;
			state.configurationPolls = configurationPoll;
		}

		// Every list is read before anything is emitted or stored: a failing page leaves the state as it was.
		const listed: Record<string, IDataObject[]> = {};
		const gone: Record<string, Set<string>> = {};
		const stillThere: Record<string, Set<string>> = {};
		for (const event of recordEvents) {
			const { path } = EVENTS[event].list;
			listed[event] = uniqueById(await listRecords.call(this, EVENTS[event].list));
			gone[event] = new Set();
			stillThere[event] = new Set();
			if (manual) continue;
			for (const id of dueToForget(knownIdsOf(state, event), listed[event])) {
				const is404 = await answers404.call(this, `${path}/${encodeURIComponent(id)}`);
				(is404 ? gone : stillThere)[event].add(id);
			}
		}
		const parts = watchesConfiguration ? watchedPartsOf.call(this) : [];
		const configuration = watchesConfiguration
			? await readConfiguration.call(
					this,
					parts,
					manual ? undefined : state.configuration,
					configurationPoll,
				)
			: undefined;
		let audit: IDataObject[] = [];
		let auditTruncated = false;
		if (watchesAudit) {
			const watermark = manual ? undefined : state.auditTrail;
			const placingOnly = manual || (!watermark && !options.emitExisting);
			audit = await listAuditEvents.call(
				this,
				watermark,
				placingOnly ? FIRST_POLL_EVENTS : undefined,
			);
			auditTruncated = placingOnly && audit.length >= FIRST_POLL_EVENTS;
		}

		if (manual) {
			// "Fetch Test Event": the most recent matching record of each event, state untouched.
			const samples = recordEvents.flatMap((event) =>
				toItems(event, listed[event].filter(wanted(event, options)).slice(-1), options),
			);
			const newestAudit = audit.find(auditEventFilter(options));
			if (newestAudit) samples.push({ json: { event: AUDIT_EVENT, ...newestAudit } });
			const sampleChange = configuration
				? compareConfiguration(configuration, undefined, 0, true).emitted[0]
				: undefined;
			if (sampleChange) samples.push({ json: { event: CONFIGURATION_EVENT, ...sampleChange } });
			return samples.length > 0 ? [samples] : null;
		}

		// From here to the return nothing awaits, so a poll that overlaps this one cannot interleave:
		// the state read here is the newest, and records another poll already emitted are known.
		const known: Record<string, KnownIds> = {};
		const emitted: INodeExecutionData[] = [];
		let changed = state.seen !== undefined;
		for (const event of recordEvents) {
			const before = knownIdsOf(state, event);
			const records = listed[event];
			const fresh = before
				? records.filter((record) => !(String(record.id) in before))
				: options.emitExisting
					? records
					: [];
			emitted.push(...toItems(event, fresh.filter(wanted(event, options)), options));
			// Not remembered, so it is emitted when a poll first sees it enabled: what a poll that
			// emits nothing learns can be lost on a restart, so it must not decide what is emitted.
			const heldBack = new Set(
				fresh.filter(heldBackUntilEnabled(event, options)).map((record) => String(record.id)),
			);
			known[event] = nextKnownIds(
				before,
				records.map((record) => String(record.id)).filter((id) => !heldBack.has(id)),
				gone[event],
				stillThere[event],
			);
			changed ||= !sameKnownIds(before, known[event]);
		}
		if (changed || Object.keys(state.known ?? {}).length !== recordEvents.length) {
			state.known = known;
			delete state.seen;
		}

		if (watchesAudit) {
			const before = state.auditTrail;
			const fresh = before || options.emitExisting ? unseenAuditEvents(audit, before) : [];
			for (const event of fresh.filter(auditEventFilter(options))) {
				emitted.push({ json: { event: AUDIT_EVENT, ...event } });
			}
			const next = nextAuditWatermark(audit, before, auditTruncated);
			if (!sameAuditWatermark(before, next)) state.auditTrail = next;
		} else if (state.auditTrail) {
			// Watching it again later starts from that moment, not from where it was left.
			delete state.auditTrail;
		}

		if (configuration) {
			const compared = compareConfiguration(
				configuration,
				state.configuration,
				state.configurationPolls ?? configurationPoll,
				options.emitExisting === true,
			);
			for (const change of compared.emitted) {
				emitted.push({ json: { event: CONFIGURATION_EVENT, ...change } });
			}
			if (compared.next !== state.configuration) state.configuration = compared.next;
		} else if (state.configuration || state.configurationPolls) {
			delete state.configuration;
			delete state.configurationPolls;
		}
		return emitted.length > 0 ? [emitted] : null;
	}
}

/** Refuses an "Every X" poll time n8n would not keep: more than 60 minutes or 24 hours, or none. */
function checkPollTimes(this: IPollFunctions) {
	const pollTimes = this.getNodeParameter('pollTimes', {}) as { item?: IDataObject[] };
	for (const item of pollTimes.item ?? []) {
		if (item.mode !== 'everyX') continue;
		const unit = item.unit === 'hours' ? 'hours' : 'minutes';
		const longest = LONGEST_EVERY_X[unit];
		const value = Number(item.value);
		if (Number.isInteger(value) && value >= 1 && value <= longest) continue;
		throw new NodeOperationError(
			this.getNode(),
			`The field "Poll Times" asks to poll every ${String(item.value)} ${unit}: "Every X" allows 1 to ${longest} ${unit}`,
			{
				description:
					value > longest
						? `n8n would poll every ${unit === 'hours' ? 'day' : 'hour'} instead. For longer intervals choose "Every Day", "Every Week", "Every Month" or "Custom" (a cron expression).`
						: 'Choose at least 1.',
			},
		);
	}
}

function watchedPartsOf(this: IPollFunctions): ConfigurationPart[] {
	const value = this.getNodeParameter('watchedParts', DEFAULT_WATCHED_PARTS) as unknown;
	return checkedParts(this.getNode(), value, 'Watched Resources', 'resource');
}

function ofWantedType(event: string, options: TriggerOptions) {
	const types = new Set(options[EVENTS[event].typesOption] ?? []);
	return (record: IDataObject) =>
		types.size === 0 || types.has(String((record.metadata as IDataObject | undefined)?.id));
}

function wanted(event: string, options: TriggerOptions) {
	const ofType = ofWantedType(event, options);
	return (record: IDataObject) =>
		(!options.enabledOnly || record.enabled === true) && ofType(record);
}

/** A new record of a wanted type that "Only Enabled" leaves out for now. */
function heldBackUntilEnabled(event: string, options: TriggerOptions) {
	const ofType = ofWantedType(event, options);
	return (record: IDataObject) =>
		!!options.enabledOnly && record.enabled !== true && ofType(record);
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
