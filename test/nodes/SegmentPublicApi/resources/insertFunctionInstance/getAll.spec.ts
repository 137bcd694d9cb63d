import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { ALPHA, byId, instance } from './fixtures';

const list = {
	resource: 'insertFunctionInstance',
	operation: 'getAll',
	functionId: byId('ifnd_abc123'),
};

describe('Insert Function Instance > Get Many', () => {
	it('asks for Limit instances of the function, by its class ID, with v1alpha', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/insert-function-instances')
			.query({ functionId: 'abc123', 'pagination[count]': '2' })
			.reply(200, page('instances', [instance(1), instance(2)], 'Mg=='));

		expect(await runJson({ ...list, limit: 2 })).toEqual([instance(1), instance(2)]);
	});

	it('follows the cursor with pages of 1000 on Return All, keeping the function in the query', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/insert-function-instances')
			.query({ functionId: 'abc123', 'pagination[count]': '1000' })
			.reply(200, page('instances', [instance(1)], 'MQ=='))
			.get('/insert-function-instances')
			.query({ functionId: 'abc123', 'pagination[count]': '1000', 'pagination[cursor]': 'MQ==' })
			.reply(200, page('instances', [instance(2)], null, 'MQ=='));

		expect(await runJson({ ...list, returnAll: true })).toEqual([instance(1), instance(2)]);
	});

	it('refuses a function that is not an insert function without sending a request', async () => {
		const sent = await capture(
			() =>
				expect(runNode({ ...list, functionId: byId('sfnc_1') })).rejects.toThrow(
					/is not an insert function/,
				),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
