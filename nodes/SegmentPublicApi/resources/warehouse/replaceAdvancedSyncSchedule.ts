import {
	NodeOperationError,
	updateDisplayOptions,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Replace Advanced Sync Schedule',
	value: 'replaceAdvancedSyncSchedule',
	action: 'Replace the advanced sync schedule of a warehouse',
	description:
		'Set the hours of the day at which a warehouse syncs, or turn its advanced schedule off. Segment allows 2 requests per minute to this endpoint.',
	routing: segmentRouting({
		method: 'PUT',
		path: '/warehouses/{warehouseId}/advanced-sync-schedule',
	}),
};

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** The chosen hours of day, checked: whole numbers from 0 to 23, each once. */
function checkedHours(this: IExecuteSingleFunctions): Set<number> {
	const raw = this.getNodeParameter('syncHours', []) as unknown;
	const list = Array.isArray(raw)
		? raw
		: String(raw ?? '')
				.split(',')
				.map((entry) => entry.trim())
				.filter(Boolean);
	const hours = new Set<number>();
	for (const entry of list) {
		const hour = typeof entry === 'string' && entry.trim() !== '' ? Number(entry) : entry;
		if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23) {
			throw new NodeOperationError(this.getNode(), 'The field "Sync Hours" has an invalid hour', {
				description: `Got ${JSON.stringify(entry)}; each hour must be a whole number from 0 to 23.`,
			});
		}
		hours.add(hour);
	}
	if (hours.size === 0) {
		throw new NodeOperationError(this.getNode(), 'The field "Sync Hours" is empty', {
			description:
				'Choose at least one hour of the day for the warehouse to sync at, or turn off "Use Advanced Schedule".',
		});
	}
	return hours;
}

/** A time zone of the TZ database, checked against the ones this system knows. */
function checkedTimezone(this: IExecuteSingleFunctions): string {
	const timezone = String(this.getNodeParameter('timezone', '') ?? '').trim();
	let valid = timezone !== '';
	if (valid) {
		try {
			new Intl.DateTimeFormat('en-US', { timeZone: timezone });
		} catch {
			valid = false;
		}
	}
	if (!valid) {
		throw new NodeOperationError(
			this.getNode(),
			`The field "Timezone" is not a known time zone: "${timezone}"`,
			{ description: 'Enter a time zone of the TZ database, such as UTC or America/New_York.' },
		);
	}
	return timezone;
}

/** The whole schedule: every hour of the day, enabled when chosen, so nothing is left to the old one. */
async function scheduleBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const enabled = this.getNodeParameter('scheduleEnabled', true) === true;
	const body: IDataObject = { enabled };
	if (enabled) {
		const hours = checkedHours.call(this);
		body.schedule = {
			times: HOURS.map((hour) => ({ hourOfDay: hour, enabled: hours.has(hour) })),
			timezone: checkedTimezone.call(this),
		};
	}
	requestOptions.body = body;
	return requestOptions;
}

const properties: INodeProperties[] = [
	resourceLocator('warehouseId', 'The warehouse whose sync schedule to replace'),
	{
		displayName: 'Use Advanced Schedule',
		name: 'scheduleEnabled',
		type: 'boolean',
		default: true,
		description:
			"Whether the warehouse syncs only at the hours chosen below; off, Segment syncs it at the warehouse's regular sync frequency",
		routing: { send: { preSend: [scheduleBody] } },
	},
	{
		displayName: 'Sync Hours',
		name: 'syncHours',
		type: 'multiOptions',
		options: HOURS.map((hour) => ({ name: `${String(hour).padStart(2, '0')}:00`, value: hour })),
		required: true,
		default: [],
		description:
			'The hours of the day at which the warehouse syncs, in the time zone below; every other hour is turned off',
		displayOptions: { show: { scheduleEnabled: [true] } },
	},
	{
		displayName: 'Timezone',
		name: 'timezone',
		type: 'string',
		required: true,
		default: 'UTC',
		placeholder: 'e.g. America/New_York',
		description: 'The TZ database time zone of the sync hours',
		displayOptions: { show: { scheduleEnabled: [true] } },
	},
];

const displayOptions = {
	show: { resource: ['warehouse'], operation: ['replaceAdvancedSyncSchedule'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
