import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { activation, ALPHA, audience, AUDIENCE, simplifiedActivation } from './fixtures';

describe('Engage: Audience Activation > Get Activation', () => {
	const get = { ...audience, operation: 'getActivation', activationId: 'act_1' };

	it('GETs the activation and simplifies it', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${AUDIENCE}/activations/act_1`)
			.reply(200, { data: { activation: activation(1) } });

		expect(await runJson(get)).toEqual([simplifiedActivation(1)]);
	});

	it('returns the activation unchanged with Simplify off, the IDs URL-encoded', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa_1/audiences/aud%201/activations/act%2F1')
			.reply(200, { data: { activation: activation(1) } });

		const items = await runJson({
			...get,
			audienceId: 'aud 1',
			activationId: 'act/1',
			simplify: false,
		});

		expect(items).toEqual([activation(1)]);
	});

	it('refuses an empty activation ID before sending', async () => {
		await expect(runJson({ ...get, activationId: ' ' })).rejects.toThrow(/is empty/);
	});
});
