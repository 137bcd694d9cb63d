import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { splitList } from '../../shared/utils';

/** Sends the Labels field as `{ labels: [{ key, value }] }`; each entry is "key:value". */
async function labelsBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const node = this.getNode();
	const entries = splitList(this.getNodeParameter('labels', []));
	if (entries.length === 0) {
		throw new NodeOperationError(node, 'The field "Labels" is empty', {
			description: 'Pick at least one label, or enter them as key:value, separated by commas.',
		});
	}
	const labels = entries.map((entry) => {
		const colon = entry.indexOf(':');
		const key = colon > 0 ? entry.slice(0, colon).trim() : '';
		const value = colon > 0 ? entry.slice(colon + 1).trim() : '';
		if (!key || !value) {
			throw new NodeOperationError(
				node,
				`The field "Labels" has an entry that is not key:value: "${entry}"`,
				{
					description:
						'Write each label as its key and value separated by a colon, e.g. environment:prod.',
				},
			);
		}
		return { key, value };
	});
	requestOptions.body = { ...(requestOptions.body as object), labels };
	return requestOptions;
}

/** The Labels field of Add Labels and Replace Labels. */
export const labelsField: INodeProperties = {
	displayName: 'Label Names or IDs',
	name: 'labels',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getLabels' },
	required: true,
	default: [],
	description:
		'The labels to add (Add Labels) or the only ones to keep (Replace Labels); the ID of a label is key:value, e.g. environment:prod. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	routing: { send: { preSend: [labelsBody] } },
};
