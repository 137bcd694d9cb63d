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

describe('path safety', () => {
	let sent: string[] = [];
	const api = useLocalApi((request, _body, response) => {
		sent.push(`${request.method} ${String(request.url).split('?')[0]}`);
		replyJson(response, 200, { data: {} });
	});
	const credentials = () => ({ apiToken: TOKEN, region: 'custom', baseUrl: api.url });

	it('covers every operation that takes an ID', () => {
		expect(cases.map((c) => `${c.resource}.${c.operation}`).sort()).toEqual([
			'catalog.get',
			'destination.create',
			'destination.delete',
			'destination.get',
			'destination.update',
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
			'label.delete',
			'regulation.createForCloudSource',
			'regulation.createForSource',
			'regulation.get',
			'regulation.getAllForSource',
			'source.addLabels',
			'source.createWriteKey',
			'source.delete',
			'source.get',
			'source.getConnectedDestinations',
			'source.getConnectedWarehouses',
			'source.getSchemaSettings',
			'source.removeWriteKey',
			'source.replaceLabels',
			'source.update',
			'source.updateSchemaSettings',
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
			'warehouse.getConnectedSources',
			'warehouse.getConnectionState',
			'warehouse.update',
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
