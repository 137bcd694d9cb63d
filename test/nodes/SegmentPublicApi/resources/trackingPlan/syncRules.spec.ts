import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { byId, rule } from './fixtures';

describe('Tracking Plan > Sync Rules', () => {
	/** A plan of `size` rules "E0".."E{size-1}" and what the node sent to change it. */
	function stubPlan(size: number) {
		const current = Array.from({ length: size }, (_, n) => rule(`E${n}`));
		const writes: Array<{ method: string; rules: IDataObject[] }> = [];
		apiWithoutBody()
			.get('/tracking-plans/tp1/rules')
			.query(true)
			.times(Math.max(1, Math.ceil(size / 1000)))
			.reply(200, function () {
				const cursor = new URLSearchParams(this.req.path.split('?')[1]).get('pagination[cursor]');
				const start = cursor ? Number(cursor) : 0;
				const next = start + 1000 < size ? String(start + 1000) : null;
				return page('rules', current.slice(start, start + 1000), next);
			});
		apiWithBody()
			.patch('/tracking-plans/tp1/rules')
			.times(100)
			.optionally()
			.reply(200, (_uri, body) => {
				const parsed = (typeof body === 'string' ? JSON.parse(body) : body) as IDataObject;
				writes.push({ method: 'PATCH', rules: parsed.rules as IDataObject[] });
				return { data: { status: 'SUCCESS' } };
			});
		apiWithoutBody()
			.delete('/tracking-plans/tp1/rules')
			.query(true)
			.times(100)
			.optionally()
			.reply(200, function () {
				const query = new URLSearchParams(this.req.path.split('?')[1]);
				const removed: IDataObject[] = [];
				for (let n = 0; query.has(`rules[${n}][type]`); n++) {
					removed.push({
						type: query.get(`rules[${n}][type]`),
						key: query.get(`rules[${n}][key]`),
						version: Number(query.get(`rules[${n}][version]`)),
					});
				}
				writes.push({ method: 'DELETE', rules: removed });
				return { data: { status: 'SUCCESS' } };
			});
		return { current, writes };
	}

	afterEach(() => nock.cleanAll());

	it('adds, updates and removes in batches (200 upserts, 50 removals) and reports what changed', async () => {
		const { current, writes } = stubPlan(1200);
		// Keep E0..E899: E0..E299 with a new schema, the rest as they are; add N0..N99; drop E900..E1199.
		const wanted = [
			...current.slice(0, 300).map((r) => ({ ...r, jsonSchema: { properties: { v: {} } } })),
			...current.slice(300, 900).map((r) => ({ ...r, jsonSchema: { properties: {} } })),
			...Array.from({ length: 100 }, (_, n) => rule(`N${n}`)),
		];

		const [report] = await runJson({
			resource: 'trackingPlan',
			operation: 'syncRules',
			trackingPlanId: byId('tp1'),
			rules: JSON.stringify(wanted),
		});

		expect(writes.map((write) => `${write.method} ${write.rules.length}`)).toEqual([
			'PATCH 200',
			'PATCH 200',
			...Array.from({ length: 6 }, () => 'DELETE 50'),
		]);
		const upserted = writes.filter((w) => w.method === 'PATCH').flatMap((w) => w.rules);
		expect(upserted.map((r) => r.key)).toEqual([
			...Array.from({ length: 100 }, (_, n) => `N${n}`),
			...Array.from({ length: 300 }, (_, n) => `E${n}`),
		]);
		expect(upserted[100]).toEqual({
			type: 'TRACK',
			key: 'E0',
			version: 1,
			jsonSchema: { properties: { v: {} } },
		});
		const removed = writes.filter((w) => w.method === 'DELETE').flatMap((w) => w.rules);
		expect(removed).toEqual(
			Array.from({ length: 300 }, (_, n) => ({ type: 'TRACK', key: `E${900 + n}`, version: 1 })),
		);
		expect(report).toMatchObject({
			trackingPlanId: 'tp1',
			dryRun: false,
			unchanged: 600,
			requests: 10,
		});
		expect((report.added as unknown[]).length).toBe(100);
		expect((report.changed as unknown[]).length).toBe(300);
		expect((report.removed as unknown[]).length).toBe(300);
	});

	it('compares schemas regardless of key order, and sends nothing when the plan already matches', async () => {
		const { writes } = stubPlan(0);
		nock.cleanAll();
		apiWithoutBody()
			.get('/tracking-plans/tp1/rules')
			.query(true)
			.reply(200, page('rules', [rule('A', 1, { type: 'object', properties: { a: {} } })]));

		const [report] = await runJson({
			resource: 'trackingPlan',
			operation: 'syncRules',
			trackingPlanId: byId('tp1'),
			rules: [{ type: 'TRACK', key: 'A', jsonSchema: { properties: { a: {} }, type: 'object' } }],
		});

		expect(writes).toEqual([]);
		expect(report).toEqual({
			trackingPlanId: 'tp1',
			dryRun: false,
			added: [],
			changed: [],
			removed: [],
			unchanged: 1,
			requests: 1,
		});
	});

	it('keeps unlisted rules when asked, and only reports in a dry run', async () => {
		const { writes } = stubPlan(3);

		const [report] = await runJson({
			resource: 'trackingPlan',
			operation: 'syncRules',
			trackingPlanId: byId('tp1'),
			rules: JSON.stringify([rule('E0', 1, { changed: true }), rule('Z')]),
			removeUnlisted: false,
			dryRun: true,
		});

		expect(writes).toEqual([]);
		expect(report).toMatchObject({
			dryRun: true,
			added: [{ type: 'TRACK', key: 'Z', version: 1 }],
			changed: [{ type: 'TRACK', key: 'E0', version: 1 }],
			removed: [],
			unchanged: 0,
			requests: 1,
		});
	});
});

