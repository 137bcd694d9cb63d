import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INode,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { listInputField } from '../../shared/descriptions';
import { parseJson } from '../../shared/utils';

export const CHANNELS: INodePropertyOptions[] = [
	{ name: 'Android Push', value: 'ANDROID_PUSH' },
	{ name: 'Email', value: 'EMAIL' },
	{ name: 'iOS Push', value: 'IOS_PUSH' },
	{ name: 'SMS', value: 'SMS' },
	{ name: 'WhatsApp', value: 'WHATSAPP' },
];

export const STATUSES: INodePropertyOptions[] = [
	{
		name: 'Did Not Subscribe',
		value: 'DID_NOT_SUBSCRIBE',
		description: 'Neither subscribed nor unsubscribed (the initial status)',
	},
	{ name: 'Subscribed', value: 'SUBSCRIBED' },
	{ name: 'Unsubscribed', value: 'UNSUBSCRIBED' },
];

const CHANNEL_VALUES = CHANNELS.map((option) => String(option.value));
const STATUS_VALUES = STATUSES.map((option) => String(option.value));

export type SubscriptionsKind = 'replace' | 'query';

interface KindFields {
	/** The fixedCollection of the "Using Fields Below" input, and its entry's name. */
	collection: string;
	entry: string;
	collectionLabel: string;
	/** The JSON field of the "Using JSON" input. */
	json: string;
	jsonLabel: string;
}

const FIELDS: Record<SubscriptionsKind, KindFields> = {
	replace: {
		collection: 'subscriptions',
		entry: 'subscription',
		collectionLabel: 'Subscriptions',
		json: 'subscriptionsJson',
		jsonLabel: 'Subscriptions (JSON)',
	},
	query: {
		collection: 'lookups',
		entry: 'lookup',
		collectionLabel: 'Subscriptions to Look Up',
		json: 'lookupsJson',
		jsonLabel: 'Subscriptions to Look Up (JSON)',
	},
};

function oneOf(allowed: string[]): string {
	return allowed.join(', ');
}

/**
 * One subscription as Segment takes it, checked: a key, a channel and (to replace) a status and
 * group statuses. `where` names the entry in the error, e.g. `"Subscriptions (JSON)" entry 2`.
 */
function checkedSubscription(
	node: INode,
	entry: unknown,
	kind: SubscriptionsKind,
	where: string,
): IDataObject {
	const fail = (problem: string, description?: string) =>
		new NodeOperationError(node, `${where} ${problem}`, description ? { description } : {});
	if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
		throw fail(
			'is not an object',
			'Each subscription is an object such as {"key": "ada@example.com", "type": "EMAIL"}.',
		);
	}
	const record = entry as IDataObject;
	const key = typeof record.key === 'string' ? record.key.trim() : '';
	if (!key) {
		throw fail('has no key', 'Enter the email address or phone number the subscription is for.');
	}
	const type = record.type;
	if (typeof type !== 'string' || !CHANNEL_VALUES.includes(type)) {
		throw fail(
			`has an unknown channel: ${JSON.stringify(type) ?? 'none'}`,
			`The channel ("type") must be one of ${oneOf(CHANNEL_VALUES)}.`,
		);
	}
	const subscription: IDataObject = { key, type };
	if (kind === 'query') return subscription;
	if (record.status !== undefined && record.status !== '') {
		if (typeof record.status !== 'string' || !STATUS_VALUES.includes(record.status)) {
			throw fail(
				`has an unknown status: ${JSON.stringify(record.status)}`,
				`The status must be one of ${oneOf(STATUS_VALUES)}.`,
			);
		}
		subscription.status = record.status;
	}
	const groups = checkedGroups(node, record.groups, where);
	if (groups.length > 0) subscription.groups = groups;
	return subscription;
}

/** The group statuses of one subscription: a JSON array (or an array from JSON input) of {name, status}. */
function checkedGroups(node: INode, value: unknown, where: string): IDataObject[] {
	const parsed = parseJson(node, value ?? [], `${where} groups`, { empty: [] });
	const fail = (problem: string) =>
		new NodeOperationError(node, `${where} has invalid groups: ${problem}`, {
			description:
				'Enter the groups as a JSON array such as [{"name": "Newsletter", "status": "SUBSCRIBED"}].',
		});
	if (!Array.isArray(parsed)) throw fail('they are not a JSON array');
	return parsed.map((group: unknown, index) => {
		const record = (group ?? {}) as IDataObject;
		const name = typeof record.name === 'string' ? record.name.trim() : '';
		if (!name) throw fail(`group ${index + 1} has no name`);
		if (typeof record.status !== 'string' || !STATUS_VALUES.includes(record.status)) {
			throw fail(
				`the status of "${name}" must be one of ${oneOf(STATUS_VALUES)}, got ${JSON.stringify(record.status) ?? 'none'}`,
			);
		}
		return { name, status: record.status };
	});
}

