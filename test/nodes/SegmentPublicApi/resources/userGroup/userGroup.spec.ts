import nock from 'nock';
import { listSearch, runJson, runNode } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, exactQuery, page } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const group = (n: number, extra: Record<string, unknown> = {}) => ({
	id: `grp${n}`,
	name: `Group ${n}`,
	memberCount: n,
	permissions: [],
	...extra,
});

describe('User Group > Get Many and Get', () => {
	it('lists the groups with a Limit', async () => {
		apiWithoutBody()
			.get('/groups')
			.query(exactQuery({ 'pagination[count]': '2' }))
			.reply(200, page('userGroups', [group(1), group(2)], 'Mg=='));

		expect(await runJson({ resource: 'userGroup', operation: 'getAll', limit: 2 })).toEqual([
			group(1),
			group(2),
		]);
	});

	it('gets one group, the ID URL-encoded', async () => {
		apiWithoutBody()
			.get('/groups/grp%201')
			.reply(200, { data: { userGroup: group(1) } });

		expect(
			await runJson({ resource: 'userGroup', operation: 'get', userGroupId: byId('grp 1') }),
		).toEqual([group(1)]);
	});

	it('offers the groups in the From List mode, searchable by name', async () => {
		apiWithoutBody()
			.get('/groups')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(
				200,
				page('userGroups', [group(1, { name: 'Analysts' }), group(2, { name: 'Engineers' })]),
			);

		const result = await listSearch('searchUserGroups', 'anal');
		expect(result.results).toEqual([{ name: 'Analysts', value: 'grp1' }]);
	});
});

describe('User Group > Create, Update, Delete', () => {
	it('creates a group with its name', async () => {
		apiWithBody()
			.post('/groups', { name: 'Analysts' })
			.reply(200, { data: { userGroup: group(1, { name: 'Analysts' }) } });

		expect(await runJson({ resource: 'userGroup', operation: 'create', name: 'Analysts' })).toEqual(
			[group(1, { name: 'Analysts' })],
		);
	});

	it('renames a group', async () => {
		apiWithBody()
			.patch('/groups/grp1', { name: 'Data' })
			.reply(200, { data: { userGroup: group(1, { name: 'Data' }) } });

		expect(
			await runJson({
				resource: 'userGroup',
				operation: 'update',
				userGroupId: byId('grp1'),
				name: 'Data',
			}),
		).toEqual([group(1, { name: 'Data' })]);
	});

	it('deletes a group', async () => {
		apiWithoutBody()
			.delete('/groups/grp1')
			.reply(200, { data: { status: 'SUCCESS' } });

		expect(
			await runJson({ resource: 'userGroup', operation: 'delete', userGroupId: byId('grp1') }),
		).toEqual([{ status: 'SUCCESS' }]);
	});
});

describe('User Group > members and invites', () => {
	it('adds people by email, trimmed, and returns the group', async () => {
		apiWithBody()
			.post('/groups/grp1/users', { emails: ['ada@example.com', 'grace@example.com'] })
			.reply(200, { data: { userGroup: group(1, { memberCount: 3 }) } });

		const items = await runJson({
			resource: 'userGroup',
			operation: 'addUsers',
			userGroupId: byId('grp1'),
			emails: ' ada@example.com,\ngrace@example.com ',
		});

		expect(items).toEqual([group(1, { memberCount: 3 })]);
	});

	it('refuses an empty Emails field before sending', async () => {
		await expect(
			runNode({
				resource: 'userGroup',
				operation: 'addUsers',
				userGroupId: byId('grp1'),
				emails: ' , ',
			}),
		).rejects.toThrow('The field "Emails" is empty');
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('removes people by email, sent as the emails query array', async () => {
		apiWithoutBody()
			.delete('/group/grp1/users')
			.query(exactQuery({ 'emails[0]': 'ada@example.com', 'emails[1]': 'grace@example.com' }))
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'userGroup',
			operation: 'removeUsers',
			userGroupId: byId('grp1'),
			emails: 'ada@example.com, grace@example.com',
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('replaces the members with the given emails (PUT on /group/, singular, as Segment names it)', async () => {
		apiWithBody()
			.put('/group/grp1/users', { emails: ['ada@example.com'] })
			.reply(200, { data: { userGroup: group(1) } });

		expect(
			await runJson({
				resource: 'userGroup',
				operation: 'replaceUsers',
				userGroupId: byId('grp1'),
				emails: 'ada@example.com',
			}),
		).toEqual([group(1)]);
	});

	it('lists the members across pages on Return All', async () => {
		const user = (n: number) => ({
			id: `usr${n}`,
			name: `User ${n}`,
			email: `user${n}@example.com`,
		});
		apiWithoutBody()
			.get('/groups/grp1/users')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(200, page('users', [user(1)], 'Mg=='))
			.get('/groups/grp1/users')
			.query(exactQuery({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' }))
			.reply(200, page('users', [user(2)], null, 'Mg=='));

		expect(
			await runJson({
				resource: 'userGroup',
				operation: 'getUsers',
				userGroupId: byId('grp1'),
				returnAll: true,
			}),
		).toEqual([user(1), user(2)]);
	});

	it('turns each pending invite email into an item', async () => {
		apiWithoutBody()
			.get('/groups/grp1/invites')
			.query(exactQuery({ 'pagination[count]': '50' }))
			.reply(200, {
				data: {
					emails: ['ada@example.com', 'grace@example.com'],
					pagination: { current: 'MA==', next: null, previous: null },
				},
			});

		expect(
			await runJson({ resource: 'userGroup', operation: 'getInvites', userGroupId: byId('grp1') }),
		).toEqual([{ email: 'ada@example.com' }, { email: 'grace@example.com' }]);
	});
});
