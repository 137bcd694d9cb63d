import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA, AUDIENCE, audience } from './fixtures';

describe('Engage: Audience Activation > Remove Activation', () => {
	it('DELETEs the activation without a body and returns the status', async () => {
		apiWithoutBody(US, ALPHA)
			.delete(`${AUDIENCE}/activations/act_1`)
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			...audience,
			operation: 'removeActivation',
			activationId: 'act_1',
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
