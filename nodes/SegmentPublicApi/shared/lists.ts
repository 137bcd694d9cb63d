import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
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
	path: string;
	/** Envelope key of the records under `data`. */
	root: string;
	/** What a person sees for one record in a dropdown. */
	label: (record: IDataObject) => string;
	/** Query sets listed in turn, for lists Segment splits by a required filter (functions by type). */
	variants?: IDataObject[];
	/** The media version the list needs when it is not v1 (Engage spaces are alpha). */
	version?: MediaVersion;
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
	spaces: {
		path: '/spaces',
		root: 'spaces',
		label: (record) => String(record.name || record.id),
		version: 'v1alpha',
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

/** Every record of a list, across its variants. */
export async function listAll(this: SegmentContext, list: ListDefinition): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	for (const qs of list.variants ?? [{}]) {
		records.push(
			...(await listRecords.call(this, {
				path: list.path,
				root: list.root,
				qs,
				version: list.version,
			})),
		);
	}
	return records;
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
				path: list.path,
				root: list.root,
				qs: variants[variant],
				version: list.version,
				count: MAX_PAGE_SIZE,
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
		const records = await listAll.call(this, list);
		return records
			.map((record) => ({ name: list.label(record), value: String(record.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}
