import nock from 'nock';
import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { byId, plan } from './fixtures';

describe('Tracking Plan > Get', () => {
	it('gets a plan, the ID URL-encoded into the path', async () => {
		apiWithoutBody()
			.get('/tracking-plans/tp%2F1')
			.reply(200, { data: { trackingPlan: plan } });

		expect(
			await runJson({ resource: 'trackingPlan', operation: 'get', trackingPlanId: byId('tp/1') }),
		).toEqual([plan]);
	});

	it('takes the plan ID out of a Segment app URL', async () => {
		apiWithoutBody()
			.get('/tracking-plans/tp_9')
			.reply(200, { data: { trackingPlan: plan } });

		await runJson({
			resource: 'trackingPlan',
			operation: 'get',
			trackingPlanId: {
				__rl: true,
				mode: 'url',
				value: 'https://app.segment.com/acme/protocols/tracking-plans/tp_9/rules',
			},
		});
		expect(nock.pendingMocks()).toEqual([]);
	});
});