describe('Tracking Plan > Sync Rules: a batch failing midway', () => {
	const identity = (key: string) => ({ type: 'TRACK', key, version: 1 });
	const keys = (prefix: string, from: number, to: number) =>
		Array.from({ length: to - from }, (_, n) => `${prefix}${from + n}`);
	const upsert = (key: string) => ({ ...identity(key), jsonSchema: { properties: {} } });
	const sync = {
		resource: 'trackingPlan',
		operation: 'syncRules',
		trackingPlanId: byId('tp1'),
		options: { maxRetries: 0 },
	};

	/** The plan holds `current`; the node reads it in one page. */
	function planHolds(current: string[]) {
		apiWithoutBody()
			.get('/tracking-plans/tp1/rules')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(
				200,
				page(
					'rules',
					current.map((key) => rule(key)),
				),
			);
	}

	it('names the batch written, the batch that may have been applied and those not sent when a later PATCH answers 500', async () => {
		// 300 rules to add (two PATCHes of 200 and 100), 60 to remove (two DELETEs of 50 and 10).
		planHolds(keys('E', 0, 60));
		apiWithBody()
			.patch('/tracking-plans/tp1/rules', { rules: keys('N', 0, 200).map(upsert) })
			.reply(200, { data: { status: 'SUCCESS' } })
			.patch('/tracking-plans/tp1/rules', { rules: keys('N', 200, 300).map(upsert) })
			.reply(500, { errors: [{ type: 'internal', message: 'Internal error' }] });

		await expect(
			runNode({ ...sync, rules: JSON.stringify(keys('N', 0, 300).map(upsert)) }),
		).rejects.toMatchObject({
			message:
				'Internal error [already written: add/update batch 1 of 2; may have been applied: add/update batch 2 of 2; not sent: removal batch 1 of 2, removal batch 2 of 2]',
			description: expect.stringMatching(
				/^Already written: add\/update batch 1 of 2 \(PATCH, 200 rules: TRACK "N0" v1 … TRACK "N199" v1\)\. May have been applied: add\/update batch 2 of 2 \(PATCH, 100 rules: TRACK "N200" v1 … TRACK "N299" v1\) \(the request reached Segment, which did not say whether it applied it\)\. Not sent: removal batch 1 of 2 \(DELETE, 50 rules: TRACK "E0" v1 … TRACK "E49" v1\), removal batch 2 of 2 \(DELETE, 10 rules: TRACK "E50" v1 … TRACK "E59" v1\)\. Running Sync Rules again as it is finishes the job/,
			),
		});
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('under Continue On Fail, lists the batches by outcome when a PATCH times out after reaching Segment', async () => {
		// 250 rules to add (PATCHes of 200 and 50) and 1 to remove (one DELETE).
		planHolds(['Old']);
		apiWithBody()
			.patch('/tracking-plans/tp1/rules', { rules: keys('N', 0, 200).map(upsert) })
			.reply(200, { data: { status: 'SUCCESS' } })
			.patch('/tracking-plans/tp1/rules', { rules: keys('N', 200, 250).map(upsert) })
			.delay(2000)
			.reply(200, { data: { status: 'SUCCESS' } });

		const output = await runNode(
			{
				...sync,
				rules: JSON.stringify(keys('N', 0, 250).map(upsert)),
				requestOptions: { timeout: 300 },
			},
			{ continueOnFail: true },
		);

		expect(output).toHaveLength(1);
		const { error, ...report } = output[0].json;
		expect(error).toBe(output[0].error?.message);
		expect(error).toMatch(
			/ \[already written: add\/update batch 1 of 2; may have been applied: add\/update batch 2 of 2; not sent: removal batch 1 of 1\]$/,
		);
		expect(output[0].error?.description).toContain('reached Segment, so it was not sent again');
		expect(report).toEqual({
			written: [
				{
					write: 'add/update batch 1 of 2',
					outcome: 'written',
					method: 'PATCH',
					rules: keys('N', 0, 200).map(identity),
				},
			],
			mayHaveBeenApplied: [
				{
					write: 'add/update batch 2 of 2',
					outcome: 'mayHaveBeenApplied',
					method: 'PATCH',
					rules: keys('N', 200, 250).map(identity),
					reason: expect.stringContaining('Could not reach the Segment Public API'),
				},
			],
			notWritten: [
				{
					write: 'removal batch 1 of 1',
					outcome: 'notSent',
					method: 'DELETE',
					rules: [identity('Old')],
				},
			],
		});
	});

	it('names the removal batches written when a later DELETE answers 500', async () => {
		planHolds(keys('E', 0, 120));
		const removal = (from: number, to: number) => {
			const query: Record<string, string> = {};
			keys('E', from, to).forEach((key, n) => {
				query[`rules[${n}][type]`] = 'TRACK';
				query[`rules[${n}][key]`] = key;
				query[`rules[${n}][version]`] = '1';
			});
			return exactQuery(query);
		};
		apiWithoutBody()
			.delete('/tracking-plans/tp1/rules')
			.query(removal(0, 50))
			.reply(200, { data: { status: 'SUCCESS' } })
			.delete('/tracking-plans/tp1/rules')
			.query(removal(50, 100))
			.reply(500, { errors: [{ type: 'internal', message: 'Internal error' }] });

		await expect(runNode({ ...sync, rules: '[]' })).rejects.toMatchObject({
			message:
				'Internal error [already written: removal batch 1 of 3; may have been applied: removal batch 2 of 3; not sent: removal batch 3 of 3]',
		});
	});
});
