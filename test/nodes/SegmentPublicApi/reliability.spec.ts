import nock from 'nock';
import { runJson, runNode } from '../../harness/node';
import { apiWithoutBody, page, source } from '../../harness/segment';

const getSource = (options = {}) => ({
	resource: 'source',
	operation: 'get',
	sourceId: { __rl: true, mode: 'id', value: 'src1' },
	simplify: false,
	options,
});
const tooMany = (msBeforeNext: number) => ({
	errors: [
		{
			type: 'RequestError',
			message: 'Too many requests',
			data: { remainingPoints: 0, msBeforeNext, consumedPoints: 21 },
		},
	],
});

describe('rate limits and retries', () => {
	it('waits out a 429 for msBeforeNext, then retries and succeeds', async () => {
		apiWithoutBody()
			.get('/sources/src1')
			.reply(429, tooMany(120))
			.get('/sources/src1')
			.reply(200, { data: { source: { id: 'src1' } } });

		const started = Date.now();
		expect(await runJson(getSource())).toEqual([{ id: 'src1' }]);
		expect(Date.now() - started).toBeGreaterThanOrEqual(110);
	});

	it('falls back to X-RateLimit-Reset when the 429 body gives no wait', async () => {
		const reset = new Date(Date.now() + 1500).toUTCString();
		apiWithoutBody()
			.get('/sources/src1')
			.reply(
				429,
				{ errors: [{ type: 'RequestError', message: 'Too many requests' }] },
				{
					'X-RateLimit-Reset': reset,
				},
			)
			.get('/sources/src1')
			.reply(200, { data: { source: { id: 'src1' } } });

		const started = Date.now();
		expect(await runJson(getSource())).toEqual([{ id: 'src1' }]);
		// RFC 5322 dates have whole seconds, so the wait is between 0.5 and 1.5 s.
		expect(Date.now() - started).toBeGreaterThanOrEqual(400);
	});

	it('retries 5xx and network errors, then succeeds', async () => {
		apiWithoutBody()
			.get('/sources/src1')
			.reply(503, 'unavailable')
			.get('/sources/src1')
			.replyWithError('socket hang up')
			.get('/sources/src1')
			.reply(200, { data: { source: { id: 'src1' } } });

		expect(await runJson(getSource())).toEqual([{ id: 'src1' }]);
	});

	it('does not retry 4xx other than 429', async () => {
		apiWithoutBody()
			.get('/sources/src1')
			.reply(404, { errors: [{ type: 'not-found', message: 'Source not found' }] });

		await expect(runNode(getSource())).rejects.toThrow('Source not found');
		expect(nock.pendingMocks()).toEqual([]);
	});

	it("gives up after Max Retries with Segment's message", async () => {
		apiWithoutBody().get('/sources/src1').times(3).reply(429, tooMany(5));

		await expect(runNode(getSource({ maxRetries: 2 }))).rejects.toMatchObject({
			message: 'Too many requests',
			description: 'The Segment Public API answered HTTP 429. Gave up after 2 retries.',
			httpCode: '429',
		});
	});

	it('gives up at once when the wait Segment asks for is over Max Total Wait', async () => {
		apiWithoutBody().get('/sources/src1').reply(429, tooMany(60_000));

		const started = Date.now();
		await expect(runNode(getSource({ maxWaitSeconds: 10 }))).rejects.toThrow('Too many requests');
		expect(Date.now() - started).toBeLessThan(2000);
	});

	it('retries each page of a listing on its own', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', [source(1)], 'Mg=='))
			.get('/sources')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(429, tooMany(20))
			.get('/sources')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('sources', [source(2)]));

		const items = await runJson({ resource: 'source', operation: 'getAll', returnAll: true });

		expect(items.map((item) => item.id)).toEqual(['src1', 'src2']);
	});

	it('pauses until the reset when X-RateLimit-Remaining reaches 0, without causing a 429', async () => {
		const credentials = { apiToken: 'another-token', region: 'https://api.segmentapis.com' };
		const reset = new Date(Date.now() + 1200).toUTCString();
		const requestTimes: number[] = [];
		nock('https://api.segmentapis.com')
			.get('/sources/src1')
			.reply(() => {
				requestTimes.push(Date.now());
				return [
					200,
					{ data: { source: { id: 'src1' } } },
					{ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset },
				];
			})
			.get('/sources/src2')
			.reply(() => {
				requestTimes.push(Date.now());
				return [200, { data: { source: { id: 'src2' } } }];
			});

		const items = await runJson(
			{ ...getSource(), sourceId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ credentials, items: [{ json: { id: 'src1' } }] },
		);
		const second = await runJson(
			{ ...getSource(), sourceId: { __rl: true, mode: 'id', value: 'src2' } },
			{ credentials },
		);

		expect([...items, ...second]).toEqual([{ id: 'src1' }, { id: 'src2' }]);
		expect(requestTimes[1]).toBeGreaterThanOrEqual(Date.parse(reset));
	});
});

