import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import nock from 'nock';
import { SegmentPublicApi } from '../../../nodes/SegmentPublicApi/SegmentPublicApi.node';
import { replyJson, useLocalApi } from '../../harness/localApi';
import { runNode, TOKEN, US } from '../../harness/node';

const HOSTILE_IDS = [
	'a/b',
	'../workspace',
	'..',
	'.',
	'src?pagination[count]=1',
	'src#fragment',
	'%2F',
	'src%2F..%2Fusers',
	'with space',
	'tab\tand\nnewline',
	'ünïcødé',
	'',
	'   ',
];

const description = new SegmentPublicApi().description;
const LOCATOR_FIELDS = [
	'sourceId',
	'destinationId',
	'warehouseId',
	'functionId',
	'transformationId',
	'userId',
	'userGroupId',
	'trackingPlanId',
	'spaceId',
	'reverseEtlModelId',
	'audienceId',
	'computedTraitId',
	'profilesWarehouseId',
	'credentialId',
];

interface OperationCase {
	resource: string;
	operation: string;
	path: string;
	idFields: string[];
}

/** Every operation of the node, with its path template and the ID fields it shows. */
function operations(): OperationCase[] {
	const cases: OperationCase[] = [];
	const shown = (property: INodeProperties, resource: string, operation: string) => {
		const show = property.displayOptions?.show ?? {};
		return (
			(show.resource ?? [resource]).includes(resource) &&
			(show.operation ?? [operation]).includes(operation)
		);
	};
	for (const selector of description.properties.filter((p) => p.name === 'operation')) {
		const resource = String(selector.displayOptions?.show?.resource?.[0]);
		for (const option of selector.options ?? []) {
			if (!('value' in option) || !('routing' in option)) continue;
			const operation = String(option.value);
			const path = String(option.routing?.request?.url);
			const inPath = [...path.matchAll(/\{(\w+)\}/g)]
				.map((match) => match[1])
				.filter((name) => name !== 'catalogType');
			const inBody = description.properties
				.filter((p) => LOCATOR_FIELDS.includes(p.name) && shown(p, resource, operation))
				.map((p) => p.name)
				.filter((name) => !inPath.includes(name));
			cases.push({ resource, operation, path, idFields: [...inPath, ...inBody] });
		}
	}
	return cases;
}

function idValue(field: string, value: string) {
	return LOCATOR_FIELDS.includes(field) ? { __rl: true, mode: 'id', value } : value;
}

const cases = operations().filter((c) => c.idFields.length > 0);

/**
 * Operations that refuse other required input before sending (an update with nothing to change,
 * an empty definition or list): valid input, merged into the parameters, so that only the ID can
 * make them fail.
 */
const VALID_INPUT: Record<string, INodeParameters> = {
	'activation.updateActivation': { updateFields: { enabled: true } },
	'activation.updateDestination': { updateFields: { connectionSettings: '{}' } },
	'audience.create': { query: "event('Order Completed').count() >= 3" },
	'audience.createPreview': { query: "event('Order Completed').count() >= 3" },
	'audience.update': { updateFields: { enabled: true } },
	'computedTrait.create': { query: "event('Order Completed').count()" },
	'computedTrait.update': { updateFields: { name: 'n' } },
	'destination.update': { updateFields: { name: 'n' } },
	'destinationFilter.create': { title: 't', actions: { action: [{ type: 'DROP' }] } },
	'destinationFilter.update': { updateFields: { title: 't' } },
	'destinationSubscription.update': { updateFields: { name: 'n' } },
	'function.update': { updateFields: { displayName: 'n' } },
	'profilesWarehouse.updateSelectiveSync': {
		overridesInput: 'json',
		overridesJson: '[{"collection": "tracks", "enabled": false}]',
	},
	'reverseEtl.startSync': { subscriptionId: 'sub1' },
	'reverseEtl.updateModel': { updateFields: { name: 'n' } },
	'source.update': { updateFields: { name: 'n' } },
	'source.updateSchemaSettings': { updateFields: { forwardingViolationsTo: 'src2' } },
	'space.queryMessagingSubscriptions': {
		lookups: { lookup: [{ key: 'ada@example.com', type: 'EMAIL' }] },
	},
	'space.replaceMessagingSubscriptions': {
		subscriptions: {
			subscription: [{ key: 'ada@example.com', type: 'EMAIL', status: 'SUBSCRIBED' }],
		},
	},
	'spaceFilter.update': { updateFields: { name: 'n' } },
	'trackingPlan.update': { updateFields: { name: 'n' } },
	'transformation.update': { updateFields: { name: 'n' } },
	'warehouse.replaceAdvancedSyncSchedule': { syncHours: [3], timezone: 'UTC' },
	'warehouse.updateSelectiveSync': {
		overridesInput: 'json',
		overridesJson: '[{"sourceId": "src1", "collection": "pages", "enabled": false}]',
	},
	'warehouseCredential.update': { updateFields: { name: 'n' } },
};

