import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { labelKeyAndValue } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a label',
	description: 'Delete a label from the workspace',
	routing: segmentRouting({ method: 'DELETE', path: '/labels/{labelKey}/{labelValue}' }),
};

const properties: INodeProperties[] = labelKeyAndValue(false);

const displayOptions = { show: { resource: ['label'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
