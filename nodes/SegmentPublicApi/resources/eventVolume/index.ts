import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { simplifyVolumeSeries } from '../../shared/utils';
import { eventVolumeGetDescription } from './get';

export const eventVolumeDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['eventVolume'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get event volume',
				description: 'Get the number of events received over time, one item per series',
				routing: segmentRouting({
					method: 'GET',
					path: '/events/volume',
					root: 'result',
					list: true,
					simplify: simplifyVolumeSeries,
				}),
			},
		],
		default: 'get',
	},
	...eventVolumeGetDescription,
];
