import { runJson, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { ALPHA, profilesWarehouse, refusesBeforeSending, SNOWFLAKE, space } from './fixtures';

describe('Engage: Profiles Sync > Create', () => {
	it('sends the type, the parsed settings and the additional fields with the v1alpha media type', async () => {
		apiWithBody(US, ALPHA)
			.post('/spaces/spa1/profiles-warehouses', {
				metadataId: SNOWFLAKE,
				settings: { account: 'acme', password: 'secret' },
				enabled: false,
				name: 'Profiles 1',
				schemaName: 'profiles_1',
			})
			.reply(201, { data: { profilesWarehouse: profilesWarehouse(1) } });

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'create',
			spaceId: space('spa1'),
			metadataId: SNOWFLAKE,
			settings: '{"account": "acme", "password": "secret"}',
			additionalFields: { enabled: false, name: 'Profiles 1', schemaName: 'profiles_1' },
		});

		expect(items).toEqual([profilesWarehouse(1)]);
	});

	it('URL-encodes the space ID', async () => {
		apiWithBody(US, ALPHA)
			.post('/spaces/spa%2F1/profiles-warehouses', {
				metadataId: SNOWFLAKE,
				settings: { account: 'a' },
			})
			.reply(201, { data: { profilesWarehouse: profilesWarehouse(2) } });

		const items = await runJson({
			resource: 'profilesWarehouse',
			operation: 'create',
			spaceId: space('spa/1'),
			metadataId: SNOWFLAKE,
			settings: { account: 'a' },
		});

		expect(items).toEqual([profilesWarehouse(2)]);
	});

	it('refuses invalid settings JSON before sending', async () => {
		await refusesBeforeSending(
			'POST',
			{ operation: 'create', spaceId: space('spa1'), metadataId: SNOWFLAKE, settings: '{bad' },
			'The field "Settings" is not valid JSON',
		);
	});

	it('refuses a censored secret in the settings before sending', async () => {
		await refusesBeforeSending(
			'POST',
			{
				operation: 'create',
				spaceId: space('spa1'),
				metadataId: SNOWFLAKE,
				settings: '{"password": "••••••"}',
			},
			'The field "Settings" holds a censored secret at "password"',
		);
	});

	it('refuses an empty space before sending', async () => {
		await refusesBeforeSending(
			'POST',
			{ operation: 'create', spaceId: space(''), metadataId: SNOWFLAKE, settings: '{}' },
			'The field "Space" is empty',
		);
	});
});
