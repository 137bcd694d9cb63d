import { LISTS, type ListDefinition } from './lists';

export interface LocatorDefinition {
	displayName: string;
	/** The listSearch method that fills the "From List" mode. */
	searchListMethod: string;
	/** The records this locator picks from. */
	list: ListDefinition;
	/** Regex whose first group takes the identifier out of a Segment app URL. */
	urlRegex: string;
	urlPlaceholder: string;
	/** Whether the app URL holds the record's ID or its slug (resolved to an ID before use). */
	urlHolds: 'id' | 'slug';
	idPlaceholder: string;
}

const APP = 'https?:\\/\\/app(?:\\.eu1)?\\.segment\\.com\\/[^/]+';

/** Resource locators, keyed by the node parameter that holds them. */
export const LOCATORS: Record<string, LocatorDefinition> = {
	sourceId: {
		displayName: 'Source',
		searchListMethod: 'searchSources',
		list: LISTS.sources,
		urlRegex: `${APP}\\/sources\\/([^/?#]+)`,
		urlPlaceholder: 'e.g. https://app.segment.com/my-workspace/sources/my_website/overview',
		urlHolds: 'slug',
		idPlaceholder: 'e.g. qQEHquLrjRDN9j1ByrChyn',
	},
	destinationId: {
		displayName: 'Destination',
		searchListMethod: 'searchDestinations',
		list: LISTS.destinations,
		urlRegex: `${APP}\\/destinations\\/[^/]+\\/sources\\/[^/]+\\/instances\\/([^/?#]+)`,
		urlPlaceholder:
			'e.g. https://app.segment.com/my-workspace/destinations/amplitude/sources/my_website/instances/fP7qoQw2HTWt9WdMr718gn/configuration',
		urlHolds: 'id',
		idPlaceholder: 'e.g. fP7qoQw2HTWt9WdMr718gn',
	},
	warehouseId: {
		displayName: 'Warehouse',
		searchListMethod: 'searchWarehouses',
		list: LISTS.warehouses,
		urlRegex: `${APP}\\/warehouses\\/([^/?#]+)`,
		urlPlaceholder:
			'e.g. https://app.segment.com/my-workspace/warehouses/pmfvqdQQaCfgmUcLpuHABE/overview',
		urlHolds: 'id',
		idPlaceholder: 'e.g. pmfvqdQQaCfgmUcLpuHABE',
	},
};
