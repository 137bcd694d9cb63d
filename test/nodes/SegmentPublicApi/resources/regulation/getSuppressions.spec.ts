import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';

describe('Deletion and Suppression > Get Suppressions', () => {
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
