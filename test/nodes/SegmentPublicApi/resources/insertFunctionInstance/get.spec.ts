import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { ALPHA, instance } from './fixtures';

const base = { resource: 'insertFunctionInstance', operation: 'get', instanceId: 'ifi1' };

describe('Insert Function Instance > Get', () => {
	it('gets the instance with the v1alpha media type', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/insert-function-instances/ifi1')
			.reply(200, { data: { insertFunctionInstance: instance(1) } });

		expect(await runJson(base)).toEqual([instance(1)]);
	});

	it('encodes the ID', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/insert-function-instances/a%2F..%2Fb')
			.reply(200, { data: { insertFunctionInstance: instance(1) } });

		expect(await runJson({ ...base, instanceId: 'a/../b' })).toEqual([instance(1)]);
	});

	it('refuses an empty ID without sending a request', async () => {
		const sent = await capture(
			() =>
				expect(runNode({ ...base, instanceId: '' })).rejects.toThrow(
					/The field "(Instance ID|instanceId)" is empty/,
				),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
