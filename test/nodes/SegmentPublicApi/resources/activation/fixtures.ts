export const ALPHA = 'application/vnd.segment.v1alpha+json';

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export const AUDIENCE = '/spaces/spa_1/audiences/aud_1';

export const audience = { resource: 'activation', spaceId: byId('spa_1'), audienceId: 'aud_1' };

export function activation(n: number) {
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

export function simplifiedActivation(n: number) {
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

export const CONNECTIONS = '/spaces/spa_1/audiences/aud_1/destination-connections';
