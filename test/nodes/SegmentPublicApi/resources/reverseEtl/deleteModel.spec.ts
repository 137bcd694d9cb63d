import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA, byId } from './fixtures';

describe('Reverse ETL > Delete Model', () => {
	it("deletes the model and returns Segment's status", async () => {
		apiWithoutBody(US, ALPHA)
			.delete('/reverse-etl-models/mdl1')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'reverseEtl',
			operation: 'deleteModel',
			reverseEtlModelId: byId('mdl1'),
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
