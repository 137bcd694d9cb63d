import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { labelCreateDescription } from './create';
import { labelDeleteDescription } from './delete';
import { labelGetAllDescription } from './getAll';

export const labelDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['label'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a label',
				description: 'Create a label (a key and a value) that sources can carry',
				routing: segmentRouting({ method: 'POST', path: '/labels', root: 'label' }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a label',
				description: 'Delete a label from the workspace',
				routing: segmentRouting({ method: 'DELETE', path: '/labels/{labelKey}/{labelValue}' }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many labels',
				description: 'List the labels of the workspace',
				routing: segmentRouting({
					method: 'GET',
					path: '/labels',
					root: 'labels',
					list: true,
					unpaginated: true,
				}),
			},
		],
		default: 'getAll',
	},
	...labelCreateDescription,
	...labelDeleteDescription,
	...labelGetAllDescription,
];
