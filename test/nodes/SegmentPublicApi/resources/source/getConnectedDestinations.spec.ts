import { runJson } from '../../../../harness/node';
import { apiWithoutBody, destination, page } from '../../../../harness/segment';

describe('Source > Get Connected Destinations', () => {
	it('lists every connected destination across pages', async () => {
		apiWithoutBody()
			.get('/sources/src%2F1/connected-destinations')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('destinations', [destination(1)], 'Mg=='))
			.get('/sources/src%2F1/connected-destinations')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('destinations', [destination(2)]));

		const items = await runJson({
			resource: 'source',
			operation: 'getConnectedDestinations',
			sourceId: { __rl: true, mode: 'id', value: 'src/1' },
			returnAll: true,
		});

		expect(items).toEqual([
			{ id: 'dst1', name: 'Destination 1', enabled: false, type: 'Amplitude', typeId: '54521fd725e721e32a72eeb3', sourceId: 'src1' },
			{ id: 'dst2', name: 'Destination 2', enabled: true, type: 'Amplitude', typeId: '54521fd725e721e32a72eeb3', sourceId: 'src2' },
		]);
	});
});
