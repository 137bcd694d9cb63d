import type { IDataObject } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, exactQuery } from '../../../../harness/segment';

const BETA = 'application/vnd.segment.v1beta+json';
const US = 'https://api.segmentapis.com';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

function filter(n: number) {
	return {
		id: `flt${n}`,
		workspaceId: 'ws1',
		integrationId: 'spa_1',
		enabled: n % 2 === 1,
		name: `Filter ${n}`,
		description: '',
		if: `event = 'E${n}'`,
		drop: true,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-02T00:00:00.000Z',
	};
}

function simplified(n: number) {
	return {
		id: `flt${n}`,
		name: `Filter ${n}`,
		enabled: n % 2 === 1,
		if: `event = 'E${n}'`,
		drop: true,
		integrationId: 'spa_1',
		updatedAt: '2026-01-02T00:00:00.000Z',
	};
}

const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** One page of space filters as Segment sends it: numeric offsets, no `next` on the last page. */
function filterPage(numbers: number[], current: number, next: number | undefined, total: number) {
	const pagination: IDataObject = { current, totalEntries: total };
	if (next !== undefined) pagination.next = next;
	return { data: { filters: numbers.map(filter), pagination } };
}

describe('Space Filter > Create', () => {
	it('POSTs the space as integrationId, with the name, condition and additional fields', async () => {
		apiWithBody(US, BETA)
			.post('/filters', {
				integrationId: 'spa_1',
				name: 'Filter 1',
				if: "event = 'E1'",
				description: 'Drops E1',
				drop: true,
				enabled: false,
			})
			.reply(200, { data: { filter: filter(1) } });

		const items = await runJson({
			resource: 'spaceFilter',
			operation: 'create',
			spaceId: byId(' spa_1 '),
			name: ' Filter 1 ',
			if: "event = 'E1'",
			additionalFields: { description: 'Drops E1', drop: true, enabled: false },
		});

		expect(items).toEqual([filter(1)]);
	});

	it.each([
		[{ name: '', if: 'all' }, 'The field "Name" is empty'],
		[{ name: 'n', if: '  ' }, 'The field "Condition (FQL)" is empty'],
		[{ name: 'n', if: 'all', spaceId: byId('') }, 'The field "Space" is empty'],
	])('refuses %j before sending anything', async (parameters, message) => {
		await expect(
			runJson({
				resource: 'spaceFilter',
				operation: 'create',
				spaceId: byId('spa_1'),
				...parameters,
			}),
		).rejects.toThrow(message);
	});
});

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

describe('Space Filter > Update', () => {
	const target = {
		resource: 'spaceFilter',
		operation: 'update',
		filterId: 'flt1',
		spaceId: byId('spa_1'),
	};

	it('PATCHes the fields given with the space as integrationId', async () => {
		apiWithBody(US, BETA)
			.patch('/filters/flt1', {
				integrationId: 'spa_1',
				if: "event = 'E2'",
				description: 'd',
				drop: false,
				enabled: true,
				name: 'Renamed',
			})
			.reply(200, { data: { filter: filter(1) } });

		const items = await runJson({
			...target,
			updateFields: {
				if: "event = 'E2'",
				description: 'd',
				drop: false,
				enabled: true,
				name: 'Renamed',
			},
		});

		expect(items).toEqual([filter(1)]);
	});

	it('sends only the space and the one field given', async () => {
		apiWithBody(US, BETA)
			.patch('/filters/flt1', { integrationId: 'spa_1', enabled: false })
			.reply(200, { data: { filter: filter(1) } });

		expect(await runJson({ ...target, updateFields: { enabled: false } })).toEqual([filter(1)]);
	});

	it.each([
		[{ updateFields: {} }, 'The field "Update Fields" is empty'],
		[{ updateFields: { name: ' ' } }, 'The field "Name" is empty'],
		[{ updateFields: { if: '' } }, 'The field "Condition (FQL)" is empty'],
		[{ updateFields: { enabled: true }, spaceId: byId('') }, 'The field "Space" is empty'],
	])('refuses %j before sending anything', async (parameters, message) => {
		await expect(runJson({ ...target, ...parameters })).rejects.toThrow(message);
	});
});

describe('Space Filter > Delete', () => {
	it('DELETEs the filter and returns what Segment says', async () => {
		apiWithoutBody(US, BETA)
			.delete('/filters/flt%201')
			.reply(200, { data: { deleted: true } });

		const items = await runJson({
			resource: 'spaceFilter',
			operation: 'delete',
			filterId: 'flt 1',
		});

		expect(items).toEqual([{ deleted: true }]);
	});
});
