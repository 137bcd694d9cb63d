import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

describe('User > Delete', () => {
	it('sends the chosen users as the userIds query array and returns the status', async () => {
		apiWithoutBody()
			.delete('/users')
			.query(exactQuery({ 'userIds[0]': 'usr1', 'userIds[1]': 'usr2' }))
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({ resource: 'user', operation: 'delete', userIds: ['usr1', 'usr2'] });

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('accepts a comma-separated list from an expression, trimming the IDs', async () => {
		apiWithoutBody()
			.delete('/users')
			.query(exactQuery({ 'userIds[0]': 'usr1', 'userIds[1]': 'usr2', 'userIds[2]': 'usr3' }))
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({ resource: 'user', operation: 'delete', userIds: ' usr1, usr2 ,\nusr3 ' });

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it.each([
		['an empty list', []],
		['only separators', ' , '],
	])('refuses %s without sending a request, naming "Users"', async (_, userIds) => {
		const sent = await capture(
			() =>
				expect(runNode({ resource: 'user', operation: 'delete', userIds })).rejects.toThrow(
					'The field "Users" is empty',
				),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
