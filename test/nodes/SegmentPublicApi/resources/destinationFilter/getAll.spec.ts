import { runJson } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
import { byId, filter } from './fixtures';

const list = { resource: 'destinationFilter', operation: 'getAll', destinationId: byId('dst1') };

describe('Destination Filter > Get Many', () => {
	it('asks for Limit filters and returns them unchanged', async () => {
		apiWithoutBody()
			.get('/destination/dst1/filters')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('filters', [filter(1), filter(2)], 'Mg=='));

		expect(await runJson({ ...list, limit: 2 })).toEqual([filter(1), filter(2)]);
	});

	it('follows the cursor with pages of 1000 on Return All', async () => {
		apiWithoutBody()
			.get('/destination/dst1/filters')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('filters', [filter(1)], 'MQ=='))
			.get('/destination/dst1/filters')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'MQ==' })
			.reply(200, page('filters', [filter(2), filter(3)], null, 'MQ=='));

		expect(await runJson({ ...list, returnAll: true })).toEqual([filter(1), filter(2), filter(3)]);
	});
});
