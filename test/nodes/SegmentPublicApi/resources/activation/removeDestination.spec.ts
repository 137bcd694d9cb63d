import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA, audience, byId, CONNECTIONS } from './fixtures';

describe('Engage: Audience Activation > Remove Destination', () => {
	it('DELETEs the connection without a body and returns the status', async () => {
		apiWithoutBody(US, ALPHA)
			.delete(`${CONNECTIONS}/dst%2F1`)
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			...audience,
			operation: 'removeDestination',
			destinationId: byId('dst/1'),
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
