import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

describe('Invite > Delete', () => {
	it('sends the emails, split on commas and new lines, as the emails query array', async () => {
		apiWithoutBody()
			.delete('/invites')
			.query(exactQuery({ 'emails[0]': 'ada@example.com', 'emails[1]': 'grace@example.com', 'emails[2]': 'alan@example.com' }))
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'invite',
			operation: 'delete',
			emails: 'ada@example.com,grace@example.com\nalan@example.com',
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('refuses an empty list without sending a request, naming "Emails"', async () => {
		const sent = await capture(
			() =>
				expect(runNode({ resource: 'invite', operation: 'delete', emails: '  ' })).rejects.toThrow(
					'The field "Emails" is empty',
				),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
