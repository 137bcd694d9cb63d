import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA, base, byId, simplified, trait, US } from './fixtures';

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
