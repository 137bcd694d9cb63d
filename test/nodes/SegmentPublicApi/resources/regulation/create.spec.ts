import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { QUOTA_HEADERS } from './fixtures';

describe('Deletion and Suppression > Create', () => {
	it('sends the type, subject type and IDs, and returns the regulation ID with the quota left', async () => {
		apiWithBody()
			.post('/regulations', {
				regulationType: 'SUPPRESS_WITH_DELETE',
				subjectType: 'USER_ID',
				subjectIds: ['user-1', 'user-2', 'user 3'],
			})
			.reply(200, { data: { regulateId: 'reg1' } }, QUOTA_HEADERS);

		const items = await runJson({
			resource: 'regulation',
			operation: 'create',
			regulationType: 'SUPPRESS_WITH_DELETE',
			subjectType: 'USER_ID',
			subjectIds: 'user-1, user-2\nuser 3, user-1',
		});

		expect(items).toEqual([
			{
				regulateId: 'reg1',
				regulationType: 'SUPPRESS_WITH_DELETE',
				subjectType: 'USER_ID',
				subjectIds: ['user-1', 'user-2', 'user 3'],
				quota: { remaining: 41, resetsAt: '2026-12-01T06:00:00.000Z' },
			},
		]);
	});

	it('takes an array from an expression and splits over 5,000 IDs into several regulations', async () => {
		const ids = Array.from({ length: 5001 }, (_, n) => `u${n}`);
		const bodies: IDataObject[] = [];
		apiWithBody()
			.post('/regulations')
			.times(2)
			.reply(200, (_uri, body) => {
				bodies.push((typeof body === 'string' ? JSON.parse(body) : body) as IDataObject);
				return { data: { regulateId: `reg${bodies.length}` } };
			});

		const items = await runJson(
			{
				resource: 'regulation',
				operation: 'create',
				regulationType: 'DELETE_INTERNAL',
				subjectType: 'USER_ID',
				subjectIds: '={{ $json.ids }}',
			},
			{ items: [{ json: { ids } }] },
		);

		expect(bodies.map((body) => (body.subjectIds as string[]).length)).toEqual([5000, 1]);
		expect((bodies[1].subjectIds as string[])[0]).toBe('u5000');
		expect(items.map((item) => item.regulateId)).toEqual(['reg1', 'reg2']);
		expect(items[0]).not.toHaveProperty('quota');
	});

	it('sends one regulation per item by default', async () => {
		const bodies: IDataObject[] = [];
		apiWithBody()
			.post('/regulations')
			.times(2)
			.reply(200, (_uri, body) => {
				bodies.push((typeof body === 'string' ? JSON.parse(body) : body) as IDataObject);
				return { data: { regulateId: `reg${bodies.length}` } };
			});

		await runNode(
			{
				resource: 'regulation',
				operation: 'create',
				regulationType: 'SUPPRESS_ONLY',
				subjectType: 'USER_ID',
				subjectIds: '={{ $json.userId }}',
			},
			{ items: [{ json: { userId: 'a' } }, { json: { userId: 'b' } }] },
		);

		expect(bodies.map((body) => body.subjectIds)).toEqual([['a'], ['b']]);
	});

	it('with Combine Input Items, sends the IDs of all items in one regulation and returns one item', async () => {
		apiWithBody()
			.post('/regulations', {
				regulationType: 'SUPPRESS_ONLY',
				subjectType: 'USER_ID',
				subjectIds: ['a', 'b', 'c'],
			})
			.reply(200, { data: { regulateId: 'reg1' } });

		const output = await runNode(
			{
				resource: 'regulation',
				operation: 'create',
				regulationType: 'SUPPRESS_ONLY',
				subjectType: 'USER_ID',
				subjectIds: '={{ $json.userIds }}',
				options: { combineItems: true },
			},
			{
				items: [
					{ json: { userIds: ['a', 'b'] } },
					{ json: { userIds: 'c' } },
					{ json: { userIds: ['a'] } },
				],
			},
		);

		expect(output.map((item) => item.json.regulateId)).toEqual(['reg1']);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it.each([
		['Subject IDs', 'create', { subjectIds: ' , ' }],
		['Collection', 'createForCloudSource', { subjectIds: 'o1', collection: ' ' }],
		[
			'Source',
			'createForSource',
			{ subjectIds: 'u1', sourceId: { __rl: true, mode: 'id', value: '' } },
		],
	])('refuses an empty %s before sending, naming the field', async (field, operation, values) => {
		await expect(
			runNode({
				resource: 'regulation',
				operation,
				sourceId: { __rl: true, mode: 'id', value: 'src1' },
				...values,
			}),
		).rejects.toThrow(`The field "${field}" is empty`);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it("fails with Segment's message when the quota is used up and the reset is past the wait allowed", async () => {
		apiWithBody()
			.post('/regulations')
			.reply(
				429,
				{
					errors: [
						{
							type: 'RequestError',
							message: 'Too many requests',
							data: { remainingPoints: 0, msBeforeNext: 3_600_000, consumedPoints: 600 },
						},
					],
				},
				{ 'X-RateLimit-Remaining': '0' },
			);

		await expect(
			runNode({
				resource: 'regulation',
				operation: 'create',
				regulationType: 'SUPPRESS_WITH_DELETE',
				subjectType: 'USER_ID',
				subjectIds: 'user-1',
			}),
		).rejects.toMatchObject({
			message: expect.stringContaining('Too many requests'),
			description: expect.stringContaining('Max Total Wait'),
		});
	});
});

describe('Deletion and Suppression > Create: a failure midway', () => {
	const ids = (from: number, to: number) =>
		Array.from({ length: to - from }, (_, n) => `u${from + n}`);
	const create = {
		resource: 'regulation',
		operation: 'create',
		regulationType: 'DELETE_INTERNAL',
		subjectType: 'USER_ID',
		subjectIds: '={{ $json.ids }}',
	};
	const body = (subjectIds: string[]) => ({
		regulationType: 'DELETE_INTERNAL',
		subjectType: 'USER_ID',
		subjectIds,
	});
	const QUOTA_USED_UP = {
		errors: [
			{
				type: 'RequestError',
				message: 'Too many requests',
				data: { remainingPoints: 0, msBeforeNext: 3_600_000, consumedPoints: 600 },
			},
		],
	};

	it('names the regulation already created when the second POST answers 502, and that the second may have been applied', async () => {
		apiWithBody()
			.post('/regulations', body(ids(0, 5000)))
			.reply(200, { data: { regulateId: 'reg1' } })
			.post('/regulations', body(ids(5000, 7000)))
			.reply(502, { errors: [{ type: 'gateway', message: 'Bad Gateway' }] });

		await expect(
			runNode(create, { items: [{ json: { ids: ids(0, 7000) } }] }),
		).rejects.toMatchObject({
			message:
				'Bad Gateway [already written: regulation 1 of 2 (regulateId reg1); may have been applied: regulation 2 of 2]',
			description: expect.stringMatching(
				/^Already written: regulation 1 of 2 \(regulateId reg1; subject IDs 1–5,000 of 7,000\)\. May have been applied: regulation 2 of 2 \(subject IDs 5,001–7,000 of 7,000\) \(the request reached Segment, which did not say whether it applied it\)\. Segment has no idempotency key for regulations/,
			),
		});
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('under Continue On Fail, lists what was written and what may have been applied in the error item', async () => {
		apiWithBody()
			.post('/regulations', body(ids(0, 5000)))
			.reply(200, { data: { regulateId: 'reg1' } })
			.post('/regulations', body(ids(5000, 7000)))
			.reply(502, { errors: [{ type: 'gateway', message: 'Bad Gateway' }] });

		const output = await runNode(create, {
			items: [{ json: { ids: ids(0, 7000) } }],
			continueOnFail: true,
		});

		expect(output).toHaveLength(1);
		const message =
			'Bad Gateway [already written: regulation 1 of 2 (regulateId reg1); may have been applied: regulation 2 of 2]';
		expect(output[0].error?.message).toBe(message);
		expect(output[0].json).toEqual({
			error: message,
			written: [
				{
					write: 'regulation 1 of 2',
					outcome: 'written',
					regulationType: 'DELETE_INTERNAL',
					subjectType: 'USER_ID',
					subjectIds: ids(0, 5000),
					regulateId: 'reg1',
				},
			],
			mayHaveBeenApplied: [
				{
					write: 'regulation 2 of 2',
					outcome: 'mayHaveBeenApplied',
					regulationType: 'DELETE_INTERNAL',
					subjectType: 'USER_ID',
					subjectIds: ids(5000, 7000),
					reason: 'Bad Gateway',
				},
			],
			notWritten: [],
		});
	});

	it('names the regulation created, the batch refused for quota and the batch not sent, when the quota runs out on the second of three', async () => {
		apiWithBody()
			.post('/regulations', body(ids(0, 5000)))
			.reply(200, { data: { regulateId: 'reg1' } })
			.post('/regulations', body(ids(5000, 10000)))
			.reply(429, QUOTA_USED_UP, { 'X-RateLimit-Remaining': '0' });

		const output = await runNode(
			{ ...create, options: { maxWaitSeconds: 2 } },
			{ items: [{ json: { ids: ids(0, 12000) } }], continueOnFail: true },
		);

		const message =
			'Too many requests [already written: regulation 1 of 3 (regulateId reg1); failed: regulation 2 of 3; not sent: regulation 3 of 3]';
		expect(output[0].error).toMatchObject({
			message,
			description: expect.stringContaining(
				'Already written: regulation 1 of 3 (regulateId reg1; subject IDs 1–5,000 of 12,000). Failed, not applied: regulation 2 of 3 (subject IDs 5,001–10,000 of 12,000). Not sent: regulation 3 of 3 (subject IDs 10,001–12,000 of 12,000).',
			),
		});
		expect(output[0].error?.description).toContain('Max Total Wait');
		expect(output[0].json.written).toEqual([expect.objectContaining({ regulateId: 'reg1' })]);
		expect(output[0].json.mayHaveBeenApplied).toEqual([]);
		expect(output[0].json.notWritten).toEqual([
			{
				write: 'regulation 2 of 3',
				outcome: 'failed',
				regulationType: 'DELETE_INTERNAL',
				subjectType: 'USER_ID',
				subjectIds: ids(5000, 10000),
				reason: 'Too many requests',
			},
			{
				write: 'regulation 3 of 3',
				outcome: 'notSent',
				regulationType: 'DELETE_INTERNAL',
				subjectType: 'USER_ID',
				subjectIds: ids(10000, 12000),
			},
		]);
	});

	it('leaves the error of a single regulation Segment refused as it is', async () => {
		apiWithBody()
			.post('/regulations', body(['u1']))
			.reply(400, { errors: [{ type: 'validation', message: 'subjectIds is invalid' }] });

		const [item] = await runNode(create, {
			items: [{ json: { ids: ['u1'] } }],
			continueOnFail: true,
		});

		expect(item.error?.message).toBe('subjectIds is invalid');
		expect(item.json).toEqual({});
	});
});

describe('Deletion and Suppression > Create: Combine Input Items', () => {
	it('groups by subject type too, and names the group of each regulation when one fails', async () => {
		apiWithBody()
			.post('/regulations', {
				regulationType: 'SUPPRESS_ONLY',
				subjectType: 'USER_ID',
				subjectIds: ['a'],
			})
			.reply(200, { data: { regulateId: 'reg1' } })
			.post('/regulations', {
				regulationType: 'SUPPRESS_ONLY',
				subjectType: 'OBJECT_ID',
				subjectIds: ['o1'],
			})
			.reply(500, { errors: [{ type: 'internal', message: 'Internal error' }] });

		await expect(
			runNode(
				{
					resource: 'regulation',
					operation: 'create',
					regulationType: 'SUPPRESS_ONLY',
					subjectType: '={{ $json.kind }}',
					subjectIds: '={{ $json.id }}',
					options: { combineItems: true },
				},
				{
					items: [
						{ json: { kind: 'USER_ID', id: 'a' } },
						{ json: { kind: 'OBJECT_ID', id: 'o1' } },
					],
				},
			),
		).rejects.toMatchObject({
			message:
				'Internal error [already written: regulation 1 of 2 (regulateId reg1); may have been applied: regulation 2 of 2]',
			description: expect.stringContaining(
				'Already written: regulation 1 of 2 (regulateId reg1; SUPPRESS_ONLY, USER_ID, 1 subject ID, from items 0). May have been applied: regulation 2 of 2 (SUPPRESS_ONLY, OBJECT_ID, 1 subject ID, from items 1)',
			),
		});
	});

	it.each([
		['an object', [{ id: 'b' }]],
		['an object', { id: 'b' }],
		['a list', [['b']]],
		['null', ['b', null]],
	])(
		'refuses Subject IDs that hold %s before sending anything, naming the field and the item',
		async (what, value) => {
			await expect(
				runNode(
					{
						resource: 'regulation',
						operation: 'create',
						regulationType: 'SUPPRESS_ONLY',
						subjectType: 'USER_ID',
						subjectIds: '={{ $json.ids }}',
						options: { combineItems: true },
					},
					{ items: [{ json: { ids: ['a'] } }, { json: { ids: value } }] },
				),
			).rejects.toThrow(`The field "Subject IDs" of item 1 holds ${what} where an ID is expected`);
			expect(nock.pendingMocks()).toEqual([]);
		},
	);

	it('refuses Subject IDs given as objects without Combine Input Items too', async () => {
		await expect(
			runNode(
				{
					resource: 'regulation',
					operation: 'create',
					regulationType: 'SUPPRESS_ONLY',
					subjectType: 'USER_ID',
					subjectIds: '={{ $json.users }}',
				},
				{ items: [{ json: { users: [{ id: 'u1' }] } }] },
			),
		).rejects.toMatchObject({
			message: 'The field "Subject IDs" of item 0 holds an object where an ID is expected',
			description: expect.stringContaining('Got {"id":"u1"}.'),
		});
	});
});
