import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';

describe('Deletion and Suppression > Create for Cloud Source', () => {
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
});
