import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
import { ALPHA, audience, CONNECTIONS } from './fixtures';

function simplifiedConnection(n: number) {
	return {
		id: `ii_${n}`,
		name: `Destination ${n}`,
		destinationId: `dst${n}`,
		type: 'Braze',
		typeSlug: 'braze',
		enabled: n !== 2,
		sourceId: 'src_engage',
		idSyncConfiguration: [{ externalId: 'email', strategy: 'last' }],
	};
}

function connection(n: number) {
	return {
		id: `ii_${n}`,
		name: `Destination ${n}`,
		destinationId: `dst${n}`,
		sourceId: 'src_engage',
		enabled: n !== 2,
		createdAt: '2026-01-01T00:00:00Z',
		updatedAt: '2026-01-02T00:00:00Z',
		settings: { apiKey: '••••••', listName: `List ${n}` },
		metadata: { id: 'meta1', name: 'Braze', slug: 'braze' },
		idSyncConfiguration: [{ externalId: 'email', strategy: 'last' }],
		connectionSettings: null,
	};
}

describe('Engage: Audience Activation > Get Destinations', () => {
	const list = { ...audience, operation: 'getDestinations' };

	it('asks for Limit connections and simplifies them', async () => {
		apiWithoutBody(US, ALPHA)
			.get(CONNECTIONS)
			.query({ 'pagination[count]': '2' })
			.reply(200, page('connections', [connection(1), connection(2)], 'Mg=='));

		expect(await runJson({ ...list, limit: 2 })).toEqual([
			simplifiedConnection(1),
			simplifiedConnection(2),
		]);
	});

	it('follows the cursor with pages of 200 on Return All', async () => {
		apiWithoutBody(US, ALPHA)
			.get(CONNECTIONS)
			.query({ 'pagination[count]': '200' })
			.reply(200, page('connections', [connection(1)], 'Mg=='))
			.get(CONNECTIONS)
			.query({ 'pagination[count]': '200', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('connections', [connection(2)], null, 'Mg=='));

		expect(await runJson({ ...list, returnAll: true })).toEqual([
			simplifiedConnection(1),
			simplifiedConnection(2),
		]);
	});

	it('returns the connections unchanged with Simplify off', async () => {
		apiWithoutBody(US, ALPHA)
			.get(CONNECTIONS)
			.query({ 'pagination[count]': '50' })
			.reply(200, page('connections', [connection(3)]));

		expect(await runJson({ ...list, simplify: false })).toEqual([connection(3)]);
	});
});
