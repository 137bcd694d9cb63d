import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { INSTANCE_PATH, instanceIdField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an insert function instance',
	description: 'Disconnect an insert function from its destination or source',
	routing: segmentRouting({ method: 'DELETE', path: INSTANCE_PATH, version: 'v1alpha' }),
};

const properties: INodeProperties[] = [
	instanceIdField('The ID of the instance to delete, as listed by Get Many'),
];

const displayOptions = { show: { resource: ['insertFunctionInstance'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
