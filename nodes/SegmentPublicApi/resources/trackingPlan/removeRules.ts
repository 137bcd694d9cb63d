import {
	NodeOperationError,
	updateDisplayOptions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { rulesField } from './fields';
import { checkedRules } from './rules';
import { identityOf } from '../../shared/ruleSync';

/** Sends the rules to remove in the query, as Segment expects: `rules[0][type]=TRACK&...`. */
async function rulesQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const rules = checkedRules(this.getNode(), this.getNodeParameter('rules', '[]'), 'Rules', []);
	if (rules.length === 0) {
		throw new NodeOperationError(this.getNode(), 'The field "Rules" is empty', {
			description: 'Enter at least one rule to remove.',
		});
	}
	requestOptions.qs = { ...requestOptions.qs, rules: rules.map(identityOf) };
	return requestOptions;
}

export const option: INodePropertyOptions = {
	name: 'Remove Rules',
	value: 'removeRules',
	action: 'Remove rules from a tracking plan',
	routing: segmentRouting({ method: 'DELETE', path: '/tracking-plans/{trackingPlanId}/rules' }),
};

const properties: INodeProperties[] = [
	resourceLocator('trackingPlanId', 'The tracking plan whose rules to remove'),
	{
		...rulesField(
			'The rules to remove, as a JSON array of {type, key, version}; other keys are ignored, so the output of Get Rules works',
		),
		routing: { send: { preSend: [rulesQuery] } },
	},
];

const displayOptions = { show: { resource: ['trackingPlan'], operation: ['removeRules'] } };

export const description = updateDisplayOptions(displayOptions, properties);
