import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { ALPHA, instance } from './fixtures';

const base = { resource: 'insertFunctionInstance', operation: 'update', instanceId: 'ifi1' };

describe('Insert Function Instance > Update', () => {
	it('patches the settings and the fields given, with v1alpha', async () => {
		apiWithBody(undefined, ALPHA)
			.patch('/insert-function-instances/ifi1', {
				settings: { region: 'us' },
				enabled: false,
				name: 'Renamed',
			})
			.reply(200, { data: { insertFunctionInstance: instance(1, { enabled: false }) } });

		const items = await runJson({
			...base,
			settings: '{"region": "us"}',
			updateFields: { enabled: false, name: 'Renamed' },
		});

		expect(items).toEqual([instance(1, { enabled: false })]);
	});

	it('always sends the settings, which Segment requires, as {} by default', async () => {
		apiWithBody(undefined, ALPHA)
			.patch('/insert-function-instances/ifi1', { settings: {} })
			.reply(200, { data: { insertFunctionInstance: instance(1) } });

		expect(await runJson(base)).toEqual([instance(1)]);
	});

	it('refuses invalid settings JSON without sending a request', async () => {
		const sent = await capture(
			() =>
				expect(runNode({ ...base, settings: '{' })).rejects.toThrow(
					/The field "Settings \(JSON\)" is not valid JSON/,
				),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
