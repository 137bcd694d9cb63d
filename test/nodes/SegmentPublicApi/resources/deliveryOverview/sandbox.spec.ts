import type { IDataObject } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { useSandbox } from '../../../../harness/sandbox';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Delivery Overview and delivery health (sandbox over real HTTP)', () => {
	const { sandbox, credentials } = useSandbox();
	let destinations: IDataObject[];

	beforeAll(() => {
		destinations = [...(sandbox().state.destinations as Map<string, IDataObject>).values()];
	});

	const lastDay = () => ({
		granularity: 'DAY',
		startTime: new Date(Date.now() - 86_400_000).toISOString(),
		endTime: new Date(Date.now() - 60_000).toISOString(),
	});

	async function deliveries(destination: IDataObject, operation: string) {
		const items = await runJson(
			{
				resource: 'deliveryOverview',
				operation,
				sourceId: byId(String(destination.sourceId)),
				destinationId: byId(String(destination.id)),
				...lastDay(),
				returnAll: true,
			},
			{ credentials: credentials() },
		);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			sourceId: destination.sourceId,
			destinationId: destination.id,
		});
		const series = items[0].series as Array<{ count: number }>;
		expect(series.reduce((sum, point) => sum + point.count, 0)).toBe(items[0].total);
		return items[0].total as number;
	}

	it('finds the failing webhook: its failure ratio over the last day is far above the healthy destinations', async () => {
		const ratios: Record<string, number> = {};
		for (const destination of destinations.filter((d) => d.enabled)) {
			const delivered = await deliveries(destination, 'getSuccessfulDelivery');
			const failed = await deliveries(destination, 'getFailedDelivery');
			expect(delivered).toBeGreaterThan(0);
			ratios[String(destination.name)] = failed / (delivered + failed);
		}
		const failing = Object.entries(ratios).filter(([, ratio]) => ratio > 0.05);
		expect(failing.map(([name]) => name)).toEqual(['Order Webhook']);
		expect(ratios['Order Webhook']).toBeGreaterThan(0.12);
		expect(Math.max(...Object.values(ratios).filter((ratio) => ratio < 0.05))).toBeLessThan(0.02);
	}, 20_000);

	it('groups failed deliveries by discard reason, and the Delivery Metrics summary of the same destination agrees on successes', async () => {
		const webhook = destinations.find((d) => d.name === 'Order Webhook') as IDataObject;
		const times = lastDay();
		const byReason = await runJson(
			{
				resource: 'deliveryOverview',
				operation: 'getFailedDelivery',
				sourceId: byId(String(webhook.sourceId)),
				destinationId: byId(String(webhook.id)),
				...times,
				groupBy: ['discardReason'],
				returnAll: true,
			},
			{ credentials: credentials() },
		);
		expect(byReason.map((item) => item.discardReason).sort()).toEqual([
			'integrations.server_error',
			'integrations.timeout',
		]);

		const delivered = await runJson(
			{
				resource: 'deliveryOverview',
				operation: 'getSuccessfulDelivery',
				sourceId: byId(String(webhook.sourceId)),
				destinationId: byId(String(webhook.id)),
				...times,
				granularity: 'HOUR',
				returnAll: true,
			},
			{ credentials: credentials() },
		);
		const [metrics] = await runJson(
			{
				resource: 'destination',
				operation: 'getDeliveryMetrics',
				destinationId: byId(String(webhook.id)),
				sourceId: byId(String(webhook.sourceId)),
				...times,
				granularity: 'HOUR',
			},
			{ credentials: credentials() },
		);
		expect(metrics).toMatchObject({ sourceId: webhook.sourceId, successes: delivered[0].total });
		expect(metrics.successes_after_retry).toBe(delivered[0].totalRetryCount);
	}, 20_000);

	it("fails with Segment's message for a destination that is not connected to the source", async () => {
		const first = destinations[0];
		const other = destinations.find((d) => d.sourceId !== first.sourceId) as IDataObject;
		await expect(
			runJson(
				{
					resource: 'deliveryOverview',
					operation: 'getFailedDelivery',
					sourceId: byId(String(first.sourceId)),
					destinationId: byId(String(other.id)),
					...lastDay(),
				},
				{ credentials: credentials() },
			),
		).rejects.toThrow('Destination not found: it is not connected to this source');
	});

	it('lists the daily API calls of the month per source, matching the workspace total', async () => {
		const period = new Date().toISOString().slice(0, 8) + '01';
		const perSource = await runJson(
			{ resource: 'usage', operation: 'getDailyApiCallsPerSource', period, returnAll: true },
			{ credentials: credentials() },
		);
		const workspace = await runJson(
			{ resource: 'usage', operation: 'getDailyApiCalls', period, returnAll: true },
			{ credentials: credentials() },
		);
		expect(workspace.length).toBeGreaterThan(0);
		expect(perSource).toHaveLength(
			workspace.length * (sandbox().state.sources as Map<string, unknown>).size,
		);
		const last = workspace[workspace.length - 1];
		const sum = perSource
			.filter((item) => item.timestamp === last.timestamp)
			.reduce((total, item) => total + Number(item.apiCalls), 0);
		expect(Number(last.apiCalls)).toBe(sum);
		expect(sum).toBeGreaterThan(0);
	}, 20_000);
});
