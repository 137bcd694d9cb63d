import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a warehouse',
	description: 'Delete a warehouse',
	routing: segmentRouting({ method: 'DELETE', path: '/warehouses/{warehouseId}' }),
};

const properties: INodeProperties[] = [resourceLocator('warehouseId', 'The warehouse to delete')];

const displayOptions = { show: { resource: ['warehouse'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
