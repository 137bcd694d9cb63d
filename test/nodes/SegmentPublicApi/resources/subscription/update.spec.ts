import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const updated = {
	id: 'sub1',
	name: 'Renamed',
	actionId: 'act1',
	actionSlug: 'logEvent',
	destinationId: 'dst1',
	enabled: false,
	trigger: 'type = "identify"',
	settings: { user_id: { '@path': '$.userId' } },
	modelId: '',
};

const target = {
	resource: 'destinationSubscription',
	operation: 'update',
	destinationId: byId('dst1'),
	subscriptionId: 'sub1',
};

describe('Destination Subscription > Update', () => {
	it('PATCHes every field under "input", settings parsed, and returns the subscription', async () => {
		apiWithBody(undefined, ALPHA)
			.patch('/destinations/dst1/subscriptions/sub1', {
				input: {
					name: 'Renamed',
					trigger: 'type = "identify"',
					enabled: false,
					settings: { user_id: { '@path': '$.userId' } },
				},
			})
			.reply(200, { data: { subscription: updated } });

		const items = await runJson({
			...target,
			updateFields: {
				name: 'Renamed',
				trigger: 'type = "identify"',
				enabled: false,
				settings: '{"user_id": {"@path": "$.userId"}}',
			},
		});

		expect(items).toEqual([updated]);
	});

	it('sends only the fields given', async () => {
		apiWithBody(undefined, ALPHA)
			.patch('/destinations/dst1/subscriptions/sub1', { input: { enabled: true } })
			.reply(200, { data: { subscription: { ...updated, enabled: true } } });

		const items = await runJson({ ...target, updateFields: { enabled: true } });

		expect(items).toEqual([{ ...updated, enabled: true }]);
	});

	it('refuses invalid settings JSON without sending a request, naming the field', async () => {
		const sent = await capture(
			() =>
				expect(runNode({ ...target, updateFields: { settings: '{"a":' } })).rejects.toThrow(
					/The field "Settings" is not valid JSON/,
				),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});

	it('refuses an empty Subscription ID without sending a request', async () => {
		const sent = await capture(
			() =>
				expect(runNode({ ...target, subscriptionId: ' ', updateFields: { enabled: true } })).rejects.toThrow(
					/The field "Subscription ID" is empty/,
				),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});

	it('refuses an update with nothing set before sending any request, naming the fields to set', async () => {
		const sent = await capture(
			() =>
				expect(runNode({ ...target, updateFields: {} })).rejects.toMatchObject({
					message: 'Set at least one of "Enabled", "Name", "Settings", "Trigger (FQL)" in "Update Fields"',
				}),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