/**
 * The `data` the stub API answers, by method and path, to the requests whose answer an operation
 * reads; every other request gets `{}`.
 */
const ANSWERS: Array<[RegExp, Record<string, unknown>]> = [
	[/^POST \/reverse-etl-syncs$/, { reverseETLManualSync: { syncId: 'sync1' } }],
	[
		/^GET \/reverse-etl-models\/[^/]+\/syncs\/safe-id$/,
		{ reverseETLSyncStatus: { syncId: 'safe-id', syncStatus: 'SUCCESS' } },
	],
];

describe('path safety', () => {
	let sent: string[] = [];
	const api = useLocalApi((request, _body, response) => {
		const line = `${request.method} ${String(request.url).split('?')[0]}`;
		sent.push(line);
		const answer = ANSWERS.find(([pattern]) => pattern.test(line))?.[1] ?? {};
		replyJson(response, 200, { data: answer });
	});
	const credentials = () => ({ apiToken: TOKEN, region: 'custom', baseUrl: api.url });

	it('covers every operation that takes an ID', () => {
		expect(cases.map((c) => `${c.resource}.${c.operation}`).sort()).toEqual([
			'activation.addDestination',
			'activation.createActivation',
			'activation.getActivation',
			'activation.getActivations',
			'activation.getDestinations',
			'activation.getSupportedDestinations',
			'activation.removeActivation',
			'activation.removeDestination',
			'activation.updateActivation',
			'activation.updateDestination',
			'audience.create',
			'audience.createPreview',
			'audience.createSchedule',
			'audience.delete',
			'audience.deleteSchedule',
			'audience.get',
			'audience.getAll',
			'audience.getPreview',
			'audience.getReferences',
			'audience.getSchedule',
			'audience.getSchedules',
			'audience.run',
			'audience.update',
			'audience.updateSchedule',
			'catalog.get',
			'computedTrait.create',
			'computedTrait.delete',
			'computedTrait.get',
			'computedTrait.getAll',
			'computedTrait.update',
			'deliveryOverview.getFailedDelivery',
			'deliveryOverview.getFailedOnIngest',
			'deliveryOverview.getFilteredAtDestination',
			'deliveryOverview.getFilteredAtSource',
			'deliveryOverview.getSuccessfulDelivery',
			'deliveryOverview.getSuccessfullyReceived',
			'destination.create',
			'destination.delete',
			'destination.get',
			'destination.getDeliveryMetrics',
			'destination.update',
			'destinationFilter.create',
			'destinationFilter.delete',
			'destinationFilter.get',
			'destinationFilter.getAll',
			'destinationFilter.update',
			'destinationSubscription.create',
			'destinationSubscription.delete',
			'destinationSubscription.get',
			'destinationSubscription.getAll',
			'destinationSubscription.update',
			'function.delete',
			'function.deploy',
			'function.get',
			'function.getVersion',
			'function.getVersions',
			'function.restoreVersion',
			'function.update',
			'insertFunctionInstance.create',
			'insertFunctionInstance.delete',
			'insertFunctionInstance.get',
			'insertFunctionInstance.getAll',
			'insertFunctionInstance.update',
			'label.delete',
			'profilesWarehouse.create',
			'profilesWarehouse.delete',
			'profilesWarehouse.getAll',
			'profilesWarehouse.getSelectiveSync',
			'profilesWarehouse.update',
			'profilesWarehouse.updateSelectiveSync',
			'regulation.createForCloudSource',
			'regulation.createForSource',
			'regulation.get',
			'regulation.getAllForSource',
			'reverseEtl.cancelSync',
			'reverseEtl.createModel',
			'reverseEtl.deleteModel',
			'reverseEtl.getModel',
			'reverseEtl.getSyncStatus',
			'reverseEtl.getSyncStatuses',
			'reverseEtl.startSync',
			'reverseEtl.triggerDbtModelSync',
			'reverseEtl.updateModel',
			'source.addLabels',
			'source.createLivePlugin',
			'source.createWriteKey',
			'source.delete',
			'source.deleteLivePluginCode',
			'source.get',
			'source.getConnectedDestinations',
			'source.getConnectedWarehouses',
			'source.getLivePlugin',
			'source.getSchemaSettings',
			'source.removeWriteKey',
			'source.replaceLabels',
			'source.update',
			'source.updateSchemaSettings',
			'space.get',
			'space.queryMessagingSubscriptions',
			'space.replaceMessagingSubscriptions',
			'spaceFilter.create',
			'spaceFilter.delete',
			'spaceFilter.get',
			'spaceFilter.getAll',
			'spaceFilter.update',
			'spaceSchema.getEntityPaths',
			'spaceSchema.getEntityProperties',
			'spaceSchema.getEntityPropertySamples',
			'spaceSchema.getEventProperties',
			'spaceSchema.getEventPropertySamples',
			'spaceSchema.getEvents',
			'spaceSchema.getTraitSamples',
			'spaceSchema.getTraits',
			'trackingPlan.addSource',
			'trackingPlan.delete',
			'trackingPlan.get',
			'trackingPlan.getRules',
			'trackingPlan.getSources',
			'trackingPlan.removeRules',
			'trackingPlan.removeSource',
			'trackingPlan.replaceRules',
			'trackingPlan.syncRules',
			'trackingPlan.update',
			'trackingPlan.updateRules',
			'transformation.create',
			'transformation.delete',
			'transformation.get',
			'transformation.update',
			'user.addPermissions',
			'user.get',
			'user.getGroups',
			'user.replacePermissions',
			'userGroup.addPermissions',
			'userGroup.addUsers',
			'userGroup.delete',
			'userGroup.get',
			'userGroup.getInvites',
			'userGroup.getUsers',
			'userGroup.removeUsers',
			'userGroup.replacePermissions',
			'userGroup.replaceUsers',
			'userGroup.update',
			'warehouse.connectSource',
			'warehouse.delete',
			'warehouse.disconnectSource',
			'warehouse.get',
			'warehouse.getAdvancedSyncSchedule',
			'warehouse.getConnectedSources',
			'warehouse.getConnectionState',
			'warehouse.getSelectiveSync',
			'warehouse.getSourceSyncs',
			'warehouse.getSyncs',
			'warehouse.replaceAdvancedSyncSchedule',
			'warehouse.update',
			'warehouse.updateSelectiveSync',
			'warehouseCredential.delete',
			'warehouseCredential.get',
			'warehouseCredential.getConsumers',
			'warehouseCredential.update',
		]);
	});

	describe.each(cases)('$resource > $operation', ({ resource, operation, path, idFields }) => {
		it.each(HOSTILE_IDS)(
			'with ID %j: fails before sending, or sends to exactly the intended path',
			async (hostile) => {
				sent = [];
				const parameters: INodeParameters = {
					resource,
					operation,
					catalogType: 'source',
					metadataId: 'meta1',
					name: 'n',
					if: "type = 'track'",
					actionId: 'a1',
					trigger: "type = 'track'",
					displayName: 'f',
					code: 'x',
					resourceType: 'SOURCE',
					slug: 'slug',
					settings: '{}',
					returnAll: false,
					limit: 1,
					labels: ['environment:prod'],
					emails: 'ada@example.com',
					subjectIds: 'user-1',
					collection: 'contacts',
					rules: '[{"type": "TRACK", "key": "Order Completed", "version": 1}]',
					dryRun: true,
					additionalFields: { permissions: '[{"roleId": "role1", "resources": []}]' },
					...VALID_INPUT[`${resource}.${operation}`],
				};
				for (const [index, field] of idFields.entries()) {
					parameters[field] = idValue(field, index === 0 ? hostile : 'safe-id');
				}

				let error: unknown;
				try {
					await runNode(parameters, { credentials: credentials() });
				} catch (caught) {
					error = caught;
				}

				const trimmed = hostile.trim();
				if (trimmed === '' || trimmed === '.' || trimmed === '..') {
					expect((error as Error).message).toMatch(
						/^The field "[A-Z][\w ]+" (is empty|is not a valid ID)/,
					);
					expect(sent).toEqual([]);
					return;
				}
				expect(error).toBeUndefined();
				const expected = path
					.replace(/\{catalogType\}/, 'source')
					.replace(/\{(\w+)\}/g, (_, name: string) =>
						encodeURIComponent(name === idFields[0] ? trimmed : 'safe-id'),
					);
				expect(sent.map((request) => request.split(' ')[1])).toEqual([expected]);
			},
		);
	});
});

