import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { byId, filter } from './fixtures';

const base = {
	resource: 'destinationFilter',
	operation: 'get',
	destinationId: byId('dst1'),
	filterId: 'flt1',
};

describe('Destination Filter > Get', () => {
	it('gets the filter under the singular /destination path', async () => {
		apiWithoutBody()
			.get('/destination/dst1/filters/flt1')
			.reply(200, { data: { filter: filter(1) } });

		expect(await runJson(base)).toEqual([filter(1)]);
	});

	it('encodes both IDs', async () => {
		apiWithoutBody()
			.get('/destination/d%2F1/filters/f%3F1')
			.reply(200, { data: { filter: filter(1) } });

		expect(await runJson({ ...base, destinationId: byId('d/1'), filterId: 'f?1' })).toEqual([
			filter(1),
		]);
	});

	it('refuses an empty filter ID without sending a request', async () => {
		const sent = await capture(
			() =>
				expect(runNode({ ...base, filterId: ' ' })).rejects.toThrow(
					/The field "(Filter ID|filterId)" is empty/,
				),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
