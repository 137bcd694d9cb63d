import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { checkedRules, identityOf, rulesField } from './rules';

const show = { resource: ['trackingPlan'], operation: ['removeRules'] };

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

export const trackingPlanRemoveRulesDescription: INodeProperties[] = [
	resourceLocator('trackingPlanId', show, 'The tracking plan whose rules to remove'),
	{
		...rulesField(
			show,
			'The rules to remove, as a JSON array of {type, key, version}; other keys are ignored, so the output of Get Rules works',
		),
		routing: { send: { preSend: [rulesQuery] } },
	},
];