const HOSTILE_JSON = [
	'"a string"',
	'null',
	'[]',
	'42',
	'not json',
	'{"a": 1}{"b": 2}',
	'{"__proto__": {"polluted": true}}',
	'{"deep": {"list": [1, {"x": null}]}, "emoji": "🚀"}',
];

const SETTINGS_CASES: Array<[string, string, INodeParameters]> = [
	['source', 'create', { metadataId: 'm', slug: 's', additionalFields: { settings: '' } }],
	['source', 'update', { sourceId: idValue('sourceId', 'src1'), updateFields: { settings: '' } }],
	[
		'destination',
		'create',
		{ sourceId: idValue('sourceId', 'src1'), metadataId: 'm', settings: '' },
	],
	[
		'destination',
		'update',
		{ destinationId: idValue('destinationId', 'd1'), updateFields: { settings: '' } },
	],
	['warehouse', 'create', { metadataId: 'm', settings: '' }],
	['warehouse', 'update', { warehouseId: idValue('warehouseId', 'w1'), settings: '' }],
];

function withSettings(parameters: INodeParameters, settings: string): INodeParameters {
	const copy = JSON.parse(JSON.stringify(parameters)) as INodeParameters;
	for (const holder of [copy, copy.additionalFields, copy.updateFields] as INodeParameters[]) {
		if (holder && 'settings' in holder) holder.settings = settings;
	}
	return copy;
}

