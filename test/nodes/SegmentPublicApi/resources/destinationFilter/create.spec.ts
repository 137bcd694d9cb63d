import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { byId, filter } from './fixtures';

const base = {
	resource: 'destinationFilter',
	operation: 'create',
	destinationId: byId('dst 1'),
	sourceId: byId('src1'),
	title: 'Trim PII',
	if: '  event = "Order Completed"  ',
	actions: { action: [{ type: 'DROP' }] },
};

describe('Destination Filter > Create', () => {
	it('posts to the singular /destination path with the given source and returns the filter', async () => {
		apiWithBody()
			.post('/destination/dst%201/filters', {
				sourceId: 'src1',
				title: 'Trim PII',
				if: 'event = "Order Completed"',
				actions: [{ type: 'DROP' }],
				enabled: true,
			})
			.reply(200, { data: { filter: filter(1) } });

		expect(await runJson(base)).toEqual([filter(1)]);
	});

	it('maps every kind of action, property paths into fields, percentages into fractions', async () => {
		apiWithBody()
			.post('/destination/dst%201/filters', {
				sourceId: 'src1',
				title: 'Trim PII',
				if: 'event = "Order Completed"',
				actions: [
					{
						type: 'DROP_PROPERTIES',
						fields: { properties: ['email', 'phone'], '': ['userId'], 'context.traits': ['ip'] },
					},
					{ type: 'ALLOW_PROPERTIES', fields: { properties: ['total'] } },
					{ type: 'SAMPLE', percent: 0.25, path: 'userId' },
					{ type: 'SAMPLE', percent: 0.1 },
				],
				enabled: false,
				description: 'No PII in Amplitude',
			})
			.reply(200, { data: { filter: filter(2) } });

		const items = await runJson({
			...base,
			enabled: false,
			additionalFields: { description: 'No PII in Amplitude' },
			actions: {
				action: [
					{
						type: 'DROP_PROPERTIES',
						properties:
							'properties.email, properties.phone\nuserId, context.traits.ip, properties.email',
					},
					{ type: 'ALLOW_PROPERTIES', properties: 'properties.total' },
					{ type: 'SAMPLE', percentage: 25, samplePath: ' userId ' },
					{ type: 'SAMPLE' },
				],
			},
		});

		expect(items).toEqual([filter(2)]);
	});

	it('sends the Actions (JSON) as given', async () => {
		const actions = [{ type: 'DROP_PROPERTIES', fields: { 'properties.address': ['street'] } }];
		apiWithBody()
			.post('/destination/dst%201/filters', {
				sourceId: 'src1',
				title: 'Trim PII',
				if: 'event = "Order Completed"',
				actions,
				enabled: true,
			})
			.reply(200, { data: { filter: filter(3) } });

		const items = await runJson({
			...base,
			actionsInput: 'json',
			actionsJson: JSON.stringify(actions),
		});

		expect(items).toEqual([filter(3)]);
	});

	it("reads the destination's source first when Source is empty", async () => {
		apiWithoutBody()
			.get('/destinations/dst%201')
			.reply(200, {
				data: { destination: { id: 'dst 1', sourceId: 'srcOfDst', name: 'Amplitude' } },
			});
		apiWithBody()
			.post('/destination/dst%201/filters', {
				sourceId: 'srcOfDst',
				title: 'Trim PII',
				if: 'event = "Order Completed"',
				actions: [{ type: 'DROP' }],
				enabled: true,
			})
			.reply(200, { data: { filter: filter(4) } });

		expect(await runJson({ ...base, sourceId: { __rl: true, mode: 'list', value: '' } })).toEqual([
			filter(4),
		]);
	});

	it.each([
		[{ title: '  ' }, /The field "Title" is empty/],
		[{ if: '' }, /The field "Condition \(FQL\)" is empty/],
		[{ actions: {} }, /The field "Actions" has no action/],
		[
			{ actions: { action: [{ type: 'DROP_PROPERTIES', properties: ' , ' }] } },
			/"Properties" of action 1 is empty/,
		],
		[
			{
				actions: {
					action: [{ type: 'DROP' }, { type: 'ALLOW_PROPERTIES', properties: 'properties.' }],
				},
			},
			/"Properties" of action 2 has an invalid path: "properties\."/,
		],
		[
			{ actions: { action: [{ type: 'SAMPLE', percentage: 150 }] } },
			/"Sample Percentage" of action 1 must be between 0 and 100/,
		],
		[
			{ actionsInput: 'json', actionsJson: '[{"type": "DROP"' },
			/"Actions \(JSON\)" is not valid JSON/,
		],
		[
			{ actionsInput: 'json', actionsJson: '[]' },
			/"Actions \(JSON\)" must be a JSON array with at least one action/,
		],
		[
			{ actionsInput: 'json', actionsJson: '{"type": "DROP"}' },
			/"Actions \(JSON\)" must be a JSON array/,
		],
		[
			{ actionsInput: 'json', actionsJson: '[{"type": "DROP"}, {"percent": 0.5}]' },
			/without a type at position 2/,
		],
		[{ destinationId: byId(' ') }, /The field "Destination" is empty/],
	])('refuses %j without sending a request', async (change, message) => {
		const sent = await capture(
			() => expect(runNode({ ...base, ...change })).rejects.toThrow(message),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
