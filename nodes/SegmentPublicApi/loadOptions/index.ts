import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { LISTS, optionsMethod } from '../shared/lists';

export const getSources = optionsMethod(LISTS.sources);
export const getDestinations = optionsMethod(LISTS.destinations);
export const getWarehouses = optionsMethod(LISTS.warehouses);
export const getSourceCatalog = optionsMethod(LISTS.sourceCatalog);
export const getDestinationCatalog = optionsMethod(LISTS.destinationCatalog);
export const getWarehouseCatalog = optionsMethod(LISTS.warehouseCatalog);

const CATALOGS: Record<string, (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>> = {
	source: getSourceCatalog,
	destination: getDestinationCatalog,
	warehouse: getWarehouseCatalog,
};

/** Entries of the catalog picked in the node's Catalog field. */
export async function getCatalogItems(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const catalogType = this.getCurrentNodeParameter('catalogType') as string;
	return await (CATALOGS[catalogType] ?? getSourceCatalog).call(this);
}
