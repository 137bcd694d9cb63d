import { runJson, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { activation, ALPHA, AUDIENCE, audience } from './fixtures';

describe('Engage: Audience Activation > Create Activation', () => {
	const create = {
		...audience,
		operation: 'createActivation',
		connectionId: 'ii_1',
		activationName: 'VIPs to Braze',
		activationType: 'Audience Membership Changed',
	};

	it('POSTs the required fields to the connection, with Perform Resync off by default', async () => {
		apiWithBody(US, ALPHA)
			.post(`${AUDIENCE}/destination-connections/ii_1/activations`, {
				activationName: 'VIPs to Braze',
				activationType: 'Audience Membership Changed',
				performResync: false,
			})
			.reply(200, { data: { activation: activation(1) } });

		expect(await runJson(create)).toEqual([activation(1)]);
	});

	it('sends the additional fields, the JSON ones parsed', async () => {
		apiWithBody(US, ALPHA)
			.post(`${AUDIENCE}/destination-connections/ii_1/activations`, {
				activationName: 'VIPs to Braze',
				activationType: 'Audience Membership Changed',
				performResync: true,
				enabled: false,
				displayName: 'VIP table',
				personalization: { profile: { properties: ['email', 'plan'] } },
				destinationMapping: { actionId: 'action1', settings: { email: '$.traits.email' } },
			})
			.reply(200, { data: { activation: activation(1) } });

		const items = await runJson({
			...create,
			performResync: true,
			additionalFields: {
				enabled: false,
				displayName: 'VIP table',
				personalization: '{"profile": {"properties": ["email", "plan"]}}',
				destinationMapping: '{"actionId": "action1", "settings": {"email": "$.traits.email"}}',
			},
		});

		expect(items).toEqual([activation(1)]);
	});

	it('URL-encodes the connection ID', async () => {
		apiWithBody(US, ALPHA)
			.post(`${AUDIENCE}/destination-connections/ii%3F1%2Fx/activations`)
			.reply(200, { data: { activation: activation(1) } });

		expect(await runJson({ ...create, connectionId: 'ii?1/x' })).toEqual([activation(1)]);
	});

	it('refuses a destination mapping without an action before sending', async () => {
		await expect(
			runJson({
				...create,
				additionalFields: { destinationMapping: '{"actionId": "", "settings": {}}' },
			}),
		).rejects.toThrow('The field "Destination Mapping (JSON)" has no "actionId"');
	});

	it('refuses personalization that is not an object before sending', async () => {
		await expect(
			runJson({ ...create, additionalFields: { personalization: '["email"]' } }),
		).rejects.toThrow('The field "Personalization (JSON)" must be a JSON object');
	});

	it('refuses an empty connection ID before sending', async () => {
		await expect(runJson({ ...create, connectionId: '' })).rejects.toThrow(/is empty/);
	});
});
