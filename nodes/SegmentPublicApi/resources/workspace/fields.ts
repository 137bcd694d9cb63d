import {
	NodeOperationError,
	type IDataObject,
	type IExecutePaginationFunctions,
	type INodeProperties,
} from 'n8n-workflow';
import { parseJson } from '../../shared/utils';
import {
	checkedParts,
	CONFIGURATION_PARTS,
	PART_OPTIONS,
	type ConfigurationPart,
} from '../../shared/configuration';

/** Which parts of the configuration an export reads. */
export function partsField(): INodeProperties {
	return {
		displayName: 'Include',
		name: 'parts',
		type: 'multiOptions',
		options: PART_OPTIONS,
		default: [...CONFIGURATION_PARTS],
		description:
			'The parts of the configuration to read. Fewer parts take fewer requests: subscriptions, filters, functions, users and groups take one request per record.',
	};
}

/** The parts chosen in "Include", checked. */
export function includedParts(this: IExecutePaginationFunctions): ConfigurationPart[] {
	const value = this.getNodeParameter('parts', [...CONFIGURATION_PARTS]) as unknown;
	return checkedParts(this.getNode(), value, 'Include', 'part');
}

function parsedSnapshot(this: IExecutePaginationFunctions, value: unknown, field: string) {
	const parsed = parseJson(this.getNode(), value, field, {
		empty: undefined,
		example: 'Give a snapshot from Workspace > Export Configuration.',
	});
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw new NodeOperationError(this.getNode(), `The field "${field}" is not a snapshot`, {
			description:
				'Give the JSON object that Workspace > Export Configuration returns (or its file).',
		});
	}
	return parsed as IDataObject;
}

/**
 * A snapshot given to an operation: a file of the input item (`source` "binary", its field named
 * by the parameter `binaryPropertyName`) or a JSON value (the parameter `jsonField`), checked and
 * parsed; errors name the field as `label` calls it.
 */
export async function readSnapshot(
	this: IExecutePaginationFunctions,
	fields: { source: string; binaryPropertyName: string; jsonField: string; label: string },
): Promise<IDataObject> {
	if (fields.source === 'binary') {
		const field = String(this.getNodeParameter(fields.binaryPropertyName, 'data')).trim();
		const label = `${fields.label} Input Field`;
		if (!this.getInputData().binary?.[field]) {
			throw new NodeOperationError(
				this.getNode(),
				`The field "${label}" names no file of the input item: "${field}"`,
				{
					description: `The input item's files are: ${Object.keys(this.getInputData().binary ?? {}).join(', ') || 'none'}.`,
				},
			);
		}
		const buffer = await this.helpers.getBinaryDataBuffer(field);
		return parsedSnapshot.call(this, buffer.toString('utf8'), label);
	}
	return parsedSnapshot.call(this, this.getNodeParameter(fields.jsonField, ''), fields.label);
}