describe('JSON safety', () => {
	describe.each(SETTINGS_CASES)('%s > %s', (resource, operation, parameters) => {
		it.each(HOSTILE_JSON)(
			'with settings %j: fails naming the field, or sends exactly that object',
			async (settings) => {
				const bodies: unknown[] = [];
				for (const method of ['POST', 'PATCH']) {
					nock(US)
						.persist()
						.intercept(/.*/, method)
						.reply((_uri, body) => {
							bodies.push(typeof body === 'string' ? JSON.parse(body) : body);
							return [200, { data: {} }];
						});
				}
				let error: unknown;
				try {
					await runNode({ resource, operation, ...withSettings(parameters, settings) });
				} catch (caught) {
					error = caught;
				}
				nock.cleanAll();

				let parsed: unknown;
				try {
					parsed = JSON.parse(settings);
				} catch {
					parsed = undefined;
				}
				if (
					parsed === null ||
					typeof parsed !== 'object' ||
					Array.isArray(parsed) ||
					settings.includes('__proto__')
				) {
					expect((error as Error).message).toMatch(
						/^The field "Settings" (is not valid JSON|must be a JSON object|has a key "__proto__")/,
					);
					expect(bodies).toEqual([]);
					return;
				}
				expect(error).toBeUndefined();
				expect(bodies).toHaveLength(1);
				expect((bodies[0] as { settings: unknown }).settings).toEqual(parsed);
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			},
		);
	});
});
