import {
	NodeOperationError,
	type IExecutePaginationFunctions,
	type INodeProperties,
} from 'n8n-workflow';
import {
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
			'The parts of the configuration to read. Fewer parts take fewer requests: subscriptions, filters, users and groups take one request per record.',
	};
}

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
