import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodeParameterResourceLocator,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import {
	fetchPage,
	listRecords,
	MAX_PAGE_SIZE,
	type MediaVersion,
	type SegmentContext,
} from './transport';

export const FUNCTION_TYPES = [
	{ name: 'Destination', value: 'DESTINATION' },
	{ name: 'Insert Destination', value: 'INSERT_DESTINATION' },
	{ name: 'Insert Source', value: 'INSERT_SOURCE' },
	{ name: 'Insert Transformation', value: 'INSERT_TRANSFORMATION' },
	{ name: 'Source', value: 'SOURCE' },
];

export interface ListDefinition {
	/**
	 * Path below the base URL. A list below a record the user picks (the audiences of a space) has
	 * `{parameterName}` placeholders, each named in `parents`.
	 */
	path: string;
	/** Envelope key of the records under `data`. */
	root: string;
	/** What a person sees for one record in a dropdown. */
	label: (record: IDataObject) => string;
	/** Query sets listed in turn, for lists Segment splits by a required filter (functions by type). */
	variants?: IDataObject[];
	/** The media version the list needs when it is not v1 (Engage spaces are alpha). */
	version?: MediaVersion;
	/** The largest page the list accepts, when below Segment's usual 1,000 (audiences: 200). */
	maxPageSize?: number;
	/**
	 * For each `{placeholder}` of `path`: the field of that name, and the list it picks from. In the
	 * editor the placeholder is filled with the record chosen in the node's current parameters (a
	 * "By URL" value is looked up in that list by slug or ID); until one is chosen, nothing is listed.
	 */
	parents?: Record<string, { displayName: string; list: ListDefinition }>;
}

/** The catalog type's name, with a trailing "(…)" folded in so labels nest no parentheses. */
const typeName = (record: IDataObject) =>
	String((record.metadata as IDataObject | undefined)?.name ?? '').replace(
		/\s*\(([^()]*)\)\s*$/,
		', $1',
	);

const withType = (name: unknown, record: IDataObject) => {
	const type = typeName(record);
	const shown = typeof name === 'string' && name ? name : String(record.id);
	return type ? `${shown} (${type})` : shown;
};

const spaces: ListDefinition = {
	path: '/spaces',
	root: 'spaces',
	label: (record) => String(record.name || record.id),
	version: 'v1alpha',
};

export const LISTS = {
	sources: {
		path: '/sources',
		root: 'sources',
		label: (record) => withType(record.name || record.slug, record),
	},
	destinations: {
		path: '/destinations',
		root: 'destinations',
		label: (record) => withType(record.name, record),
	},
	warehouses: {
		path: '/warehouses',
		root: 'warehouses',
		label: (record) => withType((record.settings as IDataObject | undefined)?.name, record),
	},
	sourceCatalog: { path: '/catalog/sources', root: 'sourcesCatalog', label: (r) => String(r.name) },
	destinationCatalog: {
		path: '/catalog/destinations',
		root: 'destinationsCatalog',
		label: (r) => String(r.name),
	},
	functions: {
		path: '/functions',
		root: 'functions',
		label: (record) =>
			`${String(record.displayName ?? record.id)} (${String(record.resourceType)})`,
		variants: FUNCTION_TYPES.map((type) => ({ resourceType: type.value })),
	},
	transformations: {
		path: '/transformations',
		root: 'transformations',
		label: (record) => String(record.name || record.id),
	},
	users: {
		path: '/users',
		root: 'users',
		label: (record) =>
			record.email ? `${String(record.name)} <${String(record.email)}>` : String(record.name),
	},
	trackingPlans: {
		path: '/tracking-plans',
		root: 'trackingPlans',
		label: (record) => String(record.name || record.id),
	},
	spaces,
	audiences: {
		path: '/spaces/{spaceId}/audiences',
		root: 'audiences',
		label: (record) => String(record.name || record.id),
		// `pagination` exists only in v1alpha, which caps pages at 200.
		version: 'v1alpha',
		maxPageSize: 200,
		parents: { spaceId: { displayName: 'Space', list: spaces } },
	},
	computedTraits: {
		path: '/spaces/{spaceId}/computed-traits',
		root: 'computedTraits',
		label: (record) => String(record.name || record.id),
		version: 'v1alpha',
		parents: { spaceId: { displayName: 'Space', list: spaces } },
	},
	profilesWarehouses: {
		path: '/spaces/{spaceId}/profiles-warehouses',
		root: 'profilesWarehouses',
		label: (record) => withType((record.settings as IDataObject | undefined)?.name, record),
		version: 'v1alpha',
		parents: { spaceId: { displayName: 'Space', list: spaces } },
	},
	warehouseCredentials: {
		path: '/credentials',
		root: 'credentials',
		label: (record) => String(record.name || record.id),
	},
	reverseEtlModels: {
		path: '/reverse-etl-models',
		root: 'models',
		label: (record) => String(record.name || record.id),
		version: 'v1alpha',
	},
	roles: { path: '/roles', root: 'roles', label: (record) => String(record.name) },
	userGroups: { path: '/groups', root: 'userGroups', label: (record) => String(record.name) },
	warehouseCatalog: {
		path: '/catalog/warehouses',
		root: 'warehousesCatalog',
		label: (r) => String(r.name),
	},
} satisfies Record<string, ListDefinition>;

