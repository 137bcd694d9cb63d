import {
	NodeOperationError,
	type IExecutePaginationFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';
import {
	CONFIGURATION_PARTS,
	exportConfiguration,
	type ConfigurationPart,
} from '../../shared/configuration';
import { customRouting } from '../../shared/routing';
import { partsField } from './fields';

const show = { resource: ['workspace'], operation: ['exportConfiguration'] };

/** The chosen parts, checked: none is an error, and an unknown one names itself. */
export function checkedParts(this: IExecutePaginationFunctions): ConfigurationPart[] {
	const value = this.getNodeParameter('parts', [...CONFIGURATION_PARTS]) as unknown;
	const parts = (Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((part) => String(part).trim())
		.filter(Boolean);
	const unknown = parts.filter(
		(part) => !(CONFIGURATION_PARTS as readonly string[]).includes(part),
	);
	if (parts.length === 0 || unknown.length > 0) {
		throw new NodeOperationError(
			this.getNode(),
			unknown.length > 0
				? `The field "Include" has an unknown part: "${unknown.join('", "')}"`
				: 'The field "Include" is empty',
			{ description: `Choose one or more of: ${CONFIGURATION_PARTS.join(', ')}.` },
		);
	}
	return parts as ConfigurationPart[];
}

export const workspaceExportConfigurationRouting = customRouting(
	'GET',
	'/',
	async function (policy) {
		const parts = checkedParts.call(this);
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
	},
);

export const workspaceExportConfigurationDescription: INodeProperties[] = [
	partsField(show),
	{
		displayName: 'Attach as File',
		name: 'attachFile',
		type: 'boolean',
		default: false,
		description:
			'Whether to add the snapshot as a JSON file (binary data), ready for a Git, S3, Google Drive or Write Files node',
		displayOptions: { show },
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		displayOptions: { show: { ...show, attachFile: [true] } },
	},
];
