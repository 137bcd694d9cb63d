import {
	updateDisplayOptions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { resolveId, segmentRouting } from '../../shared/routing';

async function sourceIdQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	requestOptions.qs = { ...requestOptions.qs, sourceId: await resolveId.call(this, 'sourceId') };
	return requestOptions;
}

export const option: INodePropertyOptions = {
	name: 'Remove Source',
	value: 'removeSource',
	action: 'Disconnect a source from a tracking plan',
	routing: segmentRouting({ method: 'DELETE', path: '/tracking-plans/{trackingPlanId}/sources' }),
};

const properties: INodeProperties[] = [
	resourceLocator('trackingPlanId', 'The tracking plan to disconnect the source from'),
	{
		...resourceLocator('sourceId', 'The source to disconnect'),
		routing: { send: { preSend: [sourceIdQuery] } },
	},
];

const displayOptions = { show: { resource: ['trackingPlan'], operation: ['removeSource'] } };

export const description = updateDisplayOptions(displayOptions, properties);
