import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { BETA, filter, simplified, US } from './fixtures';

describe('Space Filter > Get', () => {
	it('gets the filter with the v1beta media type, the ID URL-encoded, simplified', async () => {
		apiWithoutBody(US, BETA)
			.get('/filters/flt%2F1')
			.reply(200, { data: { filter: filter(1) } });

		const items = await runJson({ resource: 'spaceFilter', operation: 'get', filterId: 'flt/1' });

		expect(items).toEqual([simplified(1)]);
	});

	it('returns the filter unchanged with Simplify off', async () => {
		apiWithoutBody(US, BETA)
			.get('/filters/flt1')
			.reply(200, { data: { filter: filter(1) } });

		const items = await runJson({
			resource: 'spaceFilter',
			operation: 'get',
			filterId: 'flt1',
			simplify: false,
		});

		expect(items).toEqual([filter(1)]);
	});

	it('refuses an empty filter ID before sending anything', async () => {
		await expect(
			runJson({ resource: 'spaceFilter', operation: 'get', filterId: '' }),
		).rejects.toThrow(/The field "(filterId|Filter ID)" is empty/);
	});
});
