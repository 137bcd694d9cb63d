import {
	updateDisplayOptions,
	type IDataObject,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { customRouting } from '../../shared/routing';
import { MAX_PAGE_SIZE, segmentApiRequest } from '../../shared/transport';
import { simplifySource, simplifyWarehouse } from '../../shared/utils';
import { credentialIdField } from './fields';

/** The two lists of the answer, each with its own pagination parameter. */
const LISTS = [
	{
		root: 'warehouses',
		query: 'warehousesPagination',
		type: 'warehouse',
		simplify: simplifyWarehouse,
	},
	{ root: 'sources', query: 'sourcesPagination', type: 'source', simplify: simplifySource },
] as const;

interface ListState {
	records: IDataObject[];
	cursor?: string;
	done: boolean;
	seen: Set<string>;
}

function nextCursor(data: IDataObject, key: string): string | undefined {
	const next = (data[key] as IDataObject | undefined)?.next;
	return typeof next === 'string' && next ? next : undefined;
}

/**
 * Pages through the warehouses and the sources together, each by its own cursor; a list already
 * read to its end is asked for one record, which is not used. Warehouses come first in the output.
 */
const listConsumers = customRouting(
	'GET',
	'/credentials/{credentialId}/consumers',
	async function (policy, _requestData, tools) {
		const path = await tools.path();
		const limit = tools.limit();
		const simplifyOn = this.getNodeParameter('simplify', false) as boolean;
		const states: ListState[] = LISTS.map(() => ({ records: [], done: false, seen: new Set() }));
		const total = () => states.reduce((sum, state) => sum + state.records.length, 0);

		while (total() < limit && states.some((state) => !state.done)) {
			const count = Math.min(MAX_PAGE_SIZE, limit - total());
			const qs: IDataObject = {};
			LISTS.forEach((list, index) => {
				const state = states[index];
				qs[`${list.query}[count]`] = state.done ? 1 : count;
				if (!state.done && state.cursor) qs[`${list.query}[cursor]`] = state.cursor;
			});
			const data = await segmentApiRequest.call(this, { method: 'GET', path, qs, ...policy });
			LISTS.forEach((list, index) => {
				const state = states[index];
				if (state.done) return;
				const records = data[list.root];
				if (Array.isArray(records)) state.records.push(...(records as IDataObject[]));
				const next = nextCursor(data, list.query);
				// A cursor seen before would loop forever.
				if (!next || state.seen.has(next)) state.done = true;
				else {
					state.seen.add(next);
					state.cursor = next;
				}
			});
		}

		const items = LISTS.flatMap((list, index) =>
			states[index].records.map(
				(record): INodeExecutionData => ({
					json: { consumerType: list.type, ...(simplifyOn ? list.simplify(record) : record) },
				}),
			),
		);
		return items.length > limit ? items.slice(0, limit) : items;
	},
);

export const option: INodePropertyOptions = {
	name: 'Get Consumers',
	value: 'getConsumers',
	action: 'Get the consumers of a warehouse credential',
	description:
		'List the warehouses and sources that use a credential, one item each, warehouses first',
	routing: listConsumers,
};

const properties: INodeProperties[] = [
	credentialIdField('The credential whose warehouses and sources to list'),
	...returnAllAndLimit(),
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return only the ID, name, enabled state and type of each warehouse and source instead of the raw data',
	},
];

const displayOptions = { show: { resource: ['warehouseCredential'], operation: ['getConsumers'] } };

export const description = updateDisplayOptions(displayOptions, properties);
