import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const SPACE = '/spaces/spa_1';
const schema = { resource: 'spaceSchema', spaceId: byId('spa_1') };

const event = (name: string) => ({ name, type: 'TRACK', lastSeenAt: '2026-01-01T00:00:00Z' });
const eventProperty = (name: string) => ({
	name,
	type: 'PROPERTY',
	eventName: 'Order Completed',
	lastSeenAt: '2026-01-01T00:00:00Z',
	samples: ['a', 'b'],
});
const trait = (key: string) => ({ trait: key, type: 'CUSTOM', lastSeenAt: '2026-01-01T00:00:00Z' });
const entityPath = {
	id: 'ep_1',
	entityName: 'Accounts',
	pathName: 'Accounts',
	entitySlug: 'accounts',
	relationshipSlugs: [],
	childRelationshipSlugs: ['account-subscriptions'],
	parentRelationshipSlugPath: '',
};
const entityProperty = { name: 'account_id', primaryKey: true, dataType: 'STRING' };
const sampleValues = { sampleValues: ['ada@example.com', 'grace@example.com'] };

describe('Engage: Space Schema > Get Events', () => {
	const getEvents = { ...schema, operation: 'getEvents' };

	it('asks for Limit events, one item each, with search and sorting', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/events`)
			.query({ 'pagination[count]': '2', search: 'Order', sortBy: 'name', sortDir: 'asc' })
			.reply(200, page('events', [event('Order Completed'), event('Order Refunded')], 'Mg=='));

		const items = await runJson({
			...getEvents,
			limit: 2,
			listOptions: { search: ' Order ', sortBy: 'name', sortDir: 'asc' },
		});

		expect(items).toEqual([event('Order Completed'), event('Order Refunded')]);
	});

	it('follows the cursor with pages of 200 on Return All, without an empty search', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/events`)
			.query({ 'pagination[count]': '200' })
			.reply(200, page('events', [event('A')], 'Mg=='))
			.get(`${SPACE}/events`)
			.query({ 'pagination[count]': '200', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('events', [event('B')], null, 'Mg=='));

		const items = await runJson({ ...getEvents, returnAll: true, listOptions: { search: '  ' } });

		expect(items).toEqual([event('A'), event('B')]);
	});

	it('refuses a Limit of 0 before sending', async () => {
		await expect(runJson({ ...getEvents, limit: 0 })).rejects.toThrow(
			'The field "Limit" must be a whole number of 1 or more',
		);
	});

	it('refuses an empty space before sending', async () => {
		await expect(runJson({ ...getEvents, spaceId: byId('') })).rejects.toThrow(
			'The field "Space" is empty',
		);
	});
});

describe('Engage: Space Schema > Get Event Properties', () => {
	const getProperties = {
		...schema,
		operation: 'getEventProperties',
		eventName: 'Order Completed',
	};

	it('URL-encodes the event name and sends the sample options', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/events/Order%20Completed/properties`)
			.query({
				'pagination[count]': '50',
				includeSampleValues: 'true',
				samplesCount: '5',
				sortBy: 'lastSeenAt',
				sortDir: 'desc',
			})
			.reply(200, page('eventProperties', [eventProperty('order_id'), eventProperty('revenue')]));

		const items = await runJson({
			...getProperties,
			listOptions: {
				includeSampleValues: true,
				samplesCount: 5,
				sortBy: 'lastSeenAt',
				sortDir: 'desc',
			},
		});

		expect(items).toEqual([eventProperty('order_id'), eventProperty('revenue')]);
	});

	it('encodes a slash and a question mark in the event name into the one path segment', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/events/Viewed%20%2Fpricing%3F/properties`)
			.query({ 'pagination[count]': '50' })
			.reply(200, page('eventProperties', []));

		expect(await runJson({ ...getProperties, eventName: 'Viewed /pricing?' })).toEqual([]);
	});

	it('refuses an empty event name before sending', async () => {
		await expect(runJson({ ...getProperties, eventName: '   ' })).rejects.toThrow(
			/The field "(Event Name|eventName)" is empty/,
		);
	});
});

