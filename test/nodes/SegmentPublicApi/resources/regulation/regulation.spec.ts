import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, exactQuery, page } from '../../../../harness/segment';

const QUOTA_HEADERS = {
	'X-RateLimit-Remaining': '41',
	'X-RateLimit-Reset': 'Tue, 01 Dec 2026 06:00:00 GMT',
};

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

	it('creates a source regulation at the source, with anonymous IDs and the archive-only type', async () => {
		apiWithBody()
			.post('/regulations/sources/src%201', {
				regulationType: 'DELETE_ARCHIVE_ONLY',
				subjectType: 'ANONYMOUS_ID',
				subjectIds: ['anon-1'],
			})
			.reply(200, { data: { regulateId: 'reg9' } });

		const items = await runJson({
			resource: 'regulation',
			operation: 'createForSource',
			sourceId: { __rl: true, mode: 'id', value: 'src 1' },
			regulationType: 'DELETE_ARCHIVE_ONLY',
			subjectType: 'ANONYMOUS_ID',
			subjectIds: 'anon-1',
		});

		expect(items[0]).toMatchObject({ regulateId: 'reg9', subjectType: 'ANONYMOUS_ID' });
	});

	it('creates a cloud source regulation with object IDs and the collection', async () => {
		apiWithBody()
			.post('/regulations/cloudsources/cs1', {
				regulationType: 'DELETE_ONLY',
				subjectType: 'OBJECT_ID',
				subjectIds: ['obj-1'],
				collection: 'contacts',
			})
			.reply(200, { data: { regulateId: 'reg7' } });

		const items = await runJson({
			resource: 'regulation',
			operation: 'createForCloudSource',
			sourceId: { __rl: true, mode: 'id', value: 'cs1' },
			collection: ' contacts ',
			regulationType: 'DELETE_ONLY',
			subjectIds: 'obj-1',
		});

		expect(items).toEqual([
			{
				regulateId: 'reg7',
				regulationType: 'DELETE_ONLY',
				subjectType: 'OBJECT_ID',
				subjectIds: ['obj-1'],
				collection: 'contacts',
			},
		]);
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

describe('Deletion and Suppression > Get', () => {
	it('gets one regulation by its ID, URL-encoded', async () => {
		const regulation = { id: 'reg/1', overallStatus: 'RUNNING', streamStatus: [] };
		apiWithoutBody().get('/regulations/reg%2F1').reply(200, { data: { regulation } });

		expect(
			await runJson({ resource: 'regulation', operation: 'get', regulateId: ' reg/1 ' }),
		).toEqual([regulation]);
	});

	it('refuses an empty Regulation ID before sending', async () => {
		await expect(
			runNode({ resource: 'regulation', operation: 'get', regulateId: '' }),
		).rejects.toThrow('The field "Regulation ID" is empty');
	});
});

describe('Deletion and Suppression > Get Many', () => {
	const regulations = [
		{ id: 'r1', status: 'FINISHED', regulationType: 'SUPPRESS_ONLY' },
		{ id: 'r2', status: 'FINISHED', regulationType: 'DELETE_ONLY' },
	];

	it('lists the workspace regulations with the status and type filters in the query', async () => {
		apiWithoutBody()
			.get('/regulations')
			.query(
				exactQuery({
					'pagination[count]': '1000',
					status: 'FINISHED',
					'regulationTypes[0]': 'SUPPRESS_ONLY',
					'regulationTypes[1]': 'DELETE_ONLY',
				}),
			)
			.reply(200, page('regulations', regulations));

		const items = await runJson({
			resource: 'regulation',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'FINISHED', regulationTypes: ['SUPPRESS_ONLY', 'DELETE_ONLY'] },
		});

		expect(items).toEqual(regulations);
	});

	it('lists the regulations of a source', async () => {
		apiWithoutBody()
			.get('/regulations/sources/src1')
			.query(exactQuery({ 'pagination[count]': '1' }))
			.reply(200, { data: { regulations } });

		const items = await runJson({
			resource: 'regulation',
			operation: 'getAllForSource',
			sourceId: { __rl: true, mode: 'id', value: 'src1' },
			limit: 1,
		});

		expect(items).toEqual([regulations[0]]);
	});

	it('lists the suppressed subjects across pages', async () => {
		apiWithoutBody()
			.get('/suppressions')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(200, page('suppressed', [{ subjectType: 'USER_ID', subjectIds: ['a'] }], 'MQ=='));
		apiWithoutBody()
			.get('/suppressions')
			.query(exactQuery({ 'pagination[count]': '1000', 'pagination[cursor]': 'MQ==' }))
			.reply(200, page('suppressed', [{ subjectType: 'OBJECT_ID', subjectIds: ['o'] }]));

		const items = await runJson({
			resource: 'regulation',
			operation: 'getSuppressions',
			returnAll: true,
		});

		expect(items).toEqual([
			{ subjectType: 'USER_ID', subjectIds: ['a'] },
			{ subjectType: 'OBJECT_ID', subjectIds: ['o'] },
		]);
	});
});
