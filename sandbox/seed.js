'use strict';

/**
 * Demo data for the Segment Public API sandbox (dev-only).
 *
 * The catalog below is a small, hand-written imitation of Segment's catalog: the IDs of
 * Javascript, iOS, Stripe, Amplitude, Postgres, Snowflake, BigQuery and Redshift are the ones
 * that appear in Segment's published API examples; the other IDs are made up for the sandbox.
 * Nothing here is read from the OpenAPI files at runtime.
 */

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
function makeRng(seed) {
	let a = seed >>> 0;
	return function rng() {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Segment-looking IDs (22 characters of base62, like `qQEHquLrjRDN9j1ByrChyn`). */
function makeIdFactory(rng) {
	return function randomId(length = 22) {
		let id = '';
		for (let i = 0; i < length; i++) id += ALPHANUMERIC[Math.floor(rng() * ALPHANUMERIC.length)];
		return id;
	};
}

/** FNV-1a over a string: a stable 32-bit hash used for synthetic event volumes. */
function hash32(text) {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Catalog
// ---------------------------------------------------------------------------------------------

const LOGO = (slug) => `https://d3hotuclm6if1r.cloudfront.net/logos/${slug}-default.svg`;

function option(name, type, required, label, description, defaultValue) {
	const entry = { name, type, required, label, description: description || '' };
	if (defaultValue !== undefined) entry.defaultValue = defaultValue;
	return entry;
}

function sourceMeta(id, slug, name, categories, description, options = [], extra = {}) {
	return {
		id,
		name,
		slug,
		description,
		logos: { default: LOGO(slug), mark: null, alt: null },
		options,
		categories,
		isCloudEventSource: false,
		status: 'PUBLIC',
		partnerOwned: false,
		...extra,
	};
}

let fieldCounter = 0;
function field(fieldKey, label, type, description, extra = {}) {
	fieldCounter += 1;
	return {
		id: `fld${String(fieldCounter).padStart(5, '0')}`,
		sortOrder: fieldCounter,
		fieldKey,
		label,
		type,
		description,
		placeholder: '',
		required: false,
		multiple: false,
		choices: null,
		dynamic: false,
		allowNull: false,
		hidden: false,
		...extra,
	};
}

function action(id, slug, name, description, defaultTrigger, fields) {
	return { id, slug, name, description, platform: 'CLOUD', hidden: false, defaultTrigger, fields };
}

function destinationMeta(id, slug, name, description, categories, options, extra = {}) {
	return {
		id,
		name,
		description,
		slug,
		logos: { default: LOGO(slug), mark: null, alt: null },
		options,
		status: 'PUBLIC',
		previousNames: [name],
		categories,
		website: `https://segment.com/docs/connections/destinations/catalog/${slug}/`,
		components: [
			{
				type: 'SERVER',
				code: `https://github.com/segmentio/integrations/tree/master/integrations/${slug}`,
				owner: 'SEGMENT',
			},
		],
		supportedFeatures: {
			cloudModeInstances: 'MULTIPLE',
			deviceModeInstances: 'NONE',
			replay: false,
			browserUnbundling: false,
			browserUnbundlingPublic: false,
		},
		supportedMethods: { pageview: true, identify: true, alias: false, track: true, group: true },
		supportedPlatforms: {
			browser: true,
			server: true,
			mobile: true,
			warehouse: false,
			cloudAppObject: false,
			linkedAudiences: false,
		},
		actions: [],
		presets: [],
		contacts: [],
		partnerOwned: false,
		supportedRegions: ['us-west-2', 'eu-west-1'],
		regionEndpoints: ['US', 'EU'],
		...extra,
	};
}

function warehouseMeta(id, slug, name, description, options) {
	return {
		id,
		name,
		slug,
		description,
		logos: { default: LOGO(slug), mark: null, alt: null },
		options,
	};
}

const SOURCES_CATALOG = [
	sourceMeta(
		'IqDTy1TpoU',
		'javascript',
		'Javascript',
		['Website'],
		'Track and analyze visitors and customers on your website with analytics.js.',
		[
			option(
				'websiteUrl',
				'string',
				false,
				'Website URL',
				'The URL of the website the source tracks.',
			),
		],
	),
	sourceMeta(
		'xqegKCQA0W',
		'http-api',
		'HTTP API',
		['Server'],
		'Send data to Segment from any device or server with the HTTP Tracking API.',
	),
	sourceMeta(
		'UBrsG9RVzw',
		'ios',
		'iOS',
		['Mobile'],
		'Track users of your iOS, iPadOS and tvOS apps with analytics-swift.',
	),
	sourceMeta(
		'V6ynUvQgbc',
		'android',
		'Android',
		['Mobile'],
		'Track users of your Android apps with analytics-kotlin.',
	),
	sourceMeta(
		'yBGDa9kBTo',
		'node-js',
		'Node.js',
		['Server'],
		'Send server-side data from Node.js with analytics-node.',
	),
	sourceMeta(
		'sEe8NJZ4XL',
		'python',
		'Python',
		['Server'],
		'Send server-side data from Python with analytics-python.',
	),
	sourceMeta(
		'1bow82lmk',
		'stripe',
		'Stripe',
		['Payments'],
		'Pull objects such as charges, customers and invoices from Stripe into your warehouse.',
		[],
		{ isCloudEventSource: false },
	),
	sourceMeta(
		'kG2qs8LJ7R',
		'twilio',
		'Twilio',
		['SMS & Push Notifications'],
		'Pull messages and calls from Twilio.',
		[
			option('accountSid', 'string', true, 'Account SID', 'Your Twilio Account SID.'),
			option('authToken', 'string', true, 'Auth Token', 'Your Twilio Auth Token.'),
		],
	),
	sourceMeta(
		'XE0vf1bTDh',
		'active-campaign',
		'ActiveCampaign',
		['Email Marketing'],
		'Stream email events from ActiveCampaign.',
		[],
		{ isCloudEventSource: true },
	),
];

const DESTINATIONS_CATALOG = [
	destinationMeta(
		'54521fd525e721e32a72ee91',
		'amplitude',
		'Amplitude',
		'Amplitude is an event tracking and segmentation platform for your web and mobile apps.',
		['Analytics'],
		[
			option(
				'apiKey',
				'string',
				true,
				'API Key',
				'You can find your API Key on your Amplitude Settings page.',
				'',
			),
			option(
				'secretKey',
				'string',
				false,
				'Secret Key',
				'Your Amplitude Secret Key, required for user deletion.',
				'',
			),
			option(
				'batchEvents',
				'boolean',
				false,
				'Batch Events',
				'Whether events are batched together before upload.',
				false,
			),
			option(
				'trackAllPages',
				'boolean',
				false,
				'Track All Pages',
				'Whether to send a "Loaded a Page" event for every page call.',
				false,
			),
		],
		{
			website: 'http://amplitude.com',
			supportedFeatures: {
				cloudModeInstances: '1',
				deviceModeInstances: '1',
				replay: true,
				browserUnbundling: true,
				browserUnbundlingPublic: true,
			},
			components: [
				{
					code: 'https://github.com/segmentio/analytics.js-integrations/tree/master/integrations/amplitude',
					owner: 'SEGMENT',
					type: 'BROWSER',
				},
				{
					code: 'https://github.com/segmentio/integrations/tree/master/integrations/amplitude',
					owner: 'SEGMENT',
					type: 'SERVER',
				},
			],
		},
	),
	destinationMeta(
		'5f7dd6d21ad74f3842b1fc47',
		'actions-amplitude',
		'Actions Amplitude',
		'Amplitude with Segment Actions: map events to Amplitude API calls.',
		['Analytics'],
		[
			option('apiKey', 'string', true, 'API Key', 'Amplitude project API key.', ''),
			option('secretKey', 'password', true, 'Secret Key', 'Amplitude project secret key.', ''),
			option(
				'endpoint',
				'select',
				false,
				'Endpoint Region',
				'The region to send data to.',
				'north_america',
			),
		],
		{
			website: 'https://amplitude.com',
			actions: [
				action(
					'aMpLiTuDe0LogEvent0001',
					'logEventV2',
					'Log Event V2',
					'Send an event to Amplitude.',
					'type = "track"',
					[
						field('user_id', 'User ID', 'STRING', 'A readable ID specified by you.', {
							allowNull: true,
						}),
						field('event_type', 'Event Type', 'STRING', 'A unique identifier for your event.', {
							required: true,
						}),
						field('event_properties', 'Event Properties', 'OBJECT', 'Properties of the event.'),
					],
				),
				action(
					'aMpLiTuDe0Identify0002',
					'identifyUser',
					'Identify User',
					'Set the user ID and/or user properties.',
					'type = "identify"',
					[
						field('user_id', 'User ID', 'STRING', 'A readable ID specified by you.', {
							allowNull: true,
						}),
						field('user_properties', 'User Properties', 'OBJECT', 'Properties of the user.'),
					],
				),
				action(
					'aMpLiTuDe0GroupIdent03',
					'groupIdentifyUser',
					'Group Identify User',
					'Set or update properties of a group.',
					'type = "group"',
					[
						field('group_type', 'Group Type', 'STRING', 'The type of the group.', {
							required: true,
						}),
						field('group_value', 'Group Value', 'STRING', 'The value of the group.', {
							required: true,
						}),
					],
				),
			],
			presets: [
				{
					actionId: 'aMpLiTuDe0LogEvent0001',
					name: 'Track Calls',
					fields: {},
					trigger: 'type = "track"',
				},
				{
					actionId: 'aMpLiTuDe0Identify0002',
					name: 'Identify Calls',
					fields: {},
					trigger: 'type = "identify"',
				},
			],
		},
	),
	destinationMeta(
		'60ad61f9ff47a16b8fb7b5d9',
		'google-analytics-4-cloud',
		'Google Analytics 4 Cloud',
		'Send events server-side to the Google Analytics 4 Measurement Protocol.',
		['Analytics'],
		[
			option(
				'measurementId',
				'string',
				false,
				'Measurement ID',
				'The measurement ID of your GA4 web data stream (G-XXXXXXX).',
				'',
			),
			option('apiSecret', 'password', true, 'API Secret', 'A Measurement Protocol API secret.', ''),
		],
		{
			website: 'https://marketingplatform.google.com/about/analytics/',
			actions: [
				action(
					'gA4cLoUd0CustomEvent01',
					'customEvent',
					'Custom Event',
					'Send any custom event.',
					'type = "track"',
					[
						field(
							'clientId',
							'Client ID',
							'STRING',
							'Uniquely identifies a user instance of a web client.',
							{ required: true },
						),
						field('name', 'Event Name', 'STRING', 'The unique name of the custom event.', {
							required: true,
						}),
						field(
							'params',
							'Event Parameters',
							'OBJECT',
							'The event parameters to send to Google.',
						),
					],
				),
				action(
					'gA4cLoUd0Purchase00002',
					'purchase',
					'Purchase',
					'Send an event when a user completes a purchase.',
					'event = "Order Completed"',
					[
						field(
							'clientId',
							'Client ID',
							'STRING',
							'Uniquely identifies a user instance of a web client.',
							{ required: true },
						),
						field(
							'transaction_id',
							'Order ID',
							'STRING',
							'The unique identifier of a transaction.',
							{ required: true },
						),
						field(
							'currency',
							'Currency',
							'STRING',
							'Currency of the items, in 3-letter ISO 4217 format.',
						),
						field('value', 'Value', 'NUMBER', 'The monetary value of the event.'),
					],
				),
				action(
					'gA4cLoUd0PageView00003',
					'pageView',
					'Page View',
					'Send a page view event.',
					'type = "page"',
					[
						field(
							'clientId',
							'Client ID',
							'STRING',
							'Uniquely identifies a user instance of a web client.',
							{ required: true },
						),
						field('page_location', 'Page Location', 'STRING', 'The current URL.'),
					],
				),
				action(
					'gA4cLoUd0AddToCart0004',
					'addToCart',
					'Add to Cart',
					'Send an event when a user adds items to a cart.',
					'event = "Product Added"',
					[
						field(
							'clientId',
							'Client ID',
							'STRING',
							'Uniquely identifies a user instance of a web client.',
							{ required: true },
						),
						field('items', 'Products', 'OBJECT', 'The list of products added.', { multiple: true }),
					],
				),
			],
			presets: [
				{
					actionId: 'gA4cLoUd0PageView00003',
					name: 'Page Call',
					fields: {},
					trigger: 'type = "page"',
				},
			],
		},
	),
	destinationMeta(
		'54521fd725e721e32a72eebb',
		'google-analytics',
		'Google Universal Analytics',
		'Google Universal Analytics (deprecated by Google in favour of GA4).',
		['Analytics'],
		[
			option(
				'trackingId',
				'string',
				true,
				'Website Tracking ID',
				'Your website tracking ID (UA-XXXXXXXX-X).',
				'',
			),
		],
		{ status: 'DEPRECATED' },
	),
	destinationMeta(
		'614a3c7d791c91c41bae7599',
		'actions-webhook',
		'Webhooks (Actions)',
		'Send an HTTP request to any URL for the events you choose.',
		['Raw Data'],
		[
			option(
				'sharedSecret',
				'string',
				false,
				'Shared Secret',
				'If set, requests are signed with an X-Signature header.',
				'',
			),
		],
		{
			actions: [
				action(
					'wEbHoOk0Send0000000001',
					'send',
					'Send',
					'Send an HTTP request.',
					'type = "track" or type = "identify"',
					[
						field('url', 'URL', 'STRING', 'URL to deliver data to.', { required: true }),
						field('method', 'Method', 'STRING', 'HTTP method to use.', {
							required: true,
							defaultValue: 'POST',
							choices: [
								{ label: 'POST', value: 'POST' },
								{ label: 'PUT', value: 'PUT' },
								{ label: 'PATCH', value: 'PATCH' },
							],
						}),
						field('headers', 'Headers', 'OBJECT', 'HTTP headers to send with each request.'),
						field(
							'data',
							'Data',
							'OBJECT',
							'Payload to deliver to the webhook URL (JSON-encoded).',
						),
						field(
							'enable_batching',
							'Batch Data to Webhook',
							'BOOLEAN',
							'Whether to batch events.',
							{ defaultValue: false },
						),
					],
				),
			],
		},
	),
	destinationMeta(
		'5f7dd8e302173ff732db5cc4',
		'actions-slack',
		'Slack (Actions)',
		'Post messages to a Slack channel when events happen.',
		['Raw Data'],
		[],
		{
			actions: [
				action(
					'sLaCk0PostMessage00001',
					'postToChannel',
					'Post Message',
					'Post a message to a Slack channel.',
					'type = "identify"',
					[
						field('url', 'Webhook URL', 'PASSWORD', 'Slack webhook URL.', { required: true }),
						field('text', 'Message', 'TEXT', 'The text message to post to Slack.', {
							required: true,
						}),
						field('channel', 'Channel', 'STRING', 'Slack channel to post the message to.'),
						field('username', 'User', 'STRING', 'User name to post messages as.', {
							defaultValue: 'Segment',
						}),
						field('icon_url', 'Icon URL', 'STRING', 'URL of the icon of the user.'),
					],
				),
			],
		},
	),
	destinationMeta(
		'57da359580412f644ff33fb9',
		'amazon-kinesis',
		'Amazon Kinesis',
		'Send all your data to an Amazon Kinesis stream.',
		['Analytics', 'Raw Data'],
		[
			option(
				'region',
				'string',
				true,
				'AWS Kinesis Stream Region',
				'The Kinesis stream region.',
				'',
			),
			option('roleAddress', 'string', true, 'Role Address', 'The address of the AWS role.', ''),
			option('secretId', 'string', true, 'Secret ID', 'The External ID of your IAM role.', ''),
			option('stream', 'string', true, 'AWS Kinesis Stream Name', 'The Kinesis stream name.', ''),
		],
	),
];

const WAREHOUSES_CATALOG = [
	warehouseMeta('55d3d3aea3c', 'postgres', 'Postgres', 'Open source data warehouse', [
		option('hostname', 'string', true, 'Host', 'The host of the database.'),
		option('port', 'string', true, 'Port', 'The port of the database.', '5432'),
		option('database', 'string', true, 'Database Name', 'The name of the database.'),
		option('username', 'string', true, 'Username', 'The user name to connect with.'),
		option('password', 'password', true, 'Password', 'The password of the user.'),
	]),
	warehouseMeta('CCIl4HLQPz', 'snowflake', 'Snowflake', 'Data warehouse built for the cloud', [
		option('account', 'string', true, 'Account', 'Your Snowflake account identifier.'),
		option('warehouse', 'string', true, 'Warehouse', 'The Snowflake virtual warehouse.'),
		option('database', 'string', true, 'Database Name', 'The name of the database.'),
		option('username', 'string', true, 'Username', 'The user name to connect with.'),
		option('password', 'password', true, 'Password', 'The password of the user.'),
	]),
	warehouseMeta('kwX50Df0hr', 'bigquery', 'BigQuery', 'Google serverless data warehouse', [
		option('gc-project', 'string', true, 'Project', 'The Google Cloud project ID.'),
		option('credentials', 'password', true, 'Credentials', 'Service account JSON key.'),
		option('location', 'string', false, 'Location', 'The dataset location.', 'US'),
	]),
	warehouseMeta('aea3c55dsz', 'redshift', 'Redshift', 'Amazon Redshift data warehouse', [
		option('hostname', 'string', true, 'Host', 'The host of the cluster.'),
		option('port', 'string', true, 'Port', 'The port of the cluster.', '5439'),
		option('database', 'string', true, 'Database Name', 'The name of the database.'),
		option('username', 'string', true, 'Username', 'The user name to connect with.'),
		option('password', 'password', true, 'Password', 'The password of the user.'),
	]),
];

function deepFreeze(value) {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}

const CATALOG = deepFreeze({
	sources: SOURCES_CATALOG,
	destinations: DESTINATIONS_CATALOG,
	warehouses: WAREHOUSES_CATALOG,
});

function catalogBySlug(kind, slug) {
	const entry = CATALOG[kind].find((item) => item.slug === slug);
	if (!entry) throw new Error(`seed: no ${kind} catalog entry ${slug}`);
	return entry;
}

// ---------------------------------------------------------------------------------------------
// Demo workspace
// ---------------------------------------------------------------------------------------------

const WORKSPACE = { id: '9aQ1Lj62S4bomZKLF4DPqW', name: 'Acme Sandbox', slug: 'acme-sandbox' };

const OWNER_ID = 'sgJDWk3K21k6LE3tLU9nRK';
const ROLES = {
	owner: { roleId: '1WDUuRLxv84rrfCNUwvkrRtkxnS', roleName: 'Workspace Owner' },
	member: { roleId: '1WDUuUq0yk6oUt0ZOsHLZ7VGHSb', roleName: 'Workspace Member' },
	sourceAdmin: { roleId: '1WDUuSNGtvq3kSqSp0D5nfiUcUl', roleName: 'Source Admin' },
};

/** The six demo sources; `key` lets the rest of the seed refer to them. */
const DEMO_SOURCES = [
	{
		key: 'web',
		slug: 'acme_website',
		name: 'Acme Website',
		meta: 'javascript',
		enabled: true,
		settings: { websiteUrl: 'https://www.acme.example' },
		labels: [{ key: 'environment', value: 'prod' }],
	},
	{
		key: 'ios',
		slug: 'acme_ios',
		name: 'Acme iOS',
		meta: 'ios',
		enabled: true,
		settings: {},
		labels: [
			{ key: 'environment', value: 'prod' },
			{ key: 'team', value: 'mobile' },
		],
	},
	{
		key: 'android',
		slug: 'acme_android',
		name: 'Acme Android',
		meta: 'android',
		enabled: true,
		settings: {},
		labels: [
			{ key: 'environment', value: 'prod' },
			{ key: 'team', value: 'mobile' },
		],
	},
	{
		key: 'backend',
		slug: 'acme_backend',
		name: 'Acme Backend',
		meta: 'http-api',
		enabled: true,
		settings: {},
		labels: [{ key: 'environment', value: 'prod' }],
	},
	{
		key: 'twilio',
		slug: 'twilio_messages',
		name: 'Twilio Messages',
		meta: 'twilio',
		enabled: true,
		settings: {
			accountSid: 'AC5f1c0e0b7a0d4e8b9c1d2e3f4a5b6c7d',
			authToken: 'sandbox-twilio-auth-token',
		},
		labels: [],
	},
	{
		key: 'legacy',
		slug: 'legacy_website',
		name: 'Legacy Website',
		meta: 'javascript',
		enabled: false,
		settings: { websiteUrl: 'https://old.acme.example' },
		labels: [{ key: 'environment', value: 'dev' }],
	},
];

/** JSON Schema of a rule, the way Segment stores them: the event's properties (or traits) under `properties`. */
function ruleSchema(section, properties, required = []) {
	return {
		$schema: 'http://json-schema.org/draft-07/schema#',
		type: 'object',
		properties: {
			context: {},
			traits: {},
			properties: {},
			[section]: { type: 'object', properties, required },
		},
	};
}

/** The demo tracking plans: [type, key, version, jsonSchema] rules; `sources` are DEMO_SOURCES keys. */
const TRACKING_PLANS = [
	{
		id: 'tp_2aWdKq0Tn6Hs1YQe7JcLpM3vRbX',
		name: 'Acme Web & Mobile',
		slug: 'acme-web-mobile',
		description: 'Events of the website and the mobile apps.',
		type: 'LIVE',
		createdDaysAgo: 40,
		updatedDaysAgo: 5,
		sources: ['web', 'ios', 'android'],
		rules: [
			[
				'TRACK',
				'Order Completed',
				1,
				ruleSchema(
					'properties',
					{
						order_id: { type: 'string' },
						total: { type: 'number' },
						currency: { type: 'string' },
					},
					['order_id', 'total'],
				),
			],
			[
				'TRACK',
				'Product Viewed',
				1,
				ruleSchema('properties', { product_id: { type: 'string' }, name: { type: 'string' } }, [
					'product_id',
				]),
			],
			[
				'IDENTIFY',
				'',
				1,
				ruleSchema('traits', { email: { type: 'string' }, plan: { type: 'string' } }),
			],
			['PAGE', '', 1, ruleSchema('properties', { url: { type: 'string' } })],
		],
	},
	{
		id: 'tp_2aWdLr4Uo8Jt2ZRf9KdMqN5wScY',
		name: 'Backend Events',
		slug: 'backend-events',
		description: 'Server-side orders and subscriptions.',
		type: 'LIVE',
		createdDaysAgo: 25,
		updatedDaysAgo: 2,
		sources: ['backend'],
		rules: [
			[
				'TRACK',
				'Order Completed',
				2,
				ruleSchema('properties', { order_id: { type: 'string' }, revenue: { type: 'number' } }, [
					'order_id',
					'revenue',
				]),
			],
			[
				'TRACK',
				'Subscription Renewed',
				1,
				ruleSchema('properties', { plan: { type: 'string' } }, ['plan']),
			],
			['GROUP', '', 1, ruleSchema('traits', { name: { type: 'string' } })],
		],
	},
];

/** The demo destination filters, by the seeded destination they sit on. */
const DESTINATION_FILTERS = {
	amplitudeWeb: {
		id: '2aWdMs6Vp0Ku4ASg1LeNrO7xTdZ',
		if: 'type = "identify"',
		actions: [{ type: 'DROP_PROPERTIES', fields: { traits: ['email', 'phone'] } }],
		title: 'Strip PII from identify calls',
		description: 'Amplitude gets no email addresses or phone numbers.',
		enabled: true,
		createdDaysAgo: 12,
		updatedDaysAgo: 12,
	},
	ga4: {
		id: '2aWdNt8Wq2Lv6BTh3MfOsP9yUeA',
		if: '!(type = "page" or type = "track")',
		actions: [{ type: 'DROP' }],
		title: 'Only pages and tracks',
		description: 'GA4 only gets page and track calls.',
		enabled: true,
		createdDaysAgo: 9,
		updatedDaysAgo: 4,
	},
};

const GENERATED_SOURCE_TYPES = ['javascript', 'http-api', 'ios', 'android', 'node-js', 'python'];

/** Synthetic traffic for the event volume endpoint: events per hour at the daily peak. */
const VOLUME_PROFILES = {
	web: {
		appVersions: [null],
		events: [
			['Page Viewed', 'page', 5200],
			['Product Viewed', 'track', 2100],
			['Product Added', 'track', 640],
			['Order Completed', 'track', 180],
			[null, 'identify', 900],
		],
	},
	ios: {
		appVersions: ['4.2.0', '4.3.0', '4.3.1'],
		events: [
			['Application Opened', 'track', 1500],
			['Product Viewed', 'track', 900],
			['Order Completed', 'track', 70],
			['Home', 'screen', 1300],
			[null, 'identify', 300],
		],
	},
	android: {
		appVersions: ['4.2.0', '4.3.0'],
		events: [
			['Application Opened', 'track', 1100],
			['Product Viewed', 'track', 700],
			['Order Completed', 'track', 45],
			['Home', 'screen', 950],
		],
	},
	backend: {
		appVersions: [null],
		events: [
			['Order Completed', 'track', 260],
			['Subscription Renewed', 'track', 40],
			[null, 'identify', 120],
			[null, 'group', 15],
		],
	},
};

/**
 * Builds the mutable state of a fresh demo workspace.
 * @param {{ sources?: number, randomId: (length?: number) => string, now: number, workspace?: { id: string, name: string, slug: string } }} options
 */
function createSeed({ sources: sourceCount, randomId, now, workspace = WORKSPACE }) {
	const total =
		sourceCount === undefined || sourceCount === null
			? DEMO_SOURCES.length
			: Math.max(0, Math.floor(sourceCount));
	const iso = (msAgo) => new Date(now - msAgo).toISOString();
	const DAY = 86400000;

	const state = {
		workspace: { ...workspace },
		sources: new Map(),
		sourceSlugs: new Map(),
		destinations: new Map(),
		warehouses: new Map(),
		/** warehouseId -> Set of sourceIds */
		connections: new Map(),
		subscriptions: new Map(),
		functions: new Map(),
		transformations: new Map(),
		users: new Map(),
		invites: new Map(),
		/** sourceId -> { appVersions, events } */
		volume: new Map(),
		volumeStart: Math.floor((now - 30 * DAY) / DAY) * DAY,
		tokenUserId: OWNER_ID,
		/** trackingPlanId -> { id, name, slug, description, type, createdAt, updatedAt, rules, sourceIds } */
		trackingPlans: new Map(),
		/** regulateId -> regulation (workspace, source and cloud source scoped) */
		regulations: new Map(),
		/** subjectType -> Set of suppressed subject IDs (workspace-scoped suppressions) */
		suppressions: new Map(),
		/** sourceId -> schema settings (track, identify, group, forwarding); defaults until changed */
		schemaSettings: new Map(),
		/** filterId -> { id, sourceId, destinationId, if, actions, title, description, enabled, createdAt, updatedAt } */
		destinationFilters: new Map(),
	};

	const keyed = {};
	const addSource = (spec) => {
		const source = {
			id: randomId(),
			slug: spec.slug,
			name: spec.name,
			enabled: spec.enabled,
			metadataId: catalogBySlug('sources', spec.meta).id,
			settings: { ...spec.settings },
			labels: spec.labels.map((label) => ({ ...label })),
			writeKeys: [randomId(32)],
		};
		state.sources.set(source.id, source);
		state.sourceSlugs.set(source.slug, source.id);
		return source;
	};

	DEMO_SOURCES.slice(0, total).forEach((spec) => {
		keyed[spec.key] = addSource(spec);
	});
	const width = String(total).length;
	for (let n = DEMO_SOURCES.length + 1; n <= total; n++) {
		addSource({
			slug: `source_${String(n).padStart(width, '0')}`,
			name: `Source ${n}`,
			meta: GENERATED_SOURCE_TYPES[n % GENERATED_SOURCE_TYPES.length],
			enabled: n % 7 !== 0,
			settings: {},
			labels: [{ key: 'environment', value: n % 2 ? 'prod' : 'staging' }],
		});
	}

	// Warehouses, connected to the demo sources they would plausibly load.
	const snowflake = {
		id: randomId(),
		enabled: true,
		metadataId: catalogBySlug('warehouses', 'snowflake').id,
		settings: {
			name: 'Analytics Snowflake',
			account: 'acme-xy12345',
			warehouse: 'SEGMENT_WH',
			database: 'SEGMENT_EVENTS',
			username: 'SEGMENT_USER',
			password: 'sandbox-snowflake-password',
		},
	};
	const postgres = {
		id: randomId(),
		enabled: true,
		metadataId: catalogBySlug('warehouses', 'postgres').id,
		settings: {
			name: 'Ops Postgres',
			hostname: 'postgres.acme.example',
			port: '5432',
			database: 'segment',
			username: 'segment',
			password: 'sandbox-postgres-password',
		},
	};
	for (const warehouse of [snowflake, postgres]) {
		state.warehouses.set(warehouse.id, warehouse);
		state.connections.set(warehouse.id, new Set());
	}
	for (const key of ['web', 'ios', 'android', 'backend'])
		if (keyed[key]) state.connections.get(snowflake.id).add(keyed[key].id);
	for (const key of ['backend', 'twilio'])
		if (keyed[key]) state.connections.get(postgres.id).add(keyed[key].id);

	// Destinations (one disabled) and subscriptions for the action destinations.
	const addDestination = (sourceKey, metaSlug, name, enabled, settings) => {
		if (!keyed[sourceKey]) return undefined;
		const destination = {
			id: randomId(),
			name,
			enabled,
			metadataId: catalogBySlug('destinations', metaSlug).id,
			sourceId: keyed[sourceKey].id,
			settings,
		};
		state.destinations.set(destination.id, destination);
		return destination;
	};
	const addSubscription = (destination, actionSlug, name, enabled, trigger, settings) => {
		if (!destination) return;
		const meta = CATALOG.destinations.find((item) => item.id === destination.metadataId);
		const act = meta.actions.find((item) => item.slug === actionSlug);
		const subscription = {
			id: randomId(),
			destinationId: destination.id,
			name,
			actionId: act.id,
			actionSlug: act.slug,
			enabled,
			trigger,
			settings,
			modelId: '',
		};
		state.subscriptions.set(subscription.id, subscription);
	};

	const amplitudeWeb = addDestination('web', 'amplitude', 'Amplitude (web)', true, {
		apiKey: 'sandbox-amplitude-api-key',
		batchEvents: false,
		trackAllPages: true,
	});
	const ga4 = addDestination('web', 'google-analytics-4-cloud', 'GA4 Web Stream', true, {
		measurementId: 'G-SANDBOX123',
		apiSecret: 'sandbox-ga4-api-secret',
	});
	const amplitudeActions = addDestination('ios', 'actions-amplitude', 'Amplitude (iOS)', true, {
		apiKey: 'sandbox-amplitude-ios-key',
		secretKey: 'sandbox-amplitude-ios-secret',
		endpoint: 'north_america',
	});
	const webhook = addDestination('backend', 'actions-webhook', 'Order Webhook', true, {
		sharedSecret: 'sandbox-webhook-shared-secret',
	});
	const slack = addDestination('backend', 'actions-slack', 'Slack #signups', false, {});

	addSubscription(ga4, 'pageView', 'Page View', true, 'type = "page"', {
		clientId: { '@path': '$.anonymousId' },
		page_location: { '@path': '$.context.page.url' },
	});
	addSubscription(ga4, 'purchase', 'Purchase', true, 'event = "Order Completed"', {
		clientId: { '@path': '$.anonymousId' },
		transaction_id: { '@path': '$.properties.order_id' },
		currency: { '@path': '$.properties.currency' },
		value: { '@path': '$.properties.total' },
	});
	addSubscription(amplitudeActions, 'logEventV2', 'Track Calls', true, 'type = "track"', {
		event_type: { '@path': '$.event' },
		user_id: { '@path': '$.userId' },
	});
	addSubscription(webhook, 'send', 'Orders to fulfilment', true, 'event = "Order Completed"', {
		url: 'https://fulfilment.acme.example/hooks/segment',
		method: 'POST',
		data: { '@path': '$.properties' },
	});
	addSubscription(
		slack,
		'postToChannel',
		'New signups',
		false,
		'type = "identify" and traits.createdAt != null',
		{
			url: 'https://hooks.slack.com/services/T000/B000/XXXX',
			text: 'New signup: {{traits.email}}',
			channel: '#signups',
		},
	);

	// Functions with version history.
	const sourceFunction = {
		id: 'sfnc_' + randomId(),
		resourceType: 'SOURCE',
		createdAt: iso(20 * DAY),
		createdBy: OWNER_ID,
		displayName: 'Typeform Webhook',
		description: 'Turns Typeform webhooks into identify and track calls.',
		logoUrl: 'https://placehold.co/200x200?text=TF',
		settings: [
			{
				name: 'formId',
				label: 'Form ID',
				description: 'Only handle this form.',
				type: 'STRING',
				required: false,
				sensitive: false,
			},
		],
		versions: [],
		deployedAt: null,
	};
	const v1Code =
		"async function onRequest(request, settings) {\n\tconst body = request.json();\n\tSegment.track({ event: 'Form Submitted', userId: body.form_response.token });\n}\n";
	const v2Code =
		"async function onRequest(request, settings) {\n\tconst body = request.json();\n\tif (settings.formId && body.form_response.form_id !== settings.formId) return;\n\tSegment.identify({ userId: body.form_response.token, traits: { email: body.form_response.hidden?.email } });\n\tSegment.track({ event: 'Form Submitted', userId: body.form_response.token });\n}\n";
	sourceFunction.versions.push({
		id: randomId(),
		author: OWNER_ID,
		code: v1Code,
		createdAt: iso(20 * DAY),
		updatedAt: iso(20 * DAY),
		deployedAt: iso(19 * DAY),
		isDeployed: false,
	});
	sourceFunction.versions.push({
		id: randomId(),
		author: OWNER_ID,
		code: v2Code,
		createdAt: iso(6 * DAY),
		updatedAt: iso(6 * DAY),
		deployedAt: iso(6 * DAY),
		isDeployed: true,
	});
	sourceFunction.code = v2Code;
	sourceFunction.deployedAt = iso(6 * DAY);

	const destinationFunction = {
		id: 'dfn_' + randomId(),
		resourceType: 'DESTINATION',
		createdAt: iso(3 * DAY),
		createdBy: OWNER_ID,
		displayName: 'Zendesk Ticket',
		description: 'Opens a Zendesk ticket when an order fails.',
		logoUrl: 'https://placehold.co/200x200?text=ZD',
		settings: [
			{
				name: 'subdomain',
				label: 'Subdomain',
				description: 'Your Zendesk subdomain.',
				type: 'STRING',
				required: true,
				sensitive: false,
			},
			{
				name: 'apiToken',
				label: 'API Token',
				description: 'A Zendesk API token.',
				type: 'STRING',
				required: true,
				sensitive: true,
			},
		],
		versions: [],
		deployedAt: null,
	};
	const zdCode =
		"async function onTrack(event, settings) {\n\tif (event.event !== 'Order Failed') return;\n\tawait fetch(`https://${settings.subdomain}.zendesk.com/api/v2/tickets`, { method: 'POST' });\n}\n";
	destinationFunction.versions.push({
		id: randomId(),
		author: OWNER_ID,
		code: zdCode,
		createdAt: iso(3 * DAY),
		updatedAt: iso(3 * DAY),
		isDeployed: false,
	});
	destinationFunction.code = zdCode;
	state.functions.set(sourceFunction.id, sourceFunction);
	state.functions.set(destinationFunction.id, destinationFunction);

	if (keyed.web) {
		const transformation = {
			id: randomId(),
			name: 'Rename Order Completed for Amplitude',
			sourceId: keyed.web.id,
			destinationMetadataId: catalogBySlug('destinations', 'amplitude').id,
			enabled: true,
			if: "event = 'Order Completed'",
			drop: false,
			newEventName: 'order_completed',
			propertyRenames: [{ oldName: 'total', newName: 'revenue' }],
			propertyValueTransformations: [],
			fqlDefinedProperties: [],
		};
		state.transformations.set(transformation.id, transformation);
	}

	const users = [
		{
			id: OWNER_ID,
			name: 'Ada Owner',
			email: 'ada@acme.example',
			permissions: [
				{ ...ROLES.owner, resources: [{ id: workspace.id, type: 'WORKSPACE', labels: [] }] },
			],
		},
		{
			id: randomId(),
			name: 'Grace Member',
			email: 'grace@acme.example',
			permissions: [
				{ ...ROLES.member, resources: [{ id: workspace.id, type: 'WORKSPACE', labels: [] }] },
			],
		},
		{
			id: randomId(),
			name: 'Linus Mobile',
			email: 'linus@acme.example',
			permissions: keyed.ios
				? [{ ...ROLES.sourceAdmin, resources: [{ id: keyed.ios.id, type: 'SOURCE', labels: [] }] }]
				: [],
		},
	];
	for (const user of users) state.users.set(user.id, user);
	for (const email of ['new.analyst@acme.example', 'contractor@agency.example']) {
		state.invites.set(email, {
			email,
			permissions: [{ roleId: ROLES.member.roleId }],
			createdAt: iso(2 * DAY),
		});
	}

	for (const [key, profile] of Object.entries(VOLUME_PROFILES)) {
		if (keyed[key]) state.volume.set(keyed[key].id, profile);
	}

	// Destination filters: fixed IDs (they draw nothing from randomId, so every other ID stays as it was).
	for (const [destination, spec] of [
		[amplitudeWeb, DESTINATION_FILTERS.amplitudeWeb],
		[ga4, DESTINATION_FILTERS.ga4],
	]) {
		if (!destination) continue;
		state.destinationFilters.set(spec.id, {
			id: spec.id,
			sourceId: destination.sourceId,
			destinationId: destination.id,
			if: spec.if,
			actions: JSON.parse(JSON.stringify(spec.actions)),
			title: spec.title,
			description: spec.description,
			enabled: spec.enabled,
			createdAt: iso(spec.createdDaysAgo * DAY),
			updatedAt: iso(spec.updatedDaysAgo * DAY),
		});
	}

	// Tracking plans: fixed IDs (they draw nothing from randomId, so every other ID stays as it was).
	for (const spec of TRACKING_PLANS) {
		const plan = {
			id: spec.id,
			name: spec.name,
			slug: spec.slug,
			description: spec.description,
			type: spec.type,
			createdAt: iso(spec.createdDaysAgo * DAY),
			updatedAt: iso(spec.updatedDaysAgo * DAY),
			rules: spec.rules.map(([type, key, version, jsonSchema]) => ({
				type,
				key,
				version,
				jsonSchema: JSON.parse(JSON.stringify(jsonSchema)),
				createdAt: iso(spec.createdDaysAgo * DAY),
				updatedAt: iso(spec.updatedDaysAgo * DAY),
			})),
			sourceIds: new Set(spec.sources.filter((key) => keyed[key]).map((key) => keyed[key].id)),
		};
		state.trackingPlans.set(plan.id, plan);
	}

	return state;
}

module.exports = { CATALOG, WORKSPACE, ROLES, makeRng, makeIdFactory, hash32, createSeed };
