import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';

describe('Destination Subscription > Delete', () => {
	it("DELETEs the subscription with the v1alpha media type and returns Segment's status", async () => {
		apiWithoutBody(undefined, ALPHA)
			.delete('/destinations/dst1/subscriptions/sub1')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'destinationSubscription',
			operation: 'delete',
			destinationId: { __rl: true, mode: 'list', value: 'dst1', cachedResultName: 'Amplitude' },
			subscriptionId: 'sub1',
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
