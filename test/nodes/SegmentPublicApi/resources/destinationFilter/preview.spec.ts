import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

const payload = {
	type: 'track',
	event: 'Order Completed',
	properties: { email: 'a@example.com', total: 5 },
};
const base = {
	resource: 'destinationFilter',
	operation: 'preview',
	if: 'event = "Order Completed"',
	actions: { action: [{ type: 'DROP_PROPERTIES', properties: 'properties.email' }] },
	payload: JSON.stringify(payload),
};

describe('Destination Filter > Preview', () => {
	it('posts the filter and the payload, and returns the input and the result', async () => {
		const result = { inputPayload: payload, result: { ...payload, properties: { total: 5 } } };
		apiWithBody()
			.post('/destination/filters/preview', {
				filter: {
					if: 'event = "Order Completed"',
					actions: [{ type: 'DROP_PROPERTIES', fields: { properties: ['email'] } }],
				},
				payload,
			})
			.reply(200, { data: result });

		expect(await runJson(base)).toEqual([result]);
	});

	it('takes the actions as JSON and the payload as an object from an expression', async () => {
		const result = { inputPayload: payload, result: null };
		apiWithBody()
			.post('/destination/filters/preview', {
				filter: { if: 'all', actions: [{ type: 'DROP' }] },
				payload,
			})
			.reply(200, { data: result });

		const items = await runJson({
			...base,
			if: 'all',
			actionsInput: 'json',
			actionsJson: '[{"type": "DROP"}]',
			payload,
		});

		expect(items).toEqual([result]);
	});

	it.each([
		[{ payload: '{"type": ' }, /The field "Payload \(JSON\)" is not valid JSON/],
		[{ payload: '[1]' }, /The field "Payload \(JSON\)" must be a JSON object/],
		[{ if: ' ' }, /The field "Condition \(FQL\)" is empty/],
	])('refuses %j without sending a request', async (change, message) => {
		const sent = await capture(
			() => expect(runNode({ ...base, ...change })).rejects.toThrow(message),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
