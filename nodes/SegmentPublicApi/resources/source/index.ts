import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { simplifyDestination, simplifySource, simplifyWarehouse } from '../../shared/utils';
import { sourceCreateDescription } from './create';
import { sourceDeleteDescription } from './delete';
import { sourceGetDescription } from './get';
import { sourceGetAllDescription } from './getAll';
import { sourceGetConnectedDestinationsDescription } from './getConnectedDestinations';
import { sourceGetConnectedWarehousesDescription } from './getConnectedWarehouses';
import { sourceLabelsDescription } from './labels';
import {
	sourceCreateLivePluginDescription,
	sourceDeleteLivePluginCodeDescription,
	sourceGetLivePluginDescription,
} from './livePlugins';
import {
	sourceGetSchemaSettingsDescription,
	sourceUpdateSchemaSettingsDescription,
} from './schemaSettings';
import { sourceUpdateDescription } from './update';
import { sourceCreateWriteKeyDescription, sourceRemoveWriteKeyDescription } from './writeKeys';

export const sourceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['source'] } },
		options: [
			{
				name: 'Add Labels',
				value: 'addLabels',
				action: 'Add labels to a source',
				description: 'Add labels of the workspace to a source, keeping the ones it has',
				routing: segmentRouting({ method: 'POST', path: '/sources/{sourceId}/labels' }),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a source',
				description: 'Create a source in the workspace',
				routing: segmentRouting({
					method: 'POST',
					path: '/sources',
					root: 'source',
					simplify: simplifySource,
				}),
			},
			{
				name: 'Create or Update Live Plugin',
				value: 'createLivePlugin',
				action: 'Create or update the live plugin of a source',
				description:
					'Upload the code of a Live Plugin for a source; it replaces the current code as a new version (alpha API)',
				routing: segmentRouting({
					method: 'POST',
					path: '/sources/{sourceId}/live-plugins/create',
					root: 'livePlugin',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Create Write Key',
				value: 'createWriteKey',
				action: 'Create a write key for a source',
				description: 'Give a source a new write key, for example to rotate keys',
				routing: segmentRouting({
					method: 'POST',
					path: '/sources/{sourceId}/writekey',
					root: 'source',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a source',
				description: 'Delete a source',
				routing: segmentRouting({ method: 'DELETE', path: '/sources/{sourceId}' }),
			},
			{
				name: 'Delete Live Plugin Code',
				value: 'deleteLivePluginCode',
				action: 'Delete the live plugin code of a source',
				description:
					'Remove the Live Plugin code of a source; Live Plugins stay enabled for it (alpha API)',
				routing: segmentRouting({
					method: 'DELETE',
					path: '/sources/{sourceId}/live-plugins/delete-code',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a source',
				description: 'Get a source by ID',
				routing: segmentRouting({
					method: 'GET',
					path: '/sources/{sourceId}',
					root: 'source',
					simplify: simplifySource,
				}),
			},
			{
				name: 'Get Connected Destinations',
				value: 'getConnectedDestinations',
				action: 'Get destinations connected to a source',
				description: 'List the destinations that receive data from a source',
				routing: segmentRouting({
					method: 'GET',
					path: '/sources/{sourceId}/connected-destinations',
					root: 'destinations',
					list: true,
					simplify: simplifyDestination,
				}),
			},
			{
				name: 'Get Connected Warehouses',
				value: 'getConnectedWarehouses',
				action: 'Get warehouses connected to a source',
				description: 'List the warehouses that receive data from a source',
				routing: segmentRouting({
					method: 'GET',
					path: '/sources/{sourceId}/connected-warehouses',
					root: 'warehouses',
					list: true,
					simplify: simplifyWarehouse,
				}),
			},
			{
				name: 'Get Live Plugin',
				value: 'getLivePlugin',
				action: 'Get the live plugin of a source',
				description:
					'Get the latest Live Plugin of a source: version, code and download URL (alpha API)',
				routing: segmentRouting({
					method: 'GET',
					path: '/sources/{sourceId}/live-plugins/latest',
					root: 'livePlugin',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Get Schema Settings',
				value: 'getSchemaSettings',
				action: 'Get the schema settings of a source',
				description:
					'Get how Protocols treats the events of a source: unplanned events, violations, forwarding',
				routing: segmentRouting({ method: 'GET', path: '/sources/{sourceId}/settings' }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many sources',
				description: 'List the sources of the workspace',
				routing: segmentRouting({
					method: 'GET',
					path: '/sources',
					root: 'sources',
					list: true,
					filtered: true,
					simplify: simplifySource,
				}),
			},
			{
				name: 'Remove Write Key',
				value: 'removeWriteKey',
				action: 'Remove a write key from a source',
				description: 'Remove one of the write keys of a source, for example after a rotation',
				routing: segmentRouting({
					method: 'DELETE',
					path: '/sources/{sourceId}/writekey/{writeKey}',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Replace Labels',
				value: 'replaceLabels',
				action: 'Replace the labels of a source',
				description: 'Set the labels of a source to exactly the ones given',
				routing: segmentRouting({ method: 'PUT', path: '/sources/{sourceId}/labels' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a source',
				description: 'Change the name, slug, enabled state or settings of a source',
				routing: segmentRouting({
					method: 'PATCH',
					path: '/sources/{sourceId}',
					root: 'source',
					simplify: simplifySource,
				}),
			},
			{
				name: 'Update Schema Settings',
				value: 'updateSchemaSettings',
				action: 'Update the schema settings of a source',
				description:
					'Change how Protocols treats the events of a source; the settings not given are kept',
				routing: segmentRouting({ method: 'PATCH', path: '/sources/{sourceId}/settings' }),
			},
		],
		default: 'getAll',
	},
	...sourceLabelsDescription('addLabels'),
	...sourceCreateDescription,
	...sourceCreateLivePluginDescription,
	...sourceCreateWriteKeyDescription,
	...sourceDeleteDescription,
	...sourceDeleteLivePluginCodeDescription,
	...sourceGetDescription,
	...sourceGetAllDescription,
	...sourceGetConnectedDestinationsDescription,
	...sourceGetConnectedWarehousesDescription,
	...sourceGetLivePluginDescription,
	...sourceGetSchemaSettingsDescription,
	...sourceRemoveWriteKeyDescription,
	...sourceLabelsDescription('replaceLabels'),
	...sourceUpdateDescription,
	...sourceUpdateSchemaSettingsDescription,
];
