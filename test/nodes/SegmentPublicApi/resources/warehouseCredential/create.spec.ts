import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { credential, everythingIn, MASK } from './helpers';

// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- fake secrets the tests search for
const PASSWORD = 'hunter2-very-secret-password';
const PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----MIIEvQ-fake';

function create(overrides: INodeParameters = {}): INodeParameters {
	return {
		resource: 'warehouseCredential',
		operation: 'create',
		name: ' Snowflake production ',
		credentialType: 'Snowflake',
		settings: '{"account": "acme-xy12345", "username": "SEGMENT_USER"}',
		secretSettings: {
			secret: [
				{ key: 'password', value: PASSWORD },
				{ key: ' privateKey ', value: PRIVATE_KEY },
			],
		},
		...overrides,
	};
}

const SENT = {
	name: 'Snowflake production',
	settings: {
		account: 'acme-xy12345',
		username: 'SEGMENT_USER',
		password: PASSWORD,
		privateKey: PRIVATE_KEY,
		type: 'Snowflake',
	},
};

describe('Warehouse Credential > Create', () => {
	it('POSTs the name and the settings with the secrets and the type, and returns the credential', async () => {
		apiWithBody()
			.post('/credentials', SENT)
			.query((query) => Object.keys(query).length === 0)
			.reply(201, { data: { credential: credential(1) } });

		const items = await runJson(create());

		expect(items).toEqual([credential(1)]);
	});

	it('keeps a secret out of the output even when Segment sends it back', async () => {
		const leaky = credential(1, {
			settings: { type: 'Snowflake', password: PASSWORD, note: `key ${PRIVATE_KEY}` },
		});
		apiWithBody()
			.post('/credentials', SENT)
			.reply(201, { data: { credential: leaky } });

		const items = await runJson(create());

		expect(items).toEqual([
			credential(1, {
				settings: { type: 'Snowflake', password: '[redacted]', note: 'key [redacted]' },
			}),
		]);
		expect(JSON.stringify(items)).not.toContain(PASSWORD);
	});

	it("keeps the secrets out of the error when Segment's error repeats them", async () => {
		apiWithBody()
			.post('/credentials', SENT)
			.reply(422, {
				errors: [
					{
						type: 'validation',
						message: `settings.password "${PASSWORD}" is too weak`,
						field: 'settings.password',
						data: { privateKey: PRIVATE_KEY },
					},
					{ type: 'validation', message: `bad key ${PRIVATE_KEY}` },
				],
			});

		let caught: unknown;
		try {
			await runNode(create());
		} catch (error) {
			caught = error;
		}

		expect((caught as Error).message).toBe(
			'settings.password "[redacted]" is too weak (field: settings.password)',
		);
		const text = everythingIn(caught);
		expect(text).not.toContain(PASSWORD);
		expect(text).not.toContain(PRIVATE_KEY);
		expect(text).toContain('bad key [redacted]');
	});

	it('keeps the secrets out of error items under Continue On Fail', async () => {
		apiWithBody()
			.post('/credentials', SENT)
			.reply(400, { errors: [{ type: 'validation', message: `rejected ${PASSWORD}` }] });

		const items = await runNode(create(), { continueOnFail: true });

		expect(items).toHaveLength(1);
		expect(items[0].error?.message).toBe('rejected [redacted]');
		expect(everythingIn(items[0].error)).not.toContain(PASSWORD);
	});

	it('sends only the type when there are no other settings', async () => {
		apiWithBody()
			.post('/credentials', { name: 'Empty', settings: { type: 'Redshift' } })
			.reply(201, { data: { credential: credential(2) } });

		const items = await runJson(
			create({ name: 'Empty', credentialType: 'Redshift', settings: '{}', secretSettings: {} }),
		);

		expect(items).toEqual([credential(2)]);
	});

	it.each<[string, INodeParameters, string]>([
		['an empty Name', { name: '  ' }, 'The field "Name" is empty'],
		['an empty Credential Type', { credentialType: '' }, 'The field "Credential Type" is empty'],
		[
			'invalid JSON in Settings',
			{ settings: '{"account": ' },
			'The field "Settings" is not valid JSON',
		],
		[
			'Settings that are not an object',
			{ settings: '[1]' },
			'The field "Settings" must be a JSON object',
		],
		[
			'a password in Settings',
			{ settings: `{"account": "a", "password": "${PASSWORD}"}` },
			'The field "Settings" holds the secret "password"',
		],
		[
			'a secret key of another case in Settings',
			{ settings: `{"clientSecret": "${PASSWORD}"}` },
			'The field "Settings" holds the secret "clientSecret"',
		],
		[
			'another type in Settings',
			{ settings: '{"type": "Redshift"}' },
			'The field "Settings" sets "type" to another value than "Credential Type"',
		],
		[
			'the censor mask in Settings',
			{ settings: `{"account": "${MASK}"}` },
			'The field "Settings" holds a censored secret at "account"',
		],
		[
			'a secret without a name',
			{ secretSettings: { secret: [{ key: ' ', value: PASSWORD }] } },
			'The field "Secret Settings" has a secret without a name',
		],
		[
			'a secret without a value',
			{ secretSettings: { secret: [{ key: 'password', value: '' }] } },
			'The secret "password" in "Secret Settings" is empty',
		],
		[
			'a secret given twice',
			{
				secretSettings: {
					secret: [
						{ key: 'password', value: PASSWORD },
						{ key: 'password', value: 'other' },
					],
				},
			},
			'The secret "password" is given twice',
		],
		[
			'a secret also in Settings',
			{
				settings: '{"account": "a"}',
				secretSettings: { secret: [{ key: 'account', value: 'x' }] },
			},
			'The secret "account" is given twice',
		],
		[
			'the censor mask as a secret',
			{ secretSettings: { secret: [{ key: 'password', value: MASK }] } },
			'The field "Secret Settings" holds a censored secret at "password"',
		],
	])(
		'refuses %s before sending, naming the field and never the secret',
		async (_, overrides, message) => {
			let caught: unknown;
			try {
				await runNode(create(overrides));
			} catch (error) {
				caught = error;
			}

			expect((caught as Error).message).toBe(message);
			expect(everythingIn(caught)).not.toContain(PASSWORD);
			expect(nock.pendingMocks()).toEqual([]);
		},
	);

	it('sends the censor mask when Allow Censored Values is on', async () => {
		apiWithBody()
			.post('/credentials', { name: 'Copy', settings: { password: MASK, type: 'Snowflake' } })
			.reply(201, { data: { credential: credential(3) } });

		const items = await runJson(
			create({
				name: 'Copy',
				settings: '{}',
				secretSettings: { secret: [{ key: 'password', value: MASK }] },
				options: { allowCensoredValues: true },
			}),
		);

		expect(items).toEqual([credential(3)]);
	});
});
