import nock from 'nock';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody, destination } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Destination > Update', () => {
	it('sends the name, enabled state and parsed settings, and returns the updated destination', async () => {
		const updated = destination(1, { name: 'Renamed', enabled: true, settings: { apiKey: 'k' } });
		apiWithBody()
			.patch('/destinations/dst1', { name: 'Renamed', enabled: true, settings: { apiKey: 'k' } })
			.reply(200, { data: { destination: updated } });

		const items = await runJson({
			resource: 'destination',
			operation: 'update',
			destinationId: byId('dst1'),
			updateFields: { name: 'Renamed', enabled: true, settings: '{"apiKey":"k"}' },
		});

		expect(items).toEqual([updated]);
	});

	it('sends only the fields given', async () => {
		apiWithBody()
			.patch('/destinations/dst2', { enabled: false })
			.reply(200, { data: { destination: destination(2, { enabled: false }) } });

		const items = await runJson({
			resource: 'destination',
			operation: 'update',
			destinationId: byId('dst2'),
			updateFields: { enabled: false },
		});

		expect(items).toEqual([destination(2, { enabled: false })]);
	});

	it('URL-encodes the ID into the path', async () => {
		apiWithBody()
			.patch('/destinations/a%20b%2Fc', { name: 'X' })
			.reply(200, { data: { destination: destination(3) } });

		const items = await runJson({
			resource: 'destination',
			operation: 'update',
			destinationId: byId('a b/c'),
			updateFields: { name: 'X' },
		});

		expect(items).toEqual([destination(3)]);
	});

	it('takes the destination ID out of a Segment app URL', async () => {
		apiWithBody()
			.patch('/destinations/dst9', { settings: { apiKey: 'new' } })
			.reply(200, { data: { destination: destination(9) } });

		const items = await runJson({
			resource: 'destination',
			operation: 'update',
			destinationId: {
				__rl: true,
				mode: 'url',
				value: 'https://app.segment.com/acme/destinations/amplitude/sources/my_site/instances/dst9/configuration',
			},
			updateFields: { settings: '{"apiKey": "new"}' },
		});

		expect(items).toEqual([destination(9)]);
	});

	it('refuses invalid JSON in Settings, naming the field, before sending any request', async () => {
		const trap = nock(US).intercept(() => true, 'PATCH').reply(200, {});

		await expect(
			runNode({
				resource: 'destination',
				operation: 'update',
				destinationId: byId('dst1'),
				updateFields: { name: 'Renamed', settings: '{bad' },
			}),
		).rejects.toThrow('The field "Settings" is not valid JSON');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('refuses an empty ID, naming the field, before sending any request', async () => {
		const trap = nock(US).intercept(() => true, 'PATCH').reply(200, {});

		await expect(
			runNode({
				resource: 'destination',
				operation: 'update',
				destinationId: byId(''),
				updateFields: { name: 'Renamed' },
			}),
		).rejects.toThrow('The field "Destination" is empty');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('refuses an update with nothing set before sending any request, naming the fields to set', async () => {
		const sent = await capture(
			() =>
				expect(runNode({ resource: 'destination', operation: 'update', destinationId: byId('dst1'), updateFields: {} })).rejects.toMatchObject({
					message: 'Set at least one of "Enabled", "Name", "Settings" in "Update Fields"',
				}),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
