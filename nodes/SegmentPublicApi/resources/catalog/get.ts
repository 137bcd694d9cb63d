import type { INodeProperties } from 'n8n-workflow';
import { simplify } from '../../shared/legacyFields';

const show = { resource: ['catalog'], operation: ['get'] };

export const catalogGetDescription: INodeProperties[] = [
	{
		displayName: 'Catalog Entry Name or ID',
		name: 'catalogItemId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCatalogItems', loadOptionsDependsOn: ['catalogType'] },
		required: true,
		default: '',
		description:
			'The catalog entry (metadata ID) to get. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show },
	},
	simplify(show),
];
