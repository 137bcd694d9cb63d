import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import type { RuleDifference } from '../../shared/ruleSync';
import { refTo, type KeyedRecord, type RecordKind, type Ref } from './configurationRecords';

/*
 * How Apply Configuration writes each kind of record: the request that creates, updates or
 * deletes one, and connects or disconnects a source, with references where IDs go.
 */

/** One write as an apply sends it: references in the path, body and query become target IDs. */
export interface WriteRequest {
	method: IHttpRequestMethods;
	path: Array<string | Ref>;
	body?: IDataObject;
	qs?: IDataObject;
	version?: 'v1alpha';
}

/** What a change's writes use while an apply runs. */
export interface ApplyTools {
	send(request: WriteRequest, secrets?: string[]): Promise<IDataObject>;
	/** Records the ID a create got, for the writes that refer to the record from then on. */
	created(ref: Ref, id: string): void;
	/** Writes a rule difference to the plan's rules, in Sync Rules' batches. */
	writeRules(plan: Ref, difference: RuleDifference): Promise<void>;
}

export const asObject = (value: unknown): IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: {};

export const keyOfRef = (ref: Ref) => ref.$ref.slice(ref.$ref.indexOf(':') + 1);

export const pathOf = (...parts: Array<string | Ref>) => parts;

/** A destination's source: its key starts with the source's slug, which has no "/". */
export const sourceOfDestination = (destination: Ref): Ref =>
	refTo('source', keyOfRef(destination).split('/')[0]);

/** Per kind: fields that cannot change once created, and how a record is created, updated, deleted. */
export interface KindWrites {
	immutable: string[];
	/** Fields compared as a whole; `settings` is compared key by key for `mergesSettings` kinds. */
	compared: string[];
	mergesSettings?: boolean;
	create?: (state: IDataObject, ref: Ref, options: { kinds: Set<RecordKind> }) => WriteRequest;
	/** The ID of a record created, from Segment's answer. */
	createdId?: (answer: IDataObject) => string;
	update?: (changed: IDataObject, ref: Ref, state: IDataObject) => WriteRequest | undefined;
	remove: (record: KeyedRecord) => WriteRequest;
	/** Why a difference in these fields cannot be applied. */
	cannotUpdate?: string;
}

const answerId = (root: string) => (answer: IDataObject) => String(asObject(answer[root]).id ?? '');