describe('pacing from the X-RateLimit headers (what several processes sharing a token all see)', () => {
	/** Four gets one after the other; the first answer says how much of the window is left. */
	async function fourGets(remaining: number, consumed: number) {
		const server = Math.floor(Date.now() / 1000) * 1000;
		const headers = (left: number) => ({
			Date: new Date(server).toUTCString(),
			'X-RateLimit-Reset': new Date(server + 2000).toUTCString(),
			'X-RateLimit-Remaining': String(left),
			'X-RateLimit-Consumed': String(consumed + (remaining - left)),
		});
		const times: number[] = [];
		let left = remaining;
		nock('https://api.segmentapis.com')
			.get('/sources/src1')
			.times(4)
			.reply(() => {
				times.push(Date.now());
				return [200, { data: { source: { id: 'src1' } } }, headers(left--)];
			});
		for (let n = 0; n < 4; n++) await runJson(getSource());
		return times.slice(1).map((time, n) => time - times[n]);
	}

	it('spreads the last requests of a window over the time left', async () => {
		// 3 left of 100 and 2 s to the reset: one request every 2000 / (3 + 1) = 500 ms.
		const gaps = await fourGets(3, 97);
		expect(gaps[0]).toBeLessThan(250);
		expect(gaps[1]).toBeGreaterThanOrEqual(400);
		expect(gaps[2]).toBeGreaterThanOrEqual(400);
	});

	it('after an exhausted window, sends one request first, so an early reset costs one 429, not one per request', async () => {
		const server = Math.floor(Date.now() / 1000) * 1000;
		// The headers put the reset 1 s after the first answer; the window really ends 400 ms later.
		let realReset = Infinity;
		let refused = 0;
		nock('https://api.segmentapis.com')
			.get(/^\/sources\/src\d$/)
			.times(6)
			.reply(() => {
				const now = Date.now();
				if (realReset === Infinity) {
					realReset = now + 1400;
					return [
						200,
						{ data: { source: { id: 'src0' } } },
						{
							Date: new Date(server).toUTCString(),
							'X-RateLimit-Remaining': '0',
							'X-RateLimit-Reset': new Date(server + 1000).toUTCString(),
						},
					];
				}
				if (now < realReset) {
					refused += 1;
					return [429, tooMany(realReset - now)];
				}
				return [200, { data: { source: { id: 'src' } } }];
			});

		await runJson(getSource());
		const items = await runJson(
			{ ...getSource(), sourceId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ items: [1, 2, 3, 4].map((n) => ({ json: { id: `src${n}` } })) },
		);

		expect(items).toHaveLength(4);
		expect(refused).toBe(1);
	});

	it('does not pace while the window has plenty left', async () => {
		const gaps = await fourGets(500, 500);
		expect(Math.max(...gaps)).toBeLessThan(250);
	});
});

describe('request timeout', () => {
	it("applies n8n's Request Options timeout to each request", async () => {
		apiWithoutBody()
			.get('/sources/src1')
			.delay(300)
			.reply(200, { data: { source: { id: 'src1' } } });

		const started = Date.now();
		await expect(
			runNode({ ...getSource({ maxRetries: 0 }), requestOptions: { timeout: 50 } }),
		).rejects.toThrow('Could not reach the Segment Public API');
		expect(Date.now() - started).toBeLessThan(280);
	});
});

describe('a stopped execution', () => {
	it('is not retried once n8n has cancelled it', async () => {
		const controller = new AbortController();
		let requests = 0;
		apiWithoutBody()
			.get('/sources/src1')
			.times(6)
			.reply(() => {
				requests += 1;
				controller.abort();
				return [503, 'unavailable'];
			});

		// Cancelling aborts the request in flight; it is not retried (else: "Gave up after 5 retries").
		await expect(runNode(getSource(), { abortSignal: controller.signal })).rejects.toMatchObject({
			description: 'The request failed before Segment answered.',
		});
		expect(requests).toBe(1);
		nock.cleanAll();
	});
});
