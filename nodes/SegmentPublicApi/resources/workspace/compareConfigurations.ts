import {
	updateDisplayOptions,
	type IDataObject,
	type IExecutePaginationFunctions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { compareConfigurations, exportConfiguration } from '../../shared/configuration';
import { customRouting } from '../../shared/routing';
import type { RequestPolicy } from '../../shared/transport';
import { includedParts, partsField, readSnapshot } from './fields';

type Side = 'old' | 'new';

const LABEL: Record<Side, string> = { old: 'Old Configuration', new: 'New Configuration' };

const DEFAULT_SOURCE: Record<Side, string> = { old: 'binary', new: 'export' };

/** One side of the comparison: a JSON value, a binary file of the input item, or an export now. */
async function snapshotOf(
	this: IExecutePaginationFunctions,
	side: Side,
	policy: RequestPolicy,
): Promise<IDataObject> {
	const source = String(this.getNodeParameter(`${side}Source`, DEFAULT_SOURCE[side]));
	if (source === 'export') {
		return await exportConfiguration.call(this, includedParts.call(this), policy);
	}
	return await readSnapshot.call(this, {
		source,
		binaryPropertyName: `${side}BinaryPropertyName`,
		jsonField: `${side}Json`,
		label: LABEL[side],
	});
}

export const option: INodePropertyOptions = {
	name: 'Compare Configurations',
	value: 'compareConfigurations',
	action: 'Compare two configurations of the workspace',
	description:
		'One item per source, destination or other record added, removed or changed between two snapshots, with the changed paths',
	routing: customRouting('GET', '/', async function (policy) {
		const before = await snapshotOf.call(this, 'old', policy);
		const after = await snapshotOf.call(this, 'new', policy);
		return compareConfigurations(before, after).map((difference) => ({
			json: difference as unknown as IDataObject,
		}));
	}),
};

const BINARY_OR_JSON = [
	{ name: 'Binary File', value: 'binary', description: 'A file of the input item' },
	{ name: 'JSON', value: 'json', description: 'A snapshot from an expression' },
];

const SOURCE_FIELDS: INodeProperties[] = [
	{
		displayName: 'Old Configuration From',
		name: 'oldSource',
		type: 'options',
		options: BINARY_OR_JSON,
		default: 'binary',
		description:
			'Where the earlier snapshot comes from, e.g. a backup file read from Git, S3 or disk',
	},
	{
		displayName: 'New Configuration From',
		name: 'newSource',
		type: 'options',
		options: [
			...BINARY_OR_JSON,
			{
				name: 'The Workspace Now',
				value: 'export',
				description: 'Export the workspace now, with the parts chosen in "Include"',
			},
		],
		default: 'export',
		description: 'Where the later snapshot comes from',
	},
];

function sideFields(side: Side): INodeProperties[] {
	return [
		{
			displayName: `${LABEL[side]} Input Field`,
			name: `${side}BinaryPropertyName`,
			type: 'string',
			default: 'data',
			hint: 'The name of the input binary field that holds the snapshot file',
			displayOptions: { show: { [`${side}Source`]: ['binary'] } },
		},
		{
			displayName: LABEL[side],
			name: `${side}Json`,
			type: 'json',
			default: '',
			required: true,
			description: 'The snapshot, as Export Configuration returns it; usually an expression',
			displayOptions: { show: { [`${side}Source`]: ['json'] } },
		},
	];
}

const properties: INodeProperties[] = [
	SOURCE_FIELDS[0],
	...sideFields('old'),
	SOURCE_FIELDS[1],
	...sideFields('new'),
	{ ...partsField(), displayOptions: { show: { newSource: ['export'] } } },
];

const displayOptions = { show: { resource: ['workspace'], operation: ['compareConfigurations'] } };

export const description = updateDisplayOptions(displayOptions, properties);