export const WRITES: Record<RecordKind, KindWrites> = {
	label: {
		immutable: [],
		compared: ['description'],
		create: (state) => ({
			method: 'POST',
			path: pathOf('/labels'),
			body: {
				label: {
					key: state.key,
					value: state.value,
					...(state.description ? { description: state.description } : {}),
				},
			},
		}),
		createdId: (answer) =>
			`${String(asObject(answer.label).key)}:${String(asObject(answer.label).value)}`,
		cannotUpdate:
			"Segment's API cannot change a label's description: delete the label and create it again",
		remove: (record) => ({
			method: 'DELETE',
			path: pathOf(
				`/labels/${encodeURIComponent(String(record.state.key))}/${encodeURIComponent(String(record.state.value))}`,
			),
		}),
	},
	function: {
		immutable: ['resourceType'],
		compared: ['description', 'logoUrl', 'code', 'settings'],
		create: (state) => ({
			method: 'POST',
			path: pathOf('/functions'),
			body: {
				resourceType: state.resourceType,
				displayName: state.displayName,
				description: state.description,
				logoUrl: state.logoUrl || undefined,
				code: state.code,
				settings: state.settings,
			},
		}),
		createdId: answerId('function'),
		update: (changed, ref) => ({
			method: 'PATCH',
			path: pathOf('/functions/', ref),
			body: changed,
		}),
		remove: (record) => ({
			method: 'DELETE',
			path: pathOf(`/functions/${encodeURIComponent(record.id)}`),
		}),
	},
	source: {
		immutable: ['metadataId'],
		compared: ['name', 'enabled', 'settings'],
		mergesSettings: true,
		create: (state, _ref, options) => ({
			method: 'POST',
			path: pathOf('/sources'),
			body: {
				slug: state.slug,
				enabled: state.enabled,
				metadataId: state.metadataId,
				settings: state.settings,
				...(options.kinds.has('warehouse') ? { disconnectAllWarehouses: true } : {}),
			},
		}),
		createdId: answerId('source'),
		update: (changed, ref) => ({ method: 'PATCH', path: pathOf('/sources/', ref), body: changed }),
		remove: (record) => ({
			method: 'DELETE',
			path: pathOf(`/sources/${encodeURIComponent(record.id)}`),
		}),
	},
	warehouse: {
		immutable: ['metadataId'],
		compared: ['enabled', 'settings'],
		mergesSettings: true,
		create: (state) => ({
			method: 'POST',
			path: pathOf('/warehouses'),
			body: {
				metadataId: state.metadataId,
				enabled: state.enabled,
				settings: state.settings,
				disconnectAllSources: true,
			},
		}),
		createdId: answerId('warehouse'),
		update: (changed, ref) => ({
			method: 'PATCH',
			path: pathOf('/warehouses/', ref),
			body: { settings: {}, ...changed },
		}),
		remove: (record) => ({
			method: 'DELETE',
			path: pathOf(`/warehouses/${encodeURIComponent(record.id)}`),
		}),
	},
	destination: {
		immutable: ['metadataId'],
		compared: ['name', 'enabled', 'settings'],
		mergesSettings: true,
		create: (state) => ({
			method: 'POST',
			path: pathOf('/destinations'),
			body: {
				sourceId: state.source,
				metadataId: state.metadataId,
				name: state.name,
				enabled: state.enabled,
				settings: state.settings,
			} as IDataObject,
		}),
		createdId: answerId('destination'),
		update: (changed, ref) => ({
			method: 'PATCH',
			path: pathOf('/destinations/', ref),
			body: changed,
		}),
		remove: (record) => ({
			method: 'DELETE',
			path: pathOf(`/destinations/${encodeURIComponent(record.id)}`),
		}),
	},
	subscription: {
		immutable: ['actionId'],
		compared: ['name', 'trigger', 'enabled', 'settings'],
		create: (state) => ({
			method: 'POST',
			path: pathOf('/destinations/', state.destination as unknown as Ref, '/subscriptions'),
			body: {
				name: state.name,
				actionId: state.actionId,
				trigger: state.trigger,
				enabled: state.enabled,
				settings: state.settings,
			},
			version: 'v1alpha',
		}),
		createdId: (answer) =>
			String(asObject(answer.destinationSubscription ?? answer.subscription).id ?? ''),
		update: (changed, ref, state) => ({
			method: 'PATCH',
			path: pathOf('/destinations/', state.destination as unknown as Ref, '/subscriptions/', ref),
			body: { input: changed },
			version: 'v1alpha',
		}),
		remove: (record) => ({
			method: 'DELETE',
			path: pathOf(
				'/destinations/',
				record.state.destination as unknown as Ref,
				`/subscriptions/${encodeURIComponent(record.id)}`,
			),
			version: 'v1alpha',
		}),
	},
	destinationFilter: {
		immutable: [],
		compared: ['if', 'actions', 'enabled', 'description'],
		create: (state) => ({
			method: 'POST',
			path: pathOf('/destination/', state.destination as unknown as Ref, '/filters'),
			body: {
				sourceId: sourceOfDestination(state.destination as unknown as Ref),
				if: state.if,
				actions: state.actions,
				title: state.title,
				enabled: state.enabled,
				description: state.description,
			} as IDataObject,
		}),
		createdId: answerId('filter'),
		update: (changed, ref, state) => ({
			method: 'PATCH',
			path: pathOf('/destination/', state.destination as unknown as Ref, '/filters/', ref),
			body: changed,
		}),
		remove: (record) => ({
			method: 'DELETE',
			path: pathOf(
				'/destination/',
				record.state.destination as unknown as Ref,
				`/filters/${encodeURIComponent(record.id)}`,
			),
		}),
	},
	transformation: {
		immutable: [],
		compared: [],
		create: (state) => ({ method: 'POST', path: pathOf('/transformations'), body: state }),
		createdId: answerId('transformation'),
		update: (changed, ref) => ({
			method: 'PATCH',
			path: pathOf('/transformations/', ref),
			body: changed,
		}),
		remove: (record) => ({
			method: 'DELETE',
			path: pathOf(`/transformations/${encodeURIComponent(record.id)}`),
		}),
	},
	trackingPlan: {
		immutable: ['type'],
		compared: ['description'],
		create: (state) => ({
			method: 'POST',
			path: pathOf('/tracking-plans'),
			body: { name: state.name, type: state.type, description: state.description },
		}),
		createdId: answerId('trackingPlan'),
		update: (changed, ref) => ({
			method: 'PATCH',
			path: pathOf('/tracking-plans/', ref),
			body: changed,
		}),
		remove: (record) => ({
			method: 'DELETE',
			path: pathOf(`/tracking-plans/${encodeURIComponent(record.id)}`),
		}),
	},
};

/** Connections of a warehouse or tracking plan to sources: the state field and its writes. */
export const CONNECTIONS: Partial<
	Record<
		RecordKind,
		{
			field: string;
			connect: (owner: Ref, source: Ref) => WriteRequest;
			disconnect: (owner: Ref, source: Ref) => WriteRequest;
		}
	>
> = {
	warehouse: {
		field: 'connectedSources',
		connect: (owner, source) => ({
			method: 'POST',
			path: pathOf('/warehouses/', owner, '/connected-sources/', source),
		}),
		disconnect: (owner, source) => ({
			method: 'DELETE',
			path: pathOf('/warehouses/', owner, '/connected-sources/', source),
		}),
	},
	trackingPlan: {
		field: 'sources',
		connect: (owner, source) => ({
			method: 'POST',
			path: pathOf('/tracking-plans/', owner, '/sources'),
			body: { sourceId: source as unknown as string },
		}),
		disconnect: (owner, source) => ({
			method: 'DELETE',
			path: pathOf('/tracking-plans/', owner, '/sources'),
			qs: { sourceId: source as unknown as string },
		}),
	},
};

/** After a source is created: its name (Segment names it after its slug) and its labels. */
export async function finishSource(
	tools: ApplyTools,
	ref: Ref,
	state: IDataObject,
	created: IDataObject,
) {
	if (state.name !== undefined && created.name !== state.name) {
		await tools.send({
			method: 'PATCH',
			path: pathOf('/sources/', ref),
			body: { name: state.name },
		});
	}
	if ((state.labels as string[]).length > 0)
		await replaceLabels(tools, ref, state.labels as string[]);
}

export async function replaceLabels(tools: ApplyTools, ref: Ref, labels: string[]) {
	await tools.send({
		method: 'PUT',
		path: pathOf('/sources/', ref, '/labels'),
		body: {
			labels: labels.map((label) => {
				const at = label.indexOf(':');
				return { key: label.slice(0, at), value: label.slice(at + 1) };
			}),
		},
	});
}
