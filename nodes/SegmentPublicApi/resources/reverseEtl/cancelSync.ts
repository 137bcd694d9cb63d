import {
	NodeOperationError,
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { customRouting } from '../../shared/routing';
import { syncIdField } from './fields';
import { MODELS, request, syncIdsOf, syncPath } from './syncs';

/** Cancel Sync: Segment answers 200 with an error code when the sync had already ended. */
const cancelSyncRouting = customRouting(
	'POST',
	`${MODELS}/{reverseEtlModelId}/syncs/{syncId}/cancel`,
	async function (policy) {
		const { modelId, syncId } = await syncIdsOf.call(this);
		const reasonForCanceling = Number(this.getNodeParameter('reasonForCanceling', 4));
		const data = await request.call(this, policy, 'POST', `${syncPath(modelId, syncId)}/cancel`, {
			body: { reasonForCanceling },
		});
		if (data.errorCode) {
			throw new NodeOperationError(
				this.getNode(),
				`Segment did not cancel sync ${syncId}: ${String(data.errorMessage ?? data.errorCode)} (${String(data.errorCode)})`,
				{
					description:
						'The sync had already finished or been canceled. Check it with "Get Sync Status".',
				},
			);
		}
		return [{ json: data }];
	},
);

export const option: INodePropertyOptions = {
	name: 'Cancel Sync',
	value: 'cancelSync',
	action: 'Cancel a reverse ETL sync',
	description: 'Cancel a running sync; Segment may take a few seconds to stop it',
	routing: cancelSyncRouting,
};

const properties: INodeProperties[] = [
	resourceLocator('reverseEtlModelId', 'The model the sync belongs to'),
	syncIdField('The ID of the running sync to cancel'),
	{
		displayName: 'Reason',
		name: 'reasonForCanceling',
		type: 'options',
		options: [
			{ name: 'Incorrect Destination', value: 1 },
			{ name: 'Incorrect Keys', value: 2 },
			{ name: 'Incorrect Mapping', value: 3 },
			{ name: 'Incorrect Model', value: 0 },
			{ name: 'Other', value: 4 },
		],
		default: 4,
		description: 'Why the sync is canceled, as Segment records it',
	},
];

const displayOptions = { show: { resource: ['reverseEtl'], operation: ['cancelSync'] } };

export const description = updateDisplayOptions(displayOptions, properties);
