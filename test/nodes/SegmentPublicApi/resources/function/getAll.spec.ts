import { runJson } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';

function fn(n: number, resourceType = 'SOURCE') {
	return {
		id: `dfn_${n}`,
		workspaceId: 'ws1',
		resourceType,
		displayName: `Function ${n}`,
		description: `Function number ${n}`,
		code: `// ${n}`,
		createdAt: `2026-01-0${n}T00:00:00.000Z`,
		deployedAt: `2026-02-0${n}T00:00:00.000Z`,
		settings: [],
	};
}

function simplified(n: number, resourceType = 'SOURCE') {
	return {
		id: `dfn_${n}`,
		displayName: `Function ${n}`,
		resourceType,
		description: `Function number ${n}`,
		deployedAt: `2026-02-0${n}T00:00:00.000Z`,
		createdAt: `2026-01-0${n}T00:00:00.000Z`,
	};
}

describe('Function > Get Many', () => {
	it('lists the functions of the chosen type up to the Limit, simplified', async () => {
		apiWithoutBody()
			.get('/functions')
			.query({ resourceType: 'DESTINATION', 'pagination[count]': '2' })
			.reply(200, page('functions', [fn(1, 'DESTINATION'), fn(2, 'DESTINATION')], 'Mg=='));

		const items = await runJson({ resource: 'function', operation: 'getAll', resourceType: 'DESTINATION', limit: 2 });

		expect(items).toEqual([simplified(1, 'DESTINATION'), simplified(2, 'DESTINATION')]);
	});

	it('sends the type on every page of Return All', async () => {
		apiWithoutBody()
			.get('/functions')
			.query({ resourceType: 'INSERT_SOURCE', 'pagination[count]': '1000' })
			.reply(200, page('functions', [fn(1, 'INSERT_SOURCE')], 'Mg=='))
			.get('/functions')
			.query({ resourceType: 'INSERT_SOURCE', 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('functions', [fn(2, 'INSERT_SOURCE')], null, 'Mg=='));

		const items = await runJson({
			resource: 'function',
			operation: 'getAll',
			resourceType: 'INSERT_SOURCE',
			returnAll: true,
		});

		expect(items).toEqual([simplified(1, 'INSERT_SOURCE'), simplified(2, 'INSERT_SOURCE')]);
	});

	it('lists source functions by default and returns them unchanged with Simplify off', async () => {
		apiWithoutBody()
			.get('/functions')
			.query({ resourceType: 'SOURCE', 'pagination[count]': '50' })
			.reply(200, page('functions', [fn(1)]));

		expect(await runJson({ resource: 'function', operation: 'getAll', simplify: false })).toEqual([fn(1)]);
	});
});
