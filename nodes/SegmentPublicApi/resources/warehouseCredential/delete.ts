import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { credentialIdField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a warehouse credential',
	description: 'Delete a credential that no warehouse or source uses any more',
	routing: segmentRouting({ method: 'DELETE', path: '/credentials/{credentialId}' }),
};

const properties: INodeProperties[] = [
	credentialIdField(
		'The credential to delete. Segment refuses while a warehouse or source still uses it.',
	),
];

const displayOptions = { show: { resource: ['warehouseCredential'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
