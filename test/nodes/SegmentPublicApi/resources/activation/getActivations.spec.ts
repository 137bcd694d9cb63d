import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
import { activation, ALPHA, audience, AUDIENCE, simplifiedActivation } from './fixtures';

describe('Engage: Audience Activation > Get Many Activations', () => {
	const list = { ...audience, operation: 'getActivations' };

	it('asks for Limit activations and simplifies them', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${AUDIENCE}/activations`)
			.query({ 'pagination[count]': '2' })
			.reply(200, page('activations', [activation(1), activation(2)], 'Mg=='));

		expect(await runJson({ ...list, limit: 2 })).toEqual([
			simplifiedActivation(1),
			simplifiedActivation(2),
		]);
	});

	it('follows the cursor with pages of 200 on Return All, raw with Simplify off', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${AUDIENCE}/activations`)
			.query({ 'pagination[count]': '200' })
			.reply(200, page('activations', [activation(1)], 'Mg=='))
			.get(`${AUDIENCE}/activations`)
			.query({ 'pagination[count]': '200', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('activations', [activation(2)], null, 'Mg=='));

		expect(await runJson({ ...list, returnAll: true, simplify: false })).toEqual([
			activation(1),
			activation(2),
		]);
	});
});
