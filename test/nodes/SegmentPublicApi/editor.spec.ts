/** What the editor shows: the canvas subtitle, dropdown labels, which options appear, simplified fields. */
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code: it never ships in dist/ */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SegmentPublicApi } from '../../../nodes/SegmentPublicApi/SegmentPublicApi.node';
import { SegmentPublicApiTrigger } from '../../../nodes/SegmentPublicApiTrigger/SegmentPublicApiTrigger.node';
import type { INodeParameters } from 'n8n-workflow';
import { listSearch, runJson, workflowFor } from '../../harness/node';
import { apiWithoutBody, destination, page } from '../../harness/segment';

/** Evaluates a node's subtitle with n8n's expression engine, as the editor does for these parameters. */
function subtitle(
	nodeType: SegmentPublicApi | SegmentPublicApiTrigger,
	parameters: INodeParameters,
): unknown {
	const { workflow, node } = workflowFor(nodeType, 'test.node', parameters);
	return workflow.expression.getSimpleParameterValue(
		node,
		String(nodeType.description.subtitle),
		'internal',
		{},
	);
}

describe('the editor', () => {
	it('shows the operation and resource names on the canvas, not their values', () => {
		const nodeType = new SegmentPublicApi();
		expect(subtitle(nodeType, { resource: 'destinationSubscription', operation: 'getAll' })).toBe(
			'Get Many: Destination Subscription',
		);
		expect(subtitle(nodeType, { resource: 'apiRequest', operation: 'send' })).toBe(
			'Send Request: Any Endpoint',
		);
	});

	it('names the trigger events on the canvas', () => {
		expect(
			subtitle(new SegmentPublicApiTrigger(), { events: ['newSource', 'newDestination'] }),
		).toBe('New Source, New Destination');
	});

	it('shows Allow Censored Values only where something is written', () => {
		const options = new SegmentPublicApi().description.properties.find((p) => p.name === 'options');
		const allow = (options?.options as Array<{ name: string; displayOptions?: unknown }>).find(
			(option) => option.name === 'allowCensoredValues',
		);
		expect(allow?.displayOptions).toEqual({
			show: {
				'/operation': [
					'addDestination',
					'create',
					'createActivation',
					'send',
					'update',
					'updateActivation',
					'updateDestination',
					'validateSettings',
				],
			},
			hide: { '/resource': ['regulation', 'trackingPlan'] },
		});
	});

	it('shows each trigger type filter only with its event', () => {
		const options = new SegmentPublicApiTrigger().description.properties.find(
			(p) => p.name === 'options',
		);
		const shown = Object.fromEntries(
			(options?.options as Array<{ name: string; displayOptions?: unknown }>).map((o) => [
				o.name,
				o.displayOptions,
			]),
		);
		expect(shown.sourceTypeIds).toEqual({ show: { '/events': ['newSource'] } });
		expect(shown.destinationTypeIds).toEqual({ show: { '/events': ['newDestination'] } });
	});

	it('lists audiences, computed traits and Profiles Sync warehouses of the space picked above them', () => {
		const properties = new SegmentPublicApi().description.properties;
		const below = properties.filter((p) =>
			['audienceId', 'computedTraitId', 'profilesWarehouseId'].includes(p.name),
		);
		expect(below.length).toBeGreaterThan(0);
		for (const property of below) {
			expect(property.type).toBe('resourceLocator');
			// The editor empties the pick when the space changes.
			expect(property.typeOptions?.loadOptionsDependsOn).toEqual(['spaceId.value']);
			expect(property.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
			// A Space field shows for the same operations, earlier in the panel.
			const space = properties.findIndex(
				(p) =>
					p.name === 'spaceId' &&
					JSON.stringify(p.displayOptions) === JSON.stringify(property.displayOptions),
			);
			expect(space).toBeGreaterThanOrEqual(0);
			expect(space).toBeLessThan(properties.indexOf(property));
		}
		const credential = properties.filter((p) => p.name === 'credentialId');
		expect(credential.map((p) => [p.type, p.typeOptions?.loadOptionsDependsOn])).toEqual(
			credential.map(() => ['resourceLocator', undefined]),
		);
	});

	it('labels a record whose type name has parentheses without nesting them', async () => {
		apiWithoutBody()
			.get('/destinations')
			.query(true)
			.reply(
				200,
				page('destinations', [
					destination(1, {
						name: 'Order Webhook',
						metadata: { id: 'm1', name: 'Webhooks (Actions)' },
					}),
				]),
			);

		expect((await listSearch('searchDestinations')).results).toEqual([
			{ name: 'Order Webhook (Webhooks, Actions)', value: 'dst1' },
		]);
	});
});

describe('simplified records', () => {
	it('say whether a destination is an Actions destination, when Segment tells', async () => {
		apiWithoutBody()
			.get('/destinations')
			.query(true)
			.reply(
				200,
				page('destinations', [
					destination(1, {
						metadata: { id: 'a', name: 'Webhooks (Actions)', actions: [{ id: 'x' }] },
					}),
					destination(2, { metadata: { id: 'c', name: 'Amplitude', actions: [] } }),
					destination(3, { metadata: { id: 'c', name: 'Amplitude' } }),
				]),
			);

		const items = await runJson({ resource: 'destination', operation: 'getAll', returnAll: true });

		expect(items.map((item) => item.actionsDestination)).toEqual([true, false, undefined]);
		expect('actionsDestination' in items[2]).toBe(false);
	});

	it("list a user's roles only when Segment sent permissions, never an empty field", async () => {
		apiWithoutBody()
			.get('/users')
			.query(true)
			.reply(200, page('users', [{ id: 'u1', name: 'Ada', email: 'ada@example.com' }]));
		expect(await runJson({ resource: 'user', operation: 'getAll', returnAll: true })).toEqual([
			{ id: 'u1', name: 'Ada', email: 'ada@example.com' },
		]);

		apiWithoutBody()
			.get('/users/u1')
			.reply(200, {
				data: {
					user: {
						id: 'u1',
						name: 'Ada',
						email: 'ada@example.com',
						permissions: [{ roleName: 'Workspace Owner', roleId: 'r1', resources: [] }],
					},
				},
			});
		expect(
			await runJson({
				resource: 'user',
				operation: 'get',
				userId: { __rl: true, mode: 'id', value: 'u1' },
			}),
		).toEqual([{ id: 'u1', name: 'Ada', email: 'ada@example.com', roles: ['Workspace Owner'] }]);
	});
});

describe('the codex', () => {
	// n8n's documented node categories (docs: "Node codex files").
	const CATEGORIES = [
		'Data & Storage',
		'Finance & Accounting',
		'Marketing & Content',
		'Productivity',
		'Miscellaneous',
		'Sales',
		'Development',
		'Analytics',
		'Communication',
		'Utility',
	];
	const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
	// GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens.
	const anchors = new Set(
		[...readme.matchAll(/^#+\s+(.+)$/gm)].map((match) =>
			match[1]
				.toLowerCase()
				.replace(/[^\w\- ]/g, '')
				.replace(/ /g, '-'),
		),
	);

	it.each(['SegmentPublicApi/SegmentPublicApi', 'SegmentPublicApiTrigger/SegmentPublicApiTrigger'])(
		'%s uses documented categories and links to README sections that exist',
		(file) => {
			const codex = JSON.parse(
				readFileSync(join(__dirname, `../../../nodes/${file}.node.json`), 'utf8'),
			) as { categories: string[]; resources: Record<string, Array<{ url: string }>> };
			for (const category of codex.categories) expect(CATEGORIES).toContain(category);
			for (const links of Object.values(codex.resources)) {
				for (const { url } of links) {
					const anchor = url.split('#')[1];
					expect(anchors.has(anchor) || anchor === 'readme').toBe(true);
				}
			}
		},
	);
});
