import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import { fetchPage, listRecords, MAX_PAGE_SIZE } from './transport';

export interface ListDefinition {
	path: string;
	/** Envelope key of the records under `data`. */
	root: string;
	/** What a person sees for one record in a dropdown. */
	label: (record: IDataObject) => string;
}

const typeName = (record: IDataObject) =>
	String((record.metadata as IDataObject | undefined)?.name ?? '');

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
	warehouseCatalog: {
		path: '/catalog/warehouses',
		root: 'warehousesCatalog',
		label: (r) => String(r.name),
	},
} satisfies Record<string, ListDefinition>;

/** With a filter, pages are read until at least this many matches are found or the list ends. */
const SEARCH_MIN_MATCHES = 50;

/** A listSearch method: one page per call, or as many as a filter needs to find matches. */
export function searchMethod(list: ListDefinition) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const wanted = filter?.trim().toLowerCase();
		const results: INodeListSearchItems[] = [];
		let cursor = paginationToken || undefined;
		do {
			const page = await fetchPage.call(this, {
				path: list.path,
				root: list.root,
				count: MAX_PAGE_SIZE,
				cursor,
			});
			for (const record of page.records) {
				const name = list.label(record);
				const id = String(record.id);
				if (!wanted || name.toLowerCase().includes(wanted) || id.toLowerCase() === wanted) {
					results.push({ name, value: id });
				}
			}
			cursor = page.next;
		} while (cursor && wanted && results.length < SEARCH_MIN_MATCHES);
		return { results, paginationToken: cursor };
	};
}

/** A loadOptions method listing every record, sorted by its label. */
export function optionsMethod(list: ListDefinition) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const records = await listRecords.call(this, { path: list.path, root: list.root });
		return records
			.map((record) => ({ name: list.label(record), value: String(record.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}
