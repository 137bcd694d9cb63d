import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { byId } from './fixtures';

describe('Deletion and Suppression > Create for Source', () => {
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
});

describe('Deletion and Suppression > Create for Source: Combine Input Items', () => {
	it('sends one regulation per regulation type and source, each saying which input items it covers', async () => {
		apiWithBody()
			.post('/regulations/sources/src1', {
				regulationType: 'SUPPRESS_ONLY',
				subjectType: 'USER_ID',
				subjectIds: ['a', 'b', 'e'],
			})
			.reply(200, { data: { regulateId: 'reg1' } })
			.post('/regulations/sources/src1', {
				regulationType: 'DELETE_ONLY',
				subjectType: 'USER_ID',
				subjectIds: ['c'],
			})
			.reply(200, { data: { regulateId: 'reg2' } })
			.post('/regulations/sources/src2', {
				regulationType: 'SUPPRESS_ONLY',
				subjectType: 'USER_ID',
				subjectIds: ['d'],
			})
			.reply(200, { data: { regulateId: 'reg3' } });

		const output = await runNode(
			{
				resource: 'regulation',
				operation: 'createForSource',
				sourceId: byId('={{ $json.source }}'),
				regulationType: '={{ $json.type }}',
				subjectType: 'USER_ID',
				subjectIds: '={{ $json.ids }}',
				options: { combineItems: true },
			},
			{
				items: [
					{ json: { type: 'SUPPRESS_ONLY', source: 'src1', ids: ['a', 'b'] } },
					{ json: { type: 'DELETE_ONLY', source: 'src1', ids: ['c'] } },
					{ json: { type: 'SUPPRESS_ONLY', source: 'src2', ids: 'd' } },
					{ json: { type: 'SUPPRESS_ONLY', source: ' src1 ', ids: ['b', 'e'] } },
				],
			},
		);

		expect(output.map((item) => item.json)).toEqual([
			{
				regulateId: 'reg1',
				regulationType: 'SUPPRESS_ONLY',
				subjectType: 'USER_ID',
				sourceId: 'src1',
				subjectIds: ['a', 'b', 'e'],
				inputItems: [0, 3],
			},
			{
				regulateId: 'reg2',
				regulationType: 'DELETE_ONLY',
				subjectType: 'USER_ID',
				sourceId: 'src1',
				subjectIds: ['c'],
				inputItems: [1],
			},
			{
				regulateId: 'reg3',
				regulationType: 'SUPPRESS_ONLY',
				subjectType: 'USER_ID',
				sourceId: 'src2',
				subjectIds: ['d'],
				inputItems: [2],
			},
		]);
		expect(output.map((item) => item.pairedItem)).toEqual([
			[{ item: 0 }, { item: 3 }],
			[{ item: 1 }],
			[{ item: 2 }],
		]);
	});
});
