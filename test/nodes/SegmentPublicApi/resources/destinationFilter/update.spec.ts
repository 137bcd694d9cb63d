import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { byId, filter } from './fixtures';

const base = {
	resource: 'destinationFilter',
	operation: 'update',
	destinationId: byId('dst1'),
	filterId: 'flt1',
};

describe('Destination Filter > Update', () => {
	it('patches only the fields given, keeping the current actions', async () => {
		apiWithBody()
			.patch('/destination/dst1/filters/flt1', {
				enabled: false,
				title: 'Off for now',
				description: '',
			})
			.reply(200, { data: { filter: filter(1, { enabled: false }) } });

		const items = await runJson({
			...base,
			updateFields: { enabled: false, title: 'Off for now', description: '' },
		});

		expect(items).toEqual([filter(1, { enabled: false })]);
	});

	it('replaces the condition and the actions', async () => {
		apiWithBody()
			.patch('/destination/dst1/filters/flt1', {
				if: 'type = "identify"',
				actions: [{ type: 'SAMPLE', percent: 0.5 }],
			})
			.reply(200, { data: { filter: filter(1) } });

		const items = await runJson({
			...base,
			updateFields: { if: 'type = "identify"' },
			actionsInput: 'fields',
			actions: { action: [{ type: 'SAMPLE', percentage: 50 }] },
		});

		expect(items).toEqual([filter(1)]);
	});

	it('sends the actions alone from JSON', async () => {
		apiWithBody()
			.patch('/destination/dst1/filters/flt1', { actions: [{ type: 'DROP' }] })
			.reply(200, { data: { filter: filter(1) } });

		const items = await runJson({ ...base, actionsInput: 'json', actionsJson: [{ type: 'DROP' }] });

		expect(items).toEqual([filter(1)]);
	});

	it.each([
		[{}, /Nothing to update/],
		[{ updateFields: { title: '' } }, /The field "Title" is empty/],
		[{ actionsInput: 'json', actionsJson: 'not json' }, /"Actions \(JSON\)" is not valid JSON/],
	])('refuses %j without sending a request', async (change, message) => {
		const sent = await capture(
			() => expect(runNode({ ...base, ...change })).rejects.toThrow(message),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
