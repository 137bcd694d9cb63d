import {
	NodeOperationError,
	type IDataObject,
	type ILoadOptionsFunctions,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { LISTS, optionsMethod } from '../shared/lists';
import { segmentApiRequest } from '../shared/transport';
import { encodePathSegment } from '../shared/utils';

export const getSources = optionsMethod(LISTS.sources);
export const getDestinations = optionsMethod(LISTS.destinations);
export const getWarehouses = optionsMethod(LISTS.warehouses);
export const getSourceCatalog = optionsMethod(LISTS.sourceCatalog);
export const getDestinationCatalog = optionsMethod(LISTS.destinationCatalog);
export const getWarehouseCatalog = optionsMethod(LISTS.warehouseCatalog);
export const getUsers = optionsMethod(LISTS.users);
export const getRoles = optionsMethod(LISTS.roles);

/** The labels of the workspace, as key:value (Segment sends them whole, without pagination). */
export async function getLabels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const data = await segmentApiRequest.call(this, { method: 'GET', path: '/labels' });
	const labels = Array.isArray(data.labels) ? (data.labels as IDataObject[]) : [];
	return labels
		.map((label) => {
			const pair = `${String(label.key)}:${String(label.value)}`;
			return {
				name: pair,
				value: pair,
				...(label.description ? { description: String(label.description) } : {}),
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}

const CATALOGS: Record<string, (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>> = {
	source: getSourceCatalog,
	destination: getDestinationCatalog,
	warehouse: getWarehouseCatalog,
};

/** Entries of the catalog picked in the node's Catalog field. */
export async function getCatalogItems(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const catalogType = this.getCurrentNodeParameter('catalogType') as string;
	return await (CATALOGS[catalogType] ?? getSourceCatalog).call(this);
}

/**
 * The actions that the catalog entry of the chosen destination offers: none until a destination
 * is picked, and an explanation for a classic destination, which has no actions.
 */
export async function getDestinationActions(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const destinationId = this.getCurrentNodeParameter('destinationId', { extractValue: true });
	if (typeof destinationId !== 'string' || destinationId.trim() === '') return [];
	const id = encodePathSegment(this.getNode(), destinationId, 'Destination');
	const { destination } = await segmentApiRequest.call(this, {
		method: 'GET',
		path: `/destinations/${id}`,
	});
	const metadataId = encodePathSegment(
		this.getNode(),
		((destination as IDataObject).metadata as IDataObject)?.id,
		'Destination type',
	);
	const { destinationMetadata } = await segmentApiRequest.call(this, {
		method: 'GET',
		path: `/catalog/destinations/${metadataId}`,
	});
	const actions = ((destinationMetadata as IDataObject).actions as IDataObject[] | undefined) ?? [];
	if (actions.length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			`"${String((destination as IDataObject).name ?? destinationId)}" is a classic destination: it has no actions, so it takes no subscriptions`,
			{ description: 'Pick an Actions destination; its type name usually ends in "(Actions)".' },
		);
	}
	return actions
		.filter((action) => action.hidden !== true)
		.map((action) => ({
			name: String(action.name),
			value: String(action.id),
			description: typeof action.description === 'string' ? action.description : undefined,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
