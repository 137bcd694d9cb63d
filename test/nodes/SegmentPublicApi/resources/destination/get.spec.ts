import nock from 'nock';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody, destination } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

function simplified(n: number) {
	const record = destination(n);
	return {
		id: `dst${n}`,
		name: `Destination ${n}`,
		enabled: record.enabled,
		type: 'Amplitude',
		typeId: '54521fd725e721e32a72eeb3',
		sourceId: record.sourceId,
	};
}

describe('Destination > Get', () => {
	it('gets one destination and simplifies it by default', async () => {
		apiWithoutBody().get('/destinations/dst1').reply(200, { data: { destination: destination(1) } });

		const items = await runJson({ resource: 'destination', operation: 'get', destinationId: byId('dst1') });

		expect(items).toEqual([
			{
				id: 'dst1',
				name: 'Destination 1',
				enabled: false,
				type: 'Amplitude',
				typeId: '54521fd725e721e32a72eeb3',
				sourceId: 'src1',
			},
		]);
	});

	it("returns Segment's destination unchanged with Simplify off", async () => {
		apiWithoutBody().get('/destinations/dst2').reply(200, { data: { destination: destination(2) } });

		const items = await runJson({
			resource: 'destination',
			operation: 'get',
			destinationId: byId('dst2'),
			simplify: false,
		});

		expect(items).toEqual([destination(2)]);
	});

	it('URL-encodes the ID into the path', async () => {
		apiWithoutBody().get('/destinations/a%20b%2Fc').reply(200, { data: { destination: destination(4) } });

		const items = await runJson({ resource: 'destination', operation: 'get', destinationId: byId('a b/c') });

		expect(items).toEqual([simplified(4)]);
	});

	it('takes the destination ID out of a Segment app URL', async () => {
		apiWithoutBody().get('/destinations/dst9').reply(200, { data: { destination: destination(9) } });

		const items = await runJson({
			resource: 'destination',
			operation: 'get',
			destinationId: {
				__rl: true,
				mode: 'url',
				value: 'https://app.segment.com/acme/destinations/amplitude/sources/my_site/instances/dst9/configuration',
			},
		});

		expect(items).toEqual([simplified(9)]);
	});

	it('uses the ID picked from the list', async () => {
		apiWithoutBody().get('/destinations/dst6').reply(200, { data: { destination: destination(6) } });

		const items = await runJson({
			resource: 'destination',
			operation: 'get',
			destinationId: { __rl: true, mode: 'list', value: 'dst6', cachedResultName: 'Destination 6' },
		});

		expect(items).toEqual([simplified(6)]);
	});

	it('sends one request per input item, with the ID taken from each item', async () => {
		apiWithoutBody()
			.get('/destinations/dst1')
			.reply(200, { data: { destination: destination(1) } })
			.get('/destinations/dst2')
			.reply(200, { data: { destination: destination(2) } });

		const items = await runJson(
			{ resource: 'destination', operation: 'get', destinationId: byId('={{ $json.id }}') },
			{ items: [{ json: { id: 'dst1' } }, { json: { id: 'dst2' } }] },
		);

		expect(items).toEqual([simplified(1), simplified(2)]);
	});

	it.each([
		['empty', ''],
		['blank', '   '],
	])('refuses an %s ID, naming the field, before sending any request', async (_, value) => {
		const trap = nock(US).intercept(() => true, 'GET').reply(200, {});

		await expect(
			runNode({ resource: 'destination', operation: 'get', destinationId: byId(value) }),
		).rejects.toThrow('The field "Destination" is empty');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});

	it("rejects with Segment's error message when the destination does not exist", async () => {
		apiWithoutBody()
			.get('/destinations/nope')
			.reply(404, { errors: [{ type: 'not-found', message: 'Destination not found' }] });

		await expect(
			runNode({ resource: 'destination', operation: 'get', destinationId: byId('nope') }),
		).rejects.toThrow('Destination not found');
	});
});
