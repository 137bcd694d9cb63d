import nock from 'nock';
import { runJson, runNode } from '../../harness/node';
import { apiWithBody, destination } from '../../harness/segment';

const update = (settings: string, options = {}) => ({
	resource: 'destination',
	operation: 'update',
	destinationId: { __rl: true, mode: 'id', value: 'dst1' },
	updateFields: { settings },
	options,
});

describe('censored secrets', () => {
	it.each([
		['a top-level key', '{"apiKey": "••••••", "region": "eu"}', 'apiKey'],
		['a nested key', '{"auth": {"tokens": ["ok", "••••••ab12"]}}', 'auth.tokens[1]'],
	])('refuses the mask in %s before sending, naming the field and key', async (_, settings, key) => {
		await expect(runNode(update(settings))).rejects.toThrow(
			`The field "Settings" holds a censored secret at "${key}"`,
		);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('refuses the mask on create too', async () => {
		await expect(
			runNode({
				resource: 'warehouse',
				operation: 'create',
				metadataId: 'pg',
				settings: '{"password": "••••••"}',
			}),
		).rejects.toThrow('"Settings" holds a censored secret at "password"');
	});

	it('sends the mask when Allow Censored Values is on', async () => {
		apiWithBody()
			.patch('/destinations/dst1', { settings: { apiKey: '••••••' } })
			.reply(200, { data: { destination: destination(1) } });

		const items = await runJson(update('{"apiKey": "••••••"}', { allowCensoredValues: true }));

		expect(items).toEqual([destination(1)]);
	});

	it('lets bullets inside a value through', async () => {
		apiWithBody()
			.patch('/destinations/dst1', { settings: { note: 'a •••• b' } })
			.reply(200, { data: { destination: destination(1) } });

		expect(await runJson(update('{"note": "a •••• b"}'))).toHaveLength(1);
	});
});
