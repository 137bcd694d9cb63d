import { runNode } from '../../harness/node';
import { useSandbox } from '../../harness/sandbox';
import { MAX_CONCURRENT_PER_WORKSPACE } from '../../../nodes/SegmentPublicApi/shared/rateLimit';

describe('a burst of items under a strict rate limit (sandbox over real HTTP)', () => {
	const { sandbox, credentials } = useSandbox({ rateLimit: { points: 10, windowMs: 400 } });

	it('finishes every item with no failure, waiting out the windows instead of failing', async () => {
		const items = Array.from({ length: 40 }, () => ({ json: {} }));
		const started = Date.now();

		const output = await runNode(
			{ resource: 'source', operation: 'getAll', limit: 1, simplify: false },
			{ items, credentials: credentials() },
		);

		const elapsed = Date.now() - started;
		expect(output).toHaveLength(40);
		expect(output.every((item) => typeof item.json.id === 'string')).toBe(true);
		// 40 requests at 10 per 400 ms window need at least 3 more windows after the first.
		expect(elapsed).toBeGreaterThanOrEqual(3 * 400 - 50);
		// 429s happen only for requests already in flight when a window closes.
		expect(sandbox().counters.rateLimited).toBeLessThanOrEqual(4 * MAX_CONCURRENT_PER_WORKSPACE);
		expect(sandbox().counters.byStatus['200']).toBe(40);
	}, 30_000);

	it('paces the items queued before the window ran low, so almost none meets a used-up window', async () => {
		sandbox().setFaults({ rateLimit: { points: 20, windowMs: 2000 } });
		sandbox().resetCounters();
		const items = Array.from({ length: 50 }, () => ({ json: {} }));

		const output = await runNode(
			{ resource: 'source', operation: 'getAll', limit: 1, simplify: false },
			{ items, credentials: credentials() },
		);

		expect(output).toHaveLength(50);
		expect(sandbox().counters.byStatus['200']).toBe(50);
		// Unpaced, most of the 8 requests in flight when each of the 3 windows runs out get a 429
		// (14 measured); paced, 0 to 3 on a quiet machine. The margin is for a loaded one.
		expect(sandbox().counters.rateLimited).toBeLessThanOrEqual(6);
		sandbox().setFaults({ rateLimit: { points: 10, windowMs: 400 } });
	}, 30_000);
});
