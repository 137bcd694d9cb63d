import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
import { ALPHA, schema, SPACE } from './fixtures';

const eventProperty = (name: string) => ({
	name,
	type: 'PROPERTY',
	eventName: 'Order Completed',
	lastSeenAt: '2026-01-01T00:00:00Z',
	samples: ['a', 'b'],
});

describe('Engage: Space Schema > Get Event Properties', () => {
	const getProperties = {
		...schema,
		operation: 'getEventProperties',
		eventName: 'Order Completed',
	};

	it('URL-encodes the event name and sends the sample options', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/events/Order%20Completed/properties`)
			.query({
				'pagination[count]': '50',
				includeSampleValues: 'true',
				samplesCount: '5',
				sortBy: 'lastSeenAt',
				sortDir: 'desc',
			})
			.reply(200, page('eventProperties', [eventProperty('order_id'), eventProperty('revenue')]));

		const items = await runJson({
			...getProperties,
			listOptions: {
				includeSampleValues: true,
				samplesCount: 5,
				sortBy: 'lastSeenAt',
				sortDir: 'desc',
			},
		});

		expect(items).toEqual([eventProperty('order_id'), eventProperty('revenue')]);
	});

	it('encodes a slash and a question mark in the event name into the one path segment', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/events/Viewed%20%2Fpricing%3F/properties`)
			.query({ 'pagination[count]': '50' })
			.reply(200, page('eventProperties', []));

		expect(await runJson({ ...getProperties, eventName: 'Viewed /pricing?' })).toEqual([]);
	});

	it('refuses an empty event name before sending', async () => {
		await expect(runJson({ ...getProperties, eventName: '   ' })).rejects.toThrow(
			/The field "(Event Name|eventName)" is empty/,
		);
	});
});