describe('Engage: Space Schema > Get Event Property Samples', () => {
	const getSamples = {
		...schema,
		operation: 'getEventPropertySamples',
		eventName: 'Order Completed',
		propertyName: 'campaign.source',
	};

	it('GETs the sample values of the property as one item, with the property type', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/events/Order%20Completed/properties/campaign.source/sample-values`)
			.query({ propertyType: 'CONTEXT' })
			.reply(200, { data: sampleValues });

		expect(await runJson({ ...getSamples, propertyType: 'CONTEXT' })).toEqual([sampleValues]);
	});

	it('sends no property type for Any', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/events/Order%20Completed/properties/a%20b/sample-values`)
			.reply(200, { data: sampleValues });

		expect(await runJson({ ...getSamples, propertyName: 'a b' })).toEqual([sampleValues]);
	});

	it('refuses an empty property name before sending', async () => {
		await expect(runJson({ ...getSamples, propertyName: '' })).rejects.toThrow(
			/The field "(Property Name|propertyName)" is empty/,
		);
	});
});

describe('Engage: Space Schema > Get Traits', () => {
	const getTraits = { ...schema, operation: 'getTraits' };

	it('asks for the user traits by default', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/traits`)
			.query({ 'pagination[count]': '50', collection: 'users' })
			.reply(200, page('traits', [trait('email'), trait('plan')]));

		expect(await runJson(getTraits)).toEqual([trait('email'), trait('plan')]);
	});

	it('asks for account traits with search, sorting and samples, following the cursor on Return All', async () => {
		const query = {
			'pagination[count]': '200',
			collection: 'accounts',
			search: 'name',
			sortBy: 'lastSeenAt',
			sortDir: 'desc',
			includeSampleValues: 'true',
			samplesCount: '20',
		};
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/traits`)
			.query(query)
			.reply(200, page('traits', [trait('company_name')], 'Mg=='))
			.get(`${SPACE}/traits`)
			.query({ ...query, 'pagination[cursor]': 'Mg==' })
			.reply(200, page('traits', [trait('legal_name')], null, 'Mg=='));

		const items = await runJson({
			...getTraits,
			collection: 'accounts',
			returnAll: true,
			listOptions: {
				search: 'name',
				sortBy: 'lastSeenAt',
				sortDir: 'desc',
				includeSampleValues: true,
				samplesCount: 20,
			},
		});

		expect(items).toEqual([trait('company_name'), trait('legal_name')]);
	});
});

describe('Engage: Space Schema > Get Trait Samples', () => {
	it('GETs the sample values of the trait in the collection, the key URL-encoded', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/traits/first%20name%2F2/sample-values`)
			.query({ collection: 'accounts' })
			.reply(200, { data: sampleValues });

		const items = await runJson({
			...schema,
			operation: 'getTraitSamples',
			traitKey: 'first name/2',
			collection: 'accounts',
		});

		expect(items).toEqual([sampleValues]);
	});

	it('refuses an empty trait key before sending', async () => {
		await expect(
			runJson({ ...schema, operation: 'getTraitSamples', traitKey: '' }),
		).rejects.toThrow(/The field "(Trait Key|traitKey)" is empty/);
	});
});

describe('Engage: Space Schema > Get Entity Paths', () => {
	it('asks for Limit paths with the search', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/entity-paths`)
			.query({ 'pagination[count]': '1', search: 'acc' })
			.reply(200, page('entityPaths', [entityPath], 'MQ=='));

		const items = await runJson({
			...schema,
			operation: 'getEntityPaths',
			limit: 1,
			listOptions: { search: 'acc' },
		});

		expect(items).toEqual([entityPath]);
	});
});

describe('Engage: Space Schema > Get Entity Properties', () => {
	it('GETs the properties of the entity, the slug URL-encoded', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/entities/my%20accounts/properties`)
			.query({ 'pagination[count]': '50', includeSampleValues: 'false' })
			.reply(200, page('entityProperties', [entityProperty]));

		const items = await runJson({
			...schema,
			operation: 'getEntityProperties',
			entitySlug: 'my accounts',
			listOptions: { includeSampleValues: false },
		});

		expect(items).toEqual([entityProperty]);
	});

	it('refuses an empty entity slug before sending', async () => {
		await expect(
			runJson({ ...schema, operation: 'getEntityProperties', entitySlug: '' }),
		).rejects.toThrow(/The field "(Entity Slug|entitySlug)" is empty/);
	});
});

describe('Engage: Space Schema > Get Entity Property Samples', () => {
	it('GETs the sample values of the entity property as one item', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/entities/accounts/properties/account_id/sample-values`)
			.reply(200, { data: sampleValues });

		const items = await runJson({
			...schema,
			operation: 'getEntityPropertySamples',
			entitySlug: 'accounts',
			propertyName: 'account_id',
		});

		expect(items).toEqual([sampleValues]);
	});
});
