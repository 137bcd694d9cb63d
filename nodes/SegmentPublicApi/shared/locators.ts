import { LISTS, type ListDefinition } from './lists';

export interface LocatorDefinition {
	displayName: string;
	/** The listSearch method that fills the "From List" mode. */
	searchListMethod: string;
	/** The records this locator picks from. */
	list: ListDefinition;
	/** Segment app URLs of the record, when it has a page there. */
	url?: {
		/** Regex whose first group takes the identifier out of the URL. */
		regex: string;
		placeholder: string;
		/** Whether the URL holds the record's ID or its slug (resolved to an ID before use). */
		holds: 'id' | 'slug';
	};
	idPlaceholder: string;
}

const APP = 'https?:\\/\\/app(?:\\.eu1)?\\.segment\\.com\\/[^/]+';

/** Resource locators, keyed by the node parameter that holds them. */
export const LOCATORS: Record<string, LocatorDefinition> = {
	sourceId: {
		displayName: 'Source',
		searchListMethod: 'searchSources',
		list: LISTS.sources,
		url: {
			regex: `${APP}\\/sources\\/([^/?#]+)`,
			placeholder: 'e.g. https://app.segment.com/my-workspace/sources/my_website/overview',
			holds: 'slug',
		},
		idPlaceholder: 'e.g. qQEHquLrjRDN9j1ByrChyn',
	},
	destinationId: {
		displayName: 'Destination',
		searchListMethod: 'searchDestinations',
		list: LISTS.destinations,
		url: {
			regex: `${APP}\\/destinations\\/[^/]+\\/sources\\/[^/]+\\/instances\\/([^/?#]+)`,
			placeholder:
				'e.g. https://app.segment.com/my-workspace/destinations/amplitude/sources/my_website/instances/fP7qoQw2HTWt9WdMr718gn/configuration',
			holds: 'id',
		},
		idPlaceholder: 'e.g. fP7qoQw2HTWt9WdMr718gn',
	},
	warehouseId: {
		displayName: 'Warehouse',
		searchListMethod: 'searchWarehouses',
		list: LISTS.warehouses,
		url: {
			regex: `${APP}\\/warehouses\\/([^/?#]+)`,
			placeholder:
				'e.g. https://app.segment.com/my-workspace/warehouses/pmfvqdQQaCfgmUcLpuHABE/overview',
			holds: 'id',
		},
		idPlaceholder: 'e.g. pmfvqdQQaCfgmUcLpuHABE',
	},
	functionId: {
		displayName: 'Function',
		searchListMethod: 'searchFunctions',
		list: LISTS.functions,
		idPlaceholder: 'e.g. dfn_62e89rqnqjjqcne4vzarhvgcbx',
	},
	transformationId: {
		displayName: 'Transformation',
		searchListMethod: 'searchTransformations',
		list: LISTS.transformations,
		idPlaceholder: 'e.g. 2CQb3LJbMkyNL1sZ7HUgQPX6uFY',
	},
	userGroupId: {
		displayName: 'User Group',
		searchListMethod: 'searchUserGroups',
		list: LISTS.userGroups,
		idPlaceholder: 'e.g. 2CQbEVkk9uqx4qbLNkWhMxH6cmg',
	},
	userId: {
		displayName: 'User',
		searchListMethod: 'searchUsers',
		list: LISTS.users,
		idPlaceholder: 'e.g. hKBpgEzVGj9KaGgjvUptPq',
	},
	trackingPlanId: {
		displayName: 'Tracking Plan',
		searchListMethod: 'searchTrackingPlans',
		list: LISTS.trackingPlans,
		url: {
			regex: `${APP}\\/protocols\\/tracking-plans\\/([^/?#]+)`,
			placeholder:
				'e.g. https://app.segment.com/my-workspace/protocols/tracking-plans/tp_2CQbEVkk9uqx4qbLNk',
			holds: 'id',
		},
		idPlaceholder: 'e.g. tp_2CQbEVkk9uqx4qbLNk',
	},
	spaceId: {
		displayName: 'Space',
		searchListMethod: 'searchSpaces',
		list: LISTS.spaces,
		url: {
			regex: `${APP}\\/engage\\/spaces\\/([^/?#]+)`,
			placeholder: 'e.g. https://app.segment.com/my-workspace/engage/spaces/production/overview',
			holds: 'slug',
		},
		idPlaceholder: 'e.g. spa_9aQ1Lj62S4bomZKLF4DPqW',
	},
	reverseEtlModelId: {
		displayName: 'Model',
		searchListMethod: 'searchReverseEtlModels',
		list: LISTS.reverseEtlModels,
		idPlaceholder: 'e.g. 2RqYVsdAmCW4ZWdhrHq7vbDYmAk',
	},
	audienceId: {
		displayName: 'Audience',
		searchListMethod: 'searchAudiences',
		list: LISTS.audiences,
		idPlaceholder: 'e.g. aud_2Ue6zkHGdwpGTCRrhgz4rqXG2yq',
	},
	computedTraitId: {
		displayName: 'Computed Trait',
		searchListMethod: 'searchComputedTraits',
		list: LISTS.computedTraits,
		idPlaceholder: 'e.g. ais_2TqAWZNfEaNZAkDjBVSmIpRUCAq',
	},
	profilesWarehouseId: {
		displayName: 'Profiles Warehouse',
		searchListMethod: 'searchProfilesWarehouses',
		list: LISTS.profilesWarehouses,
		idPlaceholder: 'e.g. 2RqYVsdAmCW4ZWdhrHq7vbDYmAk',
	},
	credentialId: {
		displayName: 'Warehouse Credential',
		searchListMethod: 'searchWarehouseCredentials',
		list: LISTS.warehouseCredentials,
		idPlaceholder: 'e.g. 2yxBWwXgzCgJjK1W1kcbqXQ5rhY',
	},
};
