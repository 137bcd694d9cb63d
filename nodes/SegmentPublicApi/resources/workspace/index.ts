import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import {
	workspaceCompareConfigurationsDescription,
	workspaceCompareConfigurationsRouting,
} from './compareConfigurations';
import {
	workspaceExportConfigurationDescription,
	workspaceExportConfigurationRouting,
} from './exportConfiguration';
import {
	workspaceTestConnectionDescription,
	workspaceTestConnectionRouting,
} from './testConnection';

export const workspaceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['workspace'] } },
		options: [
			{
				name: 'Compare Configurations',
				value: 'compareConfigurations',
				action: 'Compare two configurations of the workspace',
				description:
					'One item per source, destination or other record added, removed or changed between two snapshots, with the changed paths',
				routing: workspaceCompareConfigurationsRouting,
			},
			{
				name: 'Export Configuration',
				value: 'exportConfiguration',
				action: 'Export the configuration of the workspace',
				description:
					'Read the whole configuration into one JSON snapshot with a stable order, for a backup or a diff',
				routing: workspaceExportConfigurationRouting,
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get the workspace',
				description: 'Get the ID, name and slug of the workspace of the credential',
				routing: segmentRouting({ method: 'GET', path: '/', root: 'workspace' }),
			},
			{
				name: 'Test Connection',
				value: 'testConnection',
				action: 'Test the connection',
				description:
					"Send a message to Segment's echo endpoint and get it back: checks the token and the address, and can simulate delays and errors",
				routing: workspaceTestConnectionRouting,
			},
		],
		default: 'exportConfiguration',
	},
	...workspaceCompareConfigurationsDescription,
	...workspaceExportConfigurationDescription,
	...workspaceTestConnectionDescription,
];
