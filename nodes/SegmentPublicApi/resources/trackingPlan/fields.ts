import type { INodeProperties } from 'n8n-workflow';

/** The Type of a tracking plan, as Segment names its kinds. */
export function trackingPlanTypeField(description: string): INodeProperties {
	return {
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Engage', value: 'ENGAGE' },
			{ name: 'Live', value: 'LIVE' },
			{ name: 'Property Library', value: 'PROPERTY_LIBRARY' },
			{ name: 'Rule Library', value: 'RULE_LIBRARY' },
			{ name: 'Template', value: 'TEMPLATE' },
		],
		default: 'LIVE',
		description,
	};
}

/** The Rules field of Replace, Update, Remove and Sync Rules. */
export function rulesField(description: string): INodeProperties {
	return {
		displayName: 'Rules',
		name: 'rules',
		type: 'json',
		required: true,
		default: '[]',
		description,
	};
}
