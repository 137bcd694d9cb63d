/**
 * Differential tests, Transformation resource: our node against TransformationsApi of Segment's
 * official SDK, compared on method, path, decoded query, body and Authorization header; media
 * types are compared in expectMediaTypes.
 */
import type { CreateTransformationV1Input } from '@segment/public-api-sdk-typescript';
import {
	always,
	byId,
	expectSameRequests,
	onePage,
	twoPages,
	viaNode,
	viaSdk,
	wire,
	withoutBody,
} from './capture';
import { clients, expectMediaTypes, V1 } from './clients';

const AWKWARD_ID = 'id with space/slash';
const CURSOR = 'Mg+/cursor==';

const transformation = { id: 'tfm1', name: 'T', sourceId: 'src1', enabled: true, if: 'all' };

/** The three rule collections as entered in the node, and as the SDK takes them. */
const nodeRules = {
	propertyRenames: {
		rename: [
			{ oldName: 'properties.sku', newName: 'properties.product_sku' },
			{ oldName: 'context.ip', newName: 'context.client_ip' },
		],
	},
	propertyValueTransformations: {
		transformation: [{ propertyPaths: 'properties.plan, traits.plan', propertyValue: 'pro' }],
	},
	fqlDefinedProperties: { property: [{ propertyName: 'properties.total_cents', fql: 'properties.total * 100' }] },
};
const sdkRules = {
	propertyRenames: [
		{ oldName: 'properties.sku', newName: 'properties.product_sku' },
		{ oldName: 'context.ip', newName: 'context.client_ip' },
	],
	propertyValueTransformations: [{ propertyPaths: ['properties.plan', 'traits.plan'], propertyValue: 'pro' }],
	fqlDefinedProperties: [{ fql: 'properties.total * 100', propertyName: 'properties.total_cents' }],
};

describe('Differential > Transformation', () => {
	it('create with every rule sends what TransformationsApi.createTransformation sends', async () => {
		const respond = always({ data: { transformation } });
		const node = await viaNode(
			{
				resource: 'transformation',
				operation: 'create',
				name: 'Rename SKU',
				sourceId: byId('src 1/a'),
				if: "event = 'Order Completed'",
				enabled: false,
				additionalFields: { destinationMetadataId: 'meta1', newEventName: 'Order Done' },
				...nodeRules,
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients.transformations().createTransformation({
					name: 'Rename SKU',
					sourceId: 'src 1/a',
					if: "event = 'Order Completed'",
					enabled: false,
					destinationMetadataId: 'meta1',
					newEventName: 'Order Done',
					...sdkRules,
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});

	it('create with only the required fields sends what createTransformation sends', async () => {
		const respond = always({ data: { transformation } });
		const node = await viaNode(
			{ resource: 'transformation', operation: 'create', name: 'T', sourceId: byId('src1'), if: 'all' },
			respond,
		);
		const official = await viaSdk(
			() => clients.transformations().createTransformation({ name: 'T', sourceId: 'src1', if: 'all', enabled: true }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('get sends what getTransformation sends, encoding the ID alike', async () => {
		const respond = always({ data: { transformation } });
		const node = await viaNode(
			{ resource: 'transformation', operation: 'get', transformationId: byId(AWKWARD_ID) },
			respond,
		);
		const official = await viaSdk(() => clients.transformations().getTransformation(AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('getAll with a Limit sends what listTransformations({count}) sends', async () => {
		const respond = onePage('transformations', [transformation]);
		const node = await viaNode({ resource: 'transformation', operation: 'getAll', limit: 9 }, respond);
		const official = await viaSdk(() => clients.transformations().listTransformations({ count: 9 }), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('getAll with Return All pages as listTransformations does with count 1000 and the cursor', async () => {
		const respond = twoPages('transformations', [transformation], [{ ...transformation, id: 'tfm2' }], CURSOR);
		const node = await viaNode({ resource: 'transformation', operation: 'getAll', returnAll: true }, respond);
		const official = await viaSdk(async () => {
			const api = clients.transformations();
			await api.listTransformations({ count: 1000 });
			await api.listTransformations({ count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
		// Intended: Return All asks the largest page the API accepts, 1000, on every page.
		expect(node.requests.map((request) => request.query['pagination[count]'])).toEqual(['1000', '1000']);
		expect(node.items).toHaveLength(2);
	});

	it('update with every field and rule sends what updateTransformation sends', async () => {
		const respond = always({ data: { transformation } });
		const node = await viaNode(
			{
				resource: 'transformation',
				operation: 'update',
				transformationId: byId(AWKWARD_ID),
				updateFields: {
					name: 'Renamed',
					if: "type = 'identify'",
					enabled: true,
					destinationMetadataId: 'meta2',
					newEventName: 'Renamed Event',
				},
				...nodeRules,
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients.transformations().updateTransformation(AWKWARD_ID, {
					name: 'Renamed',
					if: "type = 'identify'",
					enabled: true,
					destinationMetadataId: 'meta2',
					newEventName: 'Renamed Event',
					...sdkRules,
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});

	it('delete sends what deleteTransformation sends', async () => {
		const respond = always({ data: { status: 'SUCCESS' } });
		const node = await viaNode(
			{ resource: 'transformation', operation: 'delete', transformationId: byId(AWKWARD_ID) },
			respond,
		);
		const official = await viaSdk(() => clients.transformations().deleteTransformation(AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});
});

describe('Differential > Transformation: differences found (node left unchanged, reported)', () => {
	/*
	 * `drop`. The node sends "Drop Event" as `drop`; the installed SDK 47.0.0-b8398 has no `drop`
	 * in CreateTransformationV1Input / UpdateTransformationV1Input, and its serializer keeps only
	 * the fields of its model, so it cannot send it (later releases, e.g. 73.2.0, added it).
	 * Every other field is the same.
	 */
	it.each([
		['create', { name: 'T', sourceId: byId('src1'), if: 'all', additionalFields: { drop: true } }],
		['update', { transformationId: byId('tfm1'), updateFields: { drop: true } }],
	])('%s: node sends drop, SDK 47 drops it', async (operation, parameters) => {
		const respond = always({ data: { transformation } });
		const node = await viaNode({ resource: 'transformation', operation, ...parameters }, respond);
		const official = await viaSdk(
			() =>
				operation === 'create'
					? clients
							.transformations()
							.createTransformation({ name: 'T', sourceId: 'src1', if: 'all', enabled: true, drop: true } as CreateTransformationV1Input)
					: clients.transformations().updateTransformation('tfm1', { drop: true } as object),
			respond,
		);
		const nodeBody = node.requests[0].body as Record<string, unknown>;
		const sdkBody = (official[0].body ?? {}) as Record<string, unknown>;
		expect(nodeBody.drop).toBe(true);
		expect(sdkBody).not.toHaveProperty('drop');
		const nodeRest = { ...nodeBody };
		delete nodeRest.drop;
		expect(nodeRest).toStrictEqual(sdkBody);
		const nodeWire = withoutBody(wire(node.requests[0]));
		const sdkWire = withoutBody(wire(official[0]));
		expect(nodeWire).toStrictEqual(sdkWire);
	});
});