/**
 * Every record of a list, across its variants. A list below a picked record (see `parents`) takes
 * its `path` filled in.
 */
export async function listAll(
	this: SegmentContext,
	list: ListDefinition,
	path: string = list.path,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	for (const qs of list.variants ?? [{}]) {
		records.push(
			...(await listRecords.call(this, {
				path,
				root: list.root,
				qs,
				version: list.version,
				maxPageSize: list.maxPageSize,
			})),
		);
	}
	return records;
}

/** The ID of the record of `list` whose slug (or ID) is `slug`, or an error naming the field. */
export async function idBySlug(
	this: SegmentContext,
	list: ListDefinition,
	slug: string,
	label: string,
): Promise<string> {
	const records = await listAll.call(this, list);
	const match = records.find((record) => record.slug === slug || record.id === slug);
	if (!match) {
		throw new NodeOperationError(
			this.getNode(),
			`No ${label.toLowerCase()} with the slug "${slug}" exists in this workspace`,
			{ description: `Check the URL given in the "${label}" field.` },
		);
	}
	return String(match.id);
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The path of a list with its placeholders filled from the node's current parameters (what the
 * editor shows), or undefined while one of them is not chosen yet, so that nothing is listed.
 */
async function currentPath(
	this: ILoadOptionsFunctions,
	list: ListDefinition,
): Promise<string | undefined> {
	let path = list.path;
	for (const [, name] of list.path.matchAll(PLACEHOLDER)) {
		const raw = this.getCurrentNodeParameter(name) as
			| INodeParameterResourceLocator
			| string
			| number
			| undefined;
		const given = typeof raw === 'object' && raw !== null ? raw.value : raw;
		// Nothing chosen yet, or an expression the editor could not resolve (no input data yet).
		if (given === undefined || given === null) return undefined;
		if (String(given).trim() === '' || String(given).startsWith('=')) return undefined;
		const value = this.getCurrentNodeParameter(name, { extractValue: true });
		let id =
			typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
		if (!id) return undefined;
		const parent = list.parents?.[name];
		if (parent && typeof raw === 'object' && raw?.mode === 'url') {
			id = await idBySlug.call(this, parent.list, id, parent.displayName);
		}
		path = path.replace(`{${name}}`, encodeURIComponent(id));
	}
	return path;
}

/** With a filter, pages are read until at least this many matches are found or the list ends... */
const SEARCH_MIN_MATCHES = 50;
/** ...or this many pages were read in one call; the dropdown's "load more" reads the next ones. */
export const SEARCH_MAX_PAGES = 5;

/** A listSearch method: one page per call, or as many as a filter needs to find matches. */
export function searchMethod(list: ListDefinition) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const path = await currentPath.call(this, list);
		if (path === undefined) return { results: [] };
		const wanted = filter?.trim().toLowerCase();
		const results: INodeListSearchItems[] = [];
		const variants = list.variants ?? [{}];
		const separator = paginationToken?.indexOf(':') ?? -1;
		let variant = separator > 0 ? Number(paginationToken?.slice(0, separator)) : 0;
		let cursor: string | undefined =
			separator > 0 ? paginationToken?.slice(separator + 1) : undefined;
		const cursors = new Set<string>();
		let pages = 0;
		do {
			const page = await fetchPage.call(this, {
				path,
				root: list.root,
				qs: variants[variant],
				version: list.version,
				count: list.maxPageSize ?? MAX_PAGE_SIZE,
				cursor: cursor || undefined,
			});
			for (const record of page.records) {
				const name = list.label(record);
				const id = String(record.id);
				if (!wanted || name.toLowerCase().includes(wanted) || id.toLowerCase() === wanted) {
					results.push({ name, value: id });
				}
			}
			pages += 1;
			// A cursor seen before in this call would read the same pages again.
			cursor = page.next && !cursors.has(page.next) ? page.next : undefined;
			if (cursor) cursors.add(cursor);
			if (!cursor && variant < variants.length - 1) {
				variant += 1;
				cursor = '';
			}
		} while (
			cursor !== undefined &&
			pages < SEARCH_MAX_PAGES &&
			(wanted ? results.length < SEARCH_MIN_MATCHES : results.length === 0)
		);
		return { results, paginationToken: cursor === undefined ? undefined : `${variant}:${cursor}` };
	};
}

/** A loadOptions method listing every record, sorted by its label. */
export function optionsMethod(list: ListDefinition) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const path = await currentPath.call(this, list);
		if (path === undefined) return [];
		const records = await listAll.call(this, list, path);
		return records
			.map((record) => ({ name: list.label(record), value: String(record.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}
