import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA, base, US } from './fixtures';

describe('Computed Trait > Delete', () => {
	it('DELETEs the trait and returns the status', async () => {
		apiWithoutBody(US, ALPHA)
			.delete('/spaces/spa_1/computed-traits/ais%231')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({ ...base, operation: 'delete', computedTraitId: 'ais#1' });

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
