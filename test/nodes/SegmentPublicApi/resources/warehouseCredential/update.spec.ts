import nock from 'nock';
import type { INodeParameters } from 'n8n-workflow';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { credential, everythingIn, MASK } from './helpers';

// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- a fake secret the tests search for
const PASSWORD = 'n3w-r0tated-password-value';

function update(overrides: INodeParameters = {}): INodeParameters {
	return {
		resource: 'warehouseCredential',
		operation: 'update',
		credentialId: 'cred1',
		updateFields: {},
		secretSettings: {},
		...overrides,
	};
}

describe('Warehouse Credential > Update', () => {
	it('PATCHes the name and settings with the secrets, the ID URL-encoded, and returns the credential', async () => {
		apiWithBody()
			.patch('/credentials/cred%2F1%20x', {
				name: 'Renamed',
				settings: { warehouse: 'BIG_WH', password: PASSWORD },
			})
			.reply(200, { data: { credential: credential(1, { name: 'Renamed' }) } });

		const items = await runJson(
			update({
				credentialId: ' cred/1 x ',
				updateFields: { name: ' Renamed ', settings: '{"warehouse": "BIG_WH"}' },
				secretSettings: { secret: [{ key: 'password', value: PASSWORD }] },
			}),
		);

		expect(items).toEqual([credential(1, { name: 'Renamed' })]);
	});

	it('rotates only a secret, with no other field', async () => {
		apiWithBody()
			.patch('/credentials/cred1', { settings: { password: PASSWORD } })
			.reply(200, { data: { credential: credential(1) } });

		const items = await runJson(
			update({ secretSettings: { secret: [{ key: 'password', value: PASSWORD }] } }),
		);

		expect(items).toEqual([credential(1)]);
	});

	it('sends only the name when no settings are given', async () => {
		apiWithBody()
			.patch('/credentials/cred1', { name: 'Only name' })
			.reply(200, { data: { credential: credential(1) } });

		expect(await runJson(update({ updateFields: { name: 'Only name' } }))).toEqual([credential(1)]);
	});

	it("keeps the new secret out of the error when Segment's error repeats it", async () => {
		apiWithBody()
			.patch('/credentials/cred1', { settings: { password: PASSWORD } })
			.reply(409, {
				errors: [{ type: 'conflict', message: `password ${PASSWORD} was used before` }],
			});

		let caught: unknown;
		try {
			await runNode(update({ secretSettings: { secret: [{ key: 'password', value: PASSWORD }] } }));
		} catch (error) {
			caught = error;
		}

		expect((caught as Error).message).toBe('password [redacted] was used before');
		expect(everythingIn(caught)).not.toContain(PASSWORD);
	});

	it.each<[string, INodeParameters, string]>([
		['no field at all', {}, 'Nothing to update'],
		['only empty Settings', { updateFields: { settings: '{}' } }, 'Nothing to update'],
		[
			'an empty Credential ID',
			{ credentialId: ' ', updateFields: { name: 'x' } },
			'The field "Warehouse Credential" is empty',
		],
		['an empty Name', { updateFields: { name: '' } }, 'The field "Name" is empty'],
		[
			'invalid JSON in Settings',
			{ updateFields: { settings: '{' } },
			'The field "Settings" is not valid JSON',
		],
		[
			'a secret in Settings',
			{ updateFields: { settings: `{"password": "${PASSWORD}"}` } },
			'The field "Settings" holds the secret "password"',
		],
		[
			'the censor mask in Settings',
			{ updateFields: { settings: `{"password": "${MASK}"}` } },
			'The field "Settings" holds a censored secret at "password"',
		],
		[
			'a secret without a value',
			{ secretSettings: { secret: [{ key: 'password' }] } },
			'The secret "password" in "Secret Settings" is empty',
		],
	])('refuses %s before sending', async (_, overrides, message) => {
		let caught: unknown;
		try {
			await runNode(update(overrides));
		} catch (error) {
			caught = error;
		}

		expect((caught as Error).message).toBe(message);
		expect(everythingIn(caught)).not.toContain(PASSWORD);
		expect(nock.pendingMocks()).toEqual([]);
	});
});
