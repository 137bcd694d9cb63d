import {
	updateDisplayOptions,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { exportConfiguration } from '../../shared/configuration';
import { customRouting } from '../../shared/routing';
import { includedParts, partsField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Export Configuration',
	value: 'exportConfiguration',
	action: 'Export the configuration of the workspace',
	description:
		'Read the whole configuration into one JSON snapshot with a stable order, for a backup or a diff',
	routing: customRouting('GET', '/', async function (policy) {
		const parts = includedParts.call(this);
		const started = Date.now();
		const progress = { requests: 0 };
		const snapshot = await exportConfiguration.call(this, parts, policy, progress);
		this.logger.info(
			`Segment export: done in ${Date.now() - started} ms with ${progress.requests} requests`,
		);
		const item: INodeExecutionData = { json: snapshot };
		if (this.getNodeParameter('attachFile', false) === true) {
			const field = String(this.getNodeParameter('binaryPropertyName', 'data')).trim() || 'data';
			const slug = String(snapshot.workspace.slug ?? snapshot.workspace.id ?? 'workspace');
			item.binary = {
				[field]: await this.helpers.prepareBinaryData(
					Buffer.from(`${JSON.stringify(snapshot, null, 2)}\n`, 'utf8'),
					`segment-${slug}-configuration.json`,
					'application/json',
				),
			};
		}
		return [item];
	}),
};

const properties: INodeProperties[] = [
	partsField(),
	{
		displayName: 'Attach as File',
		name: 'attachFile',
		type: 'boolean',
		default: false,
		description:
			'Whether to add the snapshot as a JSON file (binary data), ready for a Git, S3, Google Drive or Write Files node',
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		displayOptions: { show: { attachFile: [true] } },
	},
];

const displayOptions = { show: { resource: ['workspace'], operation: ['exportConfiguration'] } };

export const description = updateDisplayOptions(displayOptions, properties);
