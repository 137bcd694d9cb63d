import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INode,
} from 'n8n-workflow';
import { ruleId, type Rule } from '../../shared/ruleSync';
import { parseJson } from '../../shared/utils';

export const RULE_TYPES = ['COMMON', 'GROUP', 'IDENTIFY', 'PAGE', 'SCREEN', 'TRACK'];

function parsedRulesValue(node: INode, value: unknown, fieldName: string): unknown[] {
	const parsed = parseJson(node, value, fieldName, {
		empty: [],
		example:
			'Enter a JSON array of rules, e.g. [{"type": "TRACK", "key": "Order Completed", "version": 1, "jsonSchema": {}}].',
	});
	const list =
		parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
			? (parsed as IDataObject).rules
			: parsed;
	if (!Array.isArray(list)) {
		throw new NodeOperationError(node, `The field "${fieldName}" is not a list of rules`, {
			description:
				'Enter a JSON array of rules, or an object with a "rules" array such as Get Rules returns.',
		});
	}
	return list;
}

/**
 * The rules of a JSON field, each checked: a known type (any case), a key (required for Track
 * rules) and a version (1 when absent). `keep` names the other keys sent along.
 */
export function checkedRules(
	node: INode,
	value: unknown,
	fieldName: string,
	keep: string[],
): Rule[] {
	const rules = parsedRulesValue(node, value, fieldName).map((entry, index) => {
		const problem = (what: string) =>
			new NodeOperationError(
				node,
				`The field "${fieldName}" has an invalid rule at position ${index + 1}: ${what}`,
				{ description: `Got ${JSON.stringify(entry)}.` },
			);
		if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
			throw problem('it is not an object');
		}
		const rule = entry as IDataObject;
		const type = String(rule.type ?? '').toUpperCase();
		if (!RULE_TYPES.includes(type)) {
			throw problem(`"type" must be one of ${RULE_TYPES.join(', ')}`);
		}
		const key = rule.key === undefined || rule.key === null ? '' : String(rule.key);
		if (type === 'TRACK' && !key.trim())
			throw problem('a TRACK rule needs a "key" (the event name)');
		const version = rule.version === undefined || rule.version === '' ? 1 : Number(rule.version);
		if (!Number.isInteger(version) || version < 1) {
			throw problem('"version" must be a whole number of 1 or more');
		}
		const kept: IDataObject = {};
		for (const name of keep) if (rule[name] !== undefined) kept[name] = rule[name];
		return { type, key, version, ...kept };
	});
	const seen = new Set<string>();
	for (const rule of rules) {
		const id = ruleId(rule);
		if (seen.has(id)) {
			throw new NodeOperationError(
				node,
				`The field "${fieldName}" lists the rule ${rule.type} "${rule.key}" version ${rule.version} twice`,
			);
		}
		seen.add(id);
	}
	return rules;
}

/** Sends the Rules field, checked, in the body as `{ rules: [...] }`. */
export function rulesBody(keep: string[]) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const rules = checkedRules(this.getNode(), this.getNodeParameter('rules', '[]'), 'Rules', keep);
		if (rules.length === 0 && keep.includes('newKey')) {
			throw new NodeOperationError(this.getNode(), 'The field "Rules" is empty', {
				description: 'Enter at least one rule to add or update.',
			});
		}
		requestOptions.body = { ...(requestOptions.body as object), rules };
		return requestOptions;
	};
}
