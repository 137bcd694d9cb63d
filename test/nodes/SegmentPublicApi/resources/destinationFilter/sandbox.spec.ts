import type { IDataObject } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { useSandbox } from '../../../../harness/sandbox';
import { byId } from './fixtures';

describe('Destination Filter (sandbox over real HTTP)', () => {
	const { sandbox, credentials } = useSandbox();
	const run = async (parameters: IDataObject) =>
		await runJson({ resource: 'destinationFilter', ...parameters }, { credentials: credentials() });
	/** The seeded destination that has filters. */
	const amplitudeWeb = () =>
		[...(sandbox().state.destinations as Map<string, IDataObject>).values()].find(
			(destination) => destination.name === 'Amplitude (web)',
		) as IDataObject;

	it("creates a filter with the destination's own source, then lists it with the seeded ones", async () => {
		const destination = amplitudeWeb();
		const seeded = await run({
			operation: 'getAll',
			destinationId: byId(String(destination.id)),
			returnAll: true,
		});
		expect(seeded.length).toBeGreaterThan(0);

		const [created] = await run({
			operation: 'create',
			destinationId: byId(String(destination.id)),
			sourceId: { __rl: true, mode: 'list', value: '' },
			title: 'Drop test events',
			if: 'properties.test = true',
			actions: { action: [{ type: 'DROP' }] },
		});
		expect(created).toMatchObject({
			sourceId: destination.sourceId,
			destinationId: destination.id,
			title: 'Drop test events',
			if: 'properties.test = true',
			actions: [{ type: 'DROP' }],
			enabled: true,
		});

		const listed = await run({
			operation: 'getAll',
			destinationId: byId(String(destination.id)),
			limit: 100,
		});
		expect(listed.map((filter) => filter.id)).toEqual([
			...seeded.map((filter) => filter.id),
			created.id,
		]);
	});

	it('previews property and sampling actions on a payload', async () => {
		const payload = {
			type: 'track',
			event: 'Order Completed',
			userId: 'u1',
			properties: { email: 'a@example.com', total: 5 },
		};
		const [trimmed] = await run({
			operation: 'preview',
			if: 'event = "Order Completed"',
			actions: { action: [{ type: 'DROP_PROPERTIES', properties: 'properties.email' }] },
			payload: JSON.stringify(payload),
		});
		expect(trimmed).toEqual({
			inputPayload: payload,
			result: { ...payload, properties: { total: 5 } },
		});

		const [dropped] = await run({
			operation: 'preview',
			if: 'all',
			actions: { action: [{ type: 'SAMPLE', percentage: 0 }] },
			payload,
		});
		expect(dropped).toEqual({ inputPayload: payload, result: null });
	});
});
