import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { customRouting } from '../../shared/routing';
import { listRecords } from '../../shared/transport';
import { PROFILES_WAREHOUSE, profilesWarehouseIdField } from './fields';

/**
 * One item per collection, like the other lists; each also carries the answer's
 * `enableEventTables`, which applies to the whole warehouse and would otherwise be lost.
 */
const routing = customRouting(
	'GET',
	`${PROFILES_WAREHOUSE}/selective-syncs`,
	async function (policy, _requestData, { path, limit }) {
		let enableEventTables: boolean | undefined;
		const records = await listRecords.call(this, {
			...policy,
			path: await path(),
			version: 'v1alpha',
			root: 'items',
			limit: limit(),
			onPage: (data) => {
				if (typeof data.enableEventTables === 'boolean')
					enableEventTables ??= data.enableEventTables;
			},
		});
		return records.map((record) => ({
			json: enableEventTables === undefined ? record : { ...record, enableEventTables },
		}));
	},
);

export const option: INodePropertyOptions = {
	name: 'Get Selective Sync',
	value: 'getSelectiveSync',
	action: 'Get the selective sync of a profiles sync warehouse',
	description:
		'List the collections of a Profiles Sync warehouse, with their properties and whether they sync (alpha API)',
	routing,
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space the warehouse belongs to'),
	profilesWarehouseIdField('The Profiles Sync warehouse whose collections to list'),
	...returnAllAndLimit(),
];

const displayOptions = {
	show: { resource: ['profilesWarehouse'], operation: ['getSelectiveSync'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
