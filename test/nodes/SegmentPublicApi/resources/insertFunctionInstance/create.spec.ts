import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { ALPHA, byId, instance } from './fixtures';

const base = {
	resource: 'insertFunctionInstance',
	operation: 'create',
	functionId: byId('ifnd_abc123'),
	destinationId: byId('dst1'),
	name: 'Enrich orders',
	settings: '{"region": "eu", "apiKey": "k"}',
};

describe('Insert Function Instance > Create', () => {
	it('posts with v1alpha, the function ID without its prefix, and the destination as integrationId', async () => {
		apiWithBody(undefined, ALPHA)
			.post('/insert-function-instances', {
				functionId: 'abc123',
				integrationId: 'dst1',
				name: 'Enrich orders',
				enabled: true,
				settings: { region: 'eu', apiKey: 'k' },
			})
			.reply(200, { data: { insertFunctionInstance: instance(1) } });

		expect(await runJson(base)).toEqual([instance(1)]);
	});

	it('connects an insert source function to a source, disabled, with empty settings', async () => {
		apiWithBody(undefined, ALPHA)
			.post('/insert-function-instances', {
				functionId: 'src9',
				integrationId: 'src1',
				name: 'Enrich orders',
				enabled: false,
				settings: {},
			})
			.reply(200, { data: { insertFunctionInstance: instance(2) } });

		const items = await runJson({
			...base,
			functionId: byId('ifns_src9'),
			connectTo: 'source',
			sourceId: byId('src1'),
			enabled: false,
			settings: '{}',
		});

		expect(items).toEqual([instance(2)]);
	});

	it.each([
		[{ settings: '{"region": ' }, /The field "Settings \(JSON\)" is not valid JSON/],
		[{ settings: '["eu"]' }, /The field "Settings \(JSON\)" must be a JSON object/],
		[{ settings: '{"apiKey": "••••••"}' }, /holds a censored secret at "apiKey"/],
		[{ functionId: byId('dfn_abc') }, /The function "dfn_abc" is not an insert function/],
		[{ functionId: byId('') }, /The field "Function" is empty/],
		[{ destinationId: byId(' ') }, /The field "Destination" is empty/],
	])('refuses %j without sending a request', async (change, message) => {
		const sent = await capture(
			() => expect(runNode({ ...base, ...change })).rejects.toThrow(message),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
