import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Schema Settings',
	value: 'getSchemaSettings',
	action: 'Get the schema settings of a source',
	description:
		'Get how Protocols treats the events of a source: unplanned events, violations, forwarding',
	routing: segmentRouting({ method: 'GET', path: '/sources/{sourceId}/settings' }),
};

const properties: INodeProperties[] = [
	resourceLocator('sourceId', 'The source whose schema settings to get'),
];

const displayOptions = { show: { resource: ['source'], operation: ['getSchemaSettings'] } };

export const description = updateDisplayOptions(displayOptions, properties);
