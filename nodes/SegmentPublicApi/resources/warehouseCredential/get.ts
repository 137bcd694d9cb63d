import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { credentialIdField } from './fields';
import { simplifyCredential, simplifyCredentialField } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a warehouse credential',
	description: 'Get a credential by ID; Segment masks its secrets',
	routing: segmentRouting({
		method: 'GET',
		path: '/credentials/{credentialId}',
		root: 'credential',
		simplify: simplifyCredential,
	}),
};

const properties: INodeProperties[] = [
	credentialIdField('The credential to get'),
	simplifyCredentialField(),
];

const displayOptions = { show: { resource: ['warehouseCredential'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
