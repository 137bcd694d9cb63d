import type { IExecutePaginationFunctions, INodeProperties } from 'n8n-workflow';
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
			'The parts of the configuration to read. Fewer parts take fewer requests: subscriptions, filters, users and groups take one request per record.',
	};
}

/** The parts chosen in "Include", checked. */
export function includedParts(this: IExecutePaginationFunctions): ConfigurationPart[] {
	const value = this.getNodeParameter('parts', [...CONFIGURATION_PARTS]) as unknown;
	return checkedParts(this.getNode(), value, 'Include', 'part');
}
