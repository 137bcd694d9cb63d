import { runJson, US } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, page } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const AUDIENCE = '/spaces/spa_1/audiences/aud_1';
const audience = { resource: 'activation', spaceId: byId('spa_1'), audienceId: 'aud_1' };

function activation(n: number) {
	return {
		id: `act_${n}`,
		enabled: n !== 2,
		workspaceId: 'ws1',
		spaceId: 'spa_1',
		audienceId: 'aud_1',
		connectionId: 'ii_1',
		activationType: 'Audience Entered',
		activationName: `Activation ${n}`,
		displayName: null,
		personalization: { profile: { properties: ['email'], mapping: {} }, entities: [] },
		destinationMapping: { actionId: 'action1', settings: { email: '$.traits.email' } },
		performResync: false,
	};
}

function simplified(n: number) {
	return {
		id: `act_${n}`,
		activationName: `Activation ${n}`,
		displayName: null,
		activationType: 'Audience Entered',
		enabled: n !== 2,
		audienceId: 'aud_1',
		connectionId: 'ii_1',
		actionId: 'action1',
		performResync: false,
	};
}

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

describe('Engage: Audience Activation > Get Activation', () => {
	const get = { ...audience, operation: 'getActivation', activationId: 'act_1' };

	it('GETs the activation and simplifies it', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${AUDIENCE}/activations/act_1`)
			.reply(200, { data: { activation: activation(1) } });

		expect(await runJson(get)).toEqual([simplified(1)]);
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

describe('Engage: Audience Activation > Get Many Activations', () => {
	const list = { ...audience, operation: 'getActivations' };

	it('asks for Limit activations and simplifies them', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${AUDIENCE}/activations`)
			.query({ 'pagination[count]': '2' })
			.reply(200, page('activations', [activation(1), activation(2)], 'Mg=='));

		expect(await runJson({ ...list, limit: 2 })).toEqual([simplified(1), simplified(2)]);
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
