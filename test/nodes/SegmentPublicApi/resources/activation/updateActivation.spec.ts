import { runJson, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { activation, ALPHA, AUDIENCE, audience } from './fixtures';

describe('Engage: Audience Activation > Update Activation', () => {
	const update = { ...audience, operation: 'updateActivation', activationId: 'act_1' };

	it('PATCHes the fields given', async () => {
		apiWithBody(US, ALPHA)
			.patch(`${AUDIENCE}/activations/act_1`, {
				enabled: false,
				performResync: true,
				activationName: 'Renamed',
				personalization: { entities: [] },
				destinationMapping: { actionId: 'action1', settings: { email: '$.traits.mail' } },
			})
			.reply(200, { data: { activation: activation(1) } });

		const items = await runJson({
			...update,
			updateFields: {
				enabled: false,
				performResync: true,
				activationName: ' Renamed ',
				personalization: '{"entities": []}',
				destinationMapping: '{"actionId": "action1", "settings": {"email": "$.traits.mail"}}',
			},
		});

		expect(items).toEqual([activation(1)]);
	});

	it('clears the display name with an empty Display Name', async () => {
		apiWithBody(US, ALPHA)
			.patch(`${AUDIENCE}/activations/act_1`, { displayName: null })
			.reply(200, { data: { activation: activation(1) } });

		expect(await runJson({ ...update, updateFields: { displayName: '' } })).toEqual([
			activation(1),
		]);
	});

	it('refuses an update with nothing to change before sending', async () => {
		await expect(runJson({ ...update, updateFields: {} })).rejects.toThrow('Nothing to update');
	});

	it('refuses an empty activation name before sending', async () => {
		await expect(runJson({ ...update, updateFields: { activationName: '  ' } })).rejects.toThrow(
			'The field "Activation Name" is empty',
		);
	});
});
