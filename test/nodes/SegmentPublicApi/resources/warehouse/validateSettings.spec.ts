import nock from 'nock';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';

const POSTGRES = 'aea3fX3g4o';

describe('Warehouse > Validate Settings', () => {
	it('sends the type and the parsed settings, and returns the connection status', async () => {
		apiWithBody()
			.post('/warehouses/validation', {
				metadataId: POSTGRES,
				settings: { hostname: 'db.example.com', port: '5432', password: 'secret' },
			})
			.reply(200, { data: { status: 'CONNECTED' } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'validateSettings',
			metadataId: POSTGRES,
			settings: '{"hostname": "db.example.com", "port": "5432", "password": "secret"}',
		});

		expect(items).toEqual([{ status: 'CONNECTED' }]);
	});

	it('returns FAILED as an item, not as an error', async () => {
		apiWithBody()
			.post('/warehouses/validation', { metadataId: POSTGRES, settings: { hostname: 'nowhere' } })
			.reply(200, { data: { status: 'FAILED' } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'validateSettings',
			metadataId: POSTGRES,
			settings: { hostname: 'nowhere' },
		});

		expect(items).toEqual([{ status: 'FAILED' }]);
	});

	it.each([
		['{bad', 'The field "Settings" is not valid JSON'],
		['[1]', 'The field "Settings" must be a JSON object'],
		['{"password": "••••••"}', 'The field "Settings" holds a censored secret at "password"'],
	])('refuses the settings %s before sending any request', async (settings, message) => {
		const trap = nock(US)
			.intercept(() => true, 'POST')
			.reply(200, {});

		await expect(
			runNode({
				resource: 'warehouse',
				operation: 'validateSettings',
				metadataId: POSTGRES,
				settings,
			}),
		).rejects.toThrow(message);

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});

	it("rejects with Segment's message for an unknown warehouse type", async () => {
		apiWithBody()
			.post('/warehouses/validation', { metadataId: 'nope', settings: {} })
			.reply(422, {
				errors: [
					{
						type: 'input-validation',
						message: 'Warehouse metadata "nope" not found',
						field: 'metadataId',
					},
				],
			});

		await expect(
			runNode({
				resource: 'warehouse',
				operation: 'validateSettings',
				metadataId: 'nope',
				settings: '{}',
			}),
		).rejects.toThrow('Warehouse metadata "nope" not found (field: metadataId)');
	});
});
