import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { resolveId } from '../../shared/routing';

const show = { resource: ['trackingPlan'], operation: ['removeSource'] };

async function sourceIdQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	requestOptions.qs = { ...requestOptions.qs, sourceId: await resolveId.call(this, 'sourceId') };
	return requestOptions;
}

export const trackingPlanRemoveSourceDescription: INodeProperties[] = [
	resourceLocator('trackingPlanId', show, 'The tracking plan to disconnect the source from'),
	{
		...resourceLocator('sourceId', show, 'The source to disconnect'),
		routing: { send: { preSend: [sourceIdQuery] } },
	},
];
