import type { IDataObject } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { BETA, byId, filter, simplified, US } from './fixtures';

const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** One page of space filters as Segment sends it: numeric offsets, no `next` on the last page. */
function filterPage(numbers: number[], current: number, next: number | undefined, total: number) {
	const pagination: IDataObject = { current, totalEntries: total };
	if (next !== undefined) pagination.next = next;
	return { data: { filters: numbers.map(filter), pagination } };
}

describe('Space Filter > Get Many', () => {
	const list = { resource: 'spaceFilter', operation: 'getAll', spaceId: byId('spa_1') };

	it('follows the numeric offset over 3 pages of 10 on Return All', async () => {
		apiWithoutBody(US, BETA)
			.get('/filters')
			.query(exactQuery({ integrationId: 'spa_1', 'pagination[count]': '10' }))
			.reply(200, filterPage(range(1, 10), 0, 10, 23))
			.get('/filters')
			.query(
				exactQuery({
					integrationId: 'spa_1',
					'pagination[count]': '10',
					'pagination[cursor]': '10',
				}),
			)
			.reply(200, filterPage(range(11, 20), 10, 20, 23))
			.get('/filters')
			.query(
				exactQuery({
					integrationId: 'spa_1',
					'pagination[count]': '10',
					'pagination[cursor]': '20',
				}),
			)
			.reply(200, filterPage(range(21, 23), 20, undefined, 23));

		const items = await runJson({ ...list, returnAll: true, simplify: false });

		expect(items).toEqual(range(1, 23).map(filter));
	});

	it('asks for pages of at most 10 up to Limit, the last one only for what is missing', async () => {
		apiWithoutBody(US, BETA)
			.get('/filters')
			.query(exactQuery({ integrationId: 'spa_1', 'pagination[count]': '10' }))
			.reply(200, filterPage(range(1, 10), 0, 10, 23))
			.get('/filters')
			.query(
				exactQuery({
					integrationId: 'spa_1',
					'pagination[count]': '2',
					'pagination[cursor]': '10',
				}),
			)
			.reply(200, filterPage(range(11, 12), 10, 12, 23));

		const items = await runJson({ ...list, limit: 12 });

		expect(items).toEqual(range(1, 12).map(simplified));
	});

	it('asks for Limit filters when it is under 10, the space ID in the query', async () => {
		apiWithoutBody(US, BETA)
			.get('/filters')
			.query(exactQuery({ integrationId: 'spa/2', 'pagination[count]': '3' }))
			.reply(200, filterPage(range(1, 3), 0, 3, 23));

		const items = await runJson({ ...list, spaceId: byId('spa/2'), limit: 3 });

		expect(items).toEqual(range(1, 3).map(simplified));
	});

	it('refuses an empty space before sending anything', async () => {
		await expect(runJson({ ...list, spaceId: byId('') })).rejects.toThrow(
			'The field "Space" is empty',
		);
	});
});
