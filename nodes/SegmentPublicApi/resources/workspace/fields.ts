import type { INodeProperties } from 'n8n-workflow';
import { CONFIGURATION_PARTS, PART_OPTIONS } from '../../shared/configuration';
import type { DisplayShow } from '../../shared/descriptions';

/** Which parts of the configuration an export reads. */
export function partsField(show: DisplayShow): INodeProperties {
	return {
		displayName: 'Include',
		name: 'parts',
		type: 'multiOptions',
		options: PART_OPTIONS,
		default: [...CONFIGURATION_PARTS],
		description:
			'The parts of the configuration to read. Fewer parts take fewer requests: subscriptions, filters, users and groups take one request per record.',
		displayOptions: { show },
	};
}
