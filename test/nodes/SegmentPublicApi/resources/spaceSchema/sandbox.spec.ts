import type { IDataObject } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { useSandbox } from '../../../../harness/sandbox';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Engage: Space Schema (sandbox over real HTTP)', () => {
	const { credentials } = useSandbox();

	const run = (parameters: IDataObject) =>
		runJson(
			{ resource: 'spaceSchema', spaceId: byId('spa_sandboxProduction01'), ...parameters } as never,
			{ credentials: credentials() },
		);

	it('lists the events by name, page after page', async () => {
		const events = await run({
			operation: 'getEvents',
			returnAll: true,
			listOptions: { sortBy: 'name', sortDir: 'asc' },
		});

		expect(events.map((event) => `${event.type} ${event.name}`)).toEqual([
			'PAGE Home',
			'IDENTIFY Identify',
			'TRACK Order Completed',
			'TRACK Product Viewed',
			'TRACK Signed Up',
		]);
	});

	it('lists the properties of an event whose name has a space, with samples', async () => {
		const properties = await run({
			operation: 'getEventProperties',
			eventName: 'Order Completed',
			limit: 2,
			listOptions: { includeSampleValues: true, samplesCount: 1, sortBy: 'name', sortDir: 'asc' },
		});

		expect(properties).toEqual([
			expect.objectContaining({
				name: 'campaign.source',
				type: 'CONTEXT',
				samples: ['newsletter'],
			}),
			expect.objectContaining({ name: 'currency', type: 'PROPERTY', samples: ['USD'] }),
		]);
	});

	it('gets the sample values of a trait and of an entity property', async () => {
		expect(await run({ operation: 'getTraitSamples', traitKey: 'first_name' })).toEqual([
			{ sampleValues: ['Ada', 'Grace', 'Linus'] },
		]);
		expect(
			await run({
				operation: 'getEntityPropertySamples',
				entitySlug: 'subscriptions',
				propertyName: 'status',
			}),
		).toEqual([{ sampleValues: ['active', 'canceled'] }]);
	});

	it('answers 404 for an event the space has not seen', async () => {
		await expect(run({ operation: 'getEventProperties', eventName: 'Never Seen' })).rejects.toThrow(
			'Event not found',
		);
	});
});