/** The subscriptions of the chosen input (fields or JSON), checked, as the body's `subscriptions`. */
export function subscriptionsBody(kind: SubscriptionsKind) {
	const fields = FIELDS[kind];
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const node = this.getNode();
		const input = this.getNodeParameter('subscriptionsInput', 'fields') as string;
		let subscriptions: IDataObject[];
		let label: string;
		if (input === 'json') {
			label = fields.jsonLabel;
			const parsed = parseJson(node, this.getNodeParameter(fields.json, '[]'), label, {
				empty: [],
			});
			if (!Array.isArray(parsed)) {
				throw new NodeOperationError(node, `The field "${label}" must be a JSON array`, {
					description:
						'Enter e.g. [{"key": "ada@example.com", "type": "EMAIL", "status": "SUBSCRIBED"}].',
				});
			}
			subscriptions = parsed.map((entry: unknown, index) =>
				checkedSubscription(node, entry, kind, `The field "${label}" entry ${index + 1}`),
			);
		} else {
			label = fields.collectionLabel;
			const entries = this.getNodeParameter(
				`${fields.collection}.${fields.entry}`,
				[],
			) as IDataObject[];
			subscriptions = entries.map((entry, index) =>
				checkedSubscription(node, entry, kind, `The field "${label}" entry ${index + 1}`),
			);
		}
		if (subscriptions.length === 0) {
			throw new NodeOperationError(node, `The field "${label}" is empty`, {
				description:
					'Add at least one subscription (an email address or phone number and its channel).',
			});
		}
		requestOptions.body = { ...(requestOptions.body as IDataObject), subscriptions };
		return requestOptions;
	};
}

/** The fields that enter the subscriptions of Replace or Query Messaging Subscriptions. */
export function subscriptionsFields(kind: SubscriptionsKind): INodeProperties[] {
	const fields = FIELDS[kind];
	const keyField: INodeProperties = {
		displayName: 'Key',
		name: 'key',
		type: 'string',
		default: '',
		placeholder: 'e.g. ada@example.com',
		description: 'The email address, or the phone number in E.164 format (e.g. +14155550100)',
	};
	const channelField: INodeProperties = {
		displayName: 'Channel',
		name: 'type',
		type: 'options',
		options: CHANNELS,
		default: 'EMAIL',
		description: 'The messaging channel of the subscription',
	};
	const replaceValues: INodeProperties[] = [
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: STATUSES,
			default: 'SUBSCRIBED',
			description: 'The global subscription status on this channel',
		},
		{
			displayName: 'Groups (JSON)',
			name: 'groups',
			type: 'json',
			default: '[]',
			description:
				'Subscription statuses per subscription group, e.g. [{"name": "Newsletter", "status": "UNSUBSCRIBED"}]. Leave [] to change no group.',
		},
	];
	const jsonExample =
		kind === 'replace'
			? '[{"key": "ada@example.com", "type": "EMAIL", "status": "SUBSCRIBED", "groups": [{"name": "Newsletter", "status": "SUBSCRIBED"}]}]'
			: '[{"key": "ada@example.com", "type": "EMAIL"}, {"key": "+14155550100", "type": "SMS"}]';
	return [
		listInputField({
			displayName: 'Subscriptions Input',
			name: 'subscriptionsInput',
			description: 'How to enter the subscriptions',
			preSend: subscriptionsBody(kind),
		}),
		{
			displayName: fields.collectionLabel,
			name: fields.collection,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Subscription',
			default: {},
			displayOptions: { show: { subscriptionsInput: ['fields'] } },
			options: [
				{
					displayName: 'Subscription',
					name: fields.entry,
					values:
						kind === 'replace'
							? [channelField, keyField, ...replaceValues]
							: [channelField, keyField],
				},
			],
		},
		{
			displayName: fields.jsonLabel,
			name: fields.json,
			type: 'json',
			default: '[]',
			description: `The subscriptions as a JSON array, e.g. <code>${jsonExample}</code>`,
			displayOptions: { show: { subscriptionsInput: ['json'] } },
		},
	];
}
