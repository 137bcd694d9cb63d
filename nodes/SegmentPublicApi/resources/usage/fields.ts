import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';

/**
 * The start of the usage month as Segment wants it (an ISO 8601 date, YYYY-MM-DD): a month
 * (2026-03) is its first day; a date and time keeps the date as written.
 */
export function usagePeriod(value: unknown): string | undefined {
	const text = String(value ?? '').trim();
	const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:$|[T ])/.exec(text);
	if (!match) return undefined;
	const [, year, month, day = '01'] = match;
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	const valid =
		date.getUTCFullYear() === Number(year) &&
		date.getUTCMonth() === Number(month) - 1 &&
		date.getUTCDate() === Number(day);
	return valid ? `${year}-${month}-${day}` : undefined;
}

async function periodQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const value = this.getNodeParameter('period', '') as unknown;
	const period = usagePeriod(value);
	if (!period) {
		throw new NodeOperationError(this.getNode(), 'The field "Period" is not a valid date', {
			description: `Got "${String(value)}"; enter the first day of the usage month, such as 2026-03-01 (or the month, 2026-03).`,
		});
	}
	requestOptions.qs = { ...requestOptions.qs, period };
	return requestOptions;
}

/** The fields of every usage operation: the usage month, and how many days to return. */
export const usageFields: INodeProperties[] = [
	{
		displayName: 'Period',
		name: 'period',
		type: 'string',
		required: true,
		default: '={{ $now.startOf("month").toFormat("yyyy-MM-dd") }}',
		placeholder: 'e.g. 2026-03-01',
		description:
			'The first day of the usage month (YYYY-MM-DD, or YYYY-MM for its first day); by default the current month. The counts are cumulative, one per day of the period.',
		routing: { send: { preSend: [periodQuery] } },
	},
	...returnAllAndLimit(),
];
