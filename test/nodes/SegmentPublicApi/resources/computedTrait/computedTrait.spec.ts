import { runJson } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, exactQuery, page } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const US = 'https://api.segmentapis.com';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

function trait(n: number) {
	return {
		id: `ais${n}`,
		spaceId: 'spa_1',
		name: `Trait ${n}`,
		description: '',
		key: `trait_${n}`,
		enabled: n !== 2,
		definition: { query: `event('E${n}').count()`, type: 'USERS' },
		status: 'Live',
		createdBy: 'u1',
		updatedBy: 'u1',
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-02T00:00:00.000Z',
		options: { includeHistoricalData: true },
	};
}

function simplified(n: number) {
	return {
		id: `ais${n}`,
		name: `Trait ${n}`,
		key: `trait_${n}`,
		enabled: n !== 2,
		status: 'Live',
		type: 'USERS',
		query: `event('E${n}').count()`,
		spaceId: 'spa_1',
		updatedAt: '2026-01-02T00:00:00.000Z',
	};
}

const base = { resource: 'computedTrait', spaceId: byId('spa_1') };

describe('Computed Trait > Create', () => {
	it('POSTs the name and definition, with the additional fields and options', async () => {
		apiWithBody(US, ALPHA)
			.post('/spaces/spa_1/computed-traits', {
				name: 'Trait 1',
				definition: { type: 'ACCOUNTS', query: "event('E1').count()" },
				description: 'Counts E1',
				enabled: false,
				options: {
					backfillDurationDays: 7,
					includeAnonymousUsers: true,
					includeHistoricalData: false,
				},
			})
			.reply(200, { data: { computedTrait: trait(1) } });

		const items = await runJson({
			...base,
			operation: 'create',
			name: ' Trait 1 ',
			definitionType: 'ACCOUNTS',
			query: "event('E1').count()",
			additionalFields: {
				description: 'Counts E1',
				enabled: false,
				backfillDurationDays: 7,
				includeAnonymousUsers: true,
				includeHistoricalData: false,
			},
		});

		expect(items).toEqual([trait(1)]);
	});

	it('sends only the name and definition when nothing else is set', async () => {
		apiWithBody(US, ALPHA)
			.post('/spaces/spa_1/computed-traits', {
				name: 'Trait 1',
				definition: { type: 'USERS', query: "event('E1').count()" },
			})
			.reply(200, { data: { computedTrait: trait(1) } });

		const items = await runJson({
			...base,
			operation: 'create',
			name: 'Trait 1',
			query: "event('E1').count()",
		});

		expect(items).toEqual([trait(1)]);
	});

	it.each([
		[{ name: '  ', query: 'q' }, 'The field "Name" is empty'],
		[{ name: 'n', query: '' }, 'The field "Query" is empty'],
		[{ name: 'n', query: 'q', spaceId: byId('') }, 'The field "Space" is empty'],
	])('refuses %j before sending anything', async (parameters, message) => {
		await expect(runJson({ ...base, operation: 'create', ...parameters })).rejects.toThrow(message);
	});
});

describe('Computed Trait > Get', () => {
	it('gets the trait, both IDs URL-encoded, simplified by default', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa%2F1/computed-traits/ais%3F1')
			.reply(200, { data: { computedTrait: trait(1) } });

		const items = await runJson({
			...base,
			operation: 'get',
			spaceId: byId('spa/1'),
			computedTraitId: 'ais?1',
		});

		expect(items).toEqual([simplified(1)]);
	});

	it('returns the trait unchanged with Simplify off', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa_1/computed-traits/ais1')
			.reply(200, { data: { computedTrait: trait(1) } });

		const items = await runJson({
			...base,
			operation: 'get',
			computedTraitId: 'ais1',
			simplify: false,
		});

		expect(items).toEqual([trait(1)]);
	});

	it('refuses an empty computed trait ID before sending anything', async () => {
		await expect(runJson({ ...base, operation: 'get', computedTraitId: ' ' })).rejects.toThrow(
			/The field "Computed Trait" is empty/,
		);
	});
});

describe('Computed Trait > Get Many', () => {
	it('asks for Limit traits and simplifies them', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa_1/computed-traits')
			.query(exactQuery({ 'pagination[count]': '2' }))
			.reply(200, page('computedTraits', [trait(1), trait(2)], 'Mg=='));

		const items = await runJson({ ...base, operation: 'getAll', limit: 2 });

		expect(items).toEqual([simplified(1), simplified(2)]);
	});

	it('follows the cursor on Return All, raw with Simplify off', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa_1/computed-traits')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(200, page('computedTraits', [trait(1)], 'Mg=='))
			.get('/spaces/spa_1/computed-traits')
			.query(exactQuery({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' }))
			.reply(200, page('computedTraits', [trait(2)], null, 'Mg=='));

		const items = await runJson({
			...base,
			operation: 'getAll',
			returnAll: true,
			simplify: false,
		});

		expect(items).toEqual([trait(1), trait(2)]);
	});
});

describe('Computed Trait > Update', () => {
	const target = { ...base, operation: 'update', computedTraitId: 'ais1' };

	it('PATCHes the fields given, the definition whole', async () => {
		apiWithBody(US, ALPHA)
			.patch('/spaces/spa_1/computed-traits/ais1', {
				name: 'Renamed',
				description: 'New',
				enabled: false,
				definition: { type: 'ACCOUNTS', query: "event('E9').count()" },
			})
			.reply(200, { data: { computedTrait: trait(1) } });

		const items = await runJson({
			...target,
			updateFields: {
				name: ' Renamed ',
				description: 'New',
				enabled: false,
				definitionType: 'ACCOUNTS',
				query: "event('E9').count()",
			},
		});

		expect(items).toEqual([trait(1)]);
	});

	it('sends only the one field given', async () => {
		apiWithBody(US, ALPHA)
			.patch('/spaces/spa_1/computed-traits/ais1', { enabled: true })
			.reply(200, { data: { computedTrait: trait(1) } });

		expect(await runJson({ ...target, updateFields: { enabled: true } })).toEqual([trait(1)]);
	});

	it.each([
		[{}, 'The field "Update Fields" is empty'],
		[{ query: 'q' }, 'The field "Definition Type" is missing from "Update Fields"'],
		[{ definitionType: 'USERS' }, 'The field "Query" is missing from "Update Fields"'],
		[{ definitionType: 'USERS', query: ' ' }, 'The field "Query" is empty'],
		[{ name: '' }, 'The field "Name" is empty'],
	])('refuses Update Fields %j before sending anything', async (updateFields, message) => {
		await expect(runJson({ ...target, updateFields })).rejects.toThrow(message);
	});
});

describe('Computed Trait > Delete', () => {
	it('DELETEs the trait and returns the status', async () => {
		apiWithoutBody(US, ALPHA)
			.delete('/spaces/spa_1/computed-traits/ais%231')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({ ...base, operation: 'delete', computedTraitId: 'ais#1' });

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
