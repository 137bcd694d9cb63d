/**
 * Differential tests, Label: our node against LabelsApi of Segment's official SDK (listLabels,
 * createLabel, deleteLabel), compared on method, path, decoded query, body and Authorization
 * header; media types are compared in expectMediaTypes.
 */
import { always, byId, expectSameRequests, sdk, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1 } from './clients';

const label = { key: 'environment', value: 'prod', description: 'Production' };

describe('Differential > Label', () => {
	it('getAll sends what listLabels sends: no pagination', async () => {
		const respond = always({ data: { labels: [label] } });
		const node = await viaNode(
			{ resource: 'label', operation: 'getAll', returnAll: true },
			respond,
		);
		const official = await viaSdk(() => clients.labels().listLabels(), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('create sends the body createLabel sends', async () => {
		const respond = always({ data: { label } });
		const node = await viaNode(
			{
				resource: 'label',
				operation: 'create',
				labelKey: 'environment',
				labelValue: 'prod',
				additionalFields: { description: 'Production' },
			},
			respond,
		);
		const official = await viaSdk(() => clients.labels().createLabel({ label }), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});

	it('delete encodes the key and the value into the path as deleteLabel does', async () => {
		const respond = always({ data: { status: 'SUCCESS' } });
		const node = await viaNode(
			{ resource: 'label', operation: 'delete', labelKey: 'cost center', labelValue: 'eu/west' },
			respond,
		);
		const official = await viaSdk(
			() => clients.labels().deleteLabel('cost center', 'eu/west'),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it.each([
		['addLabels', 'addLabelsToSource'],
		['replaceLabels', 'replaceLabelsInSource'],
	] as const)('source %s sends what %s sends', async (operation, method) => {
		const labels = [
			{ key: 'environment', value: 'prod' },
			{ key: 'team', value: 'growth' },
		];
		const respond = always({ data: { labels } });
		const node = await viaNode(
			{
				resource: 'source',
				operation,
				sourceId: byId('src 1/a'),
				labels: ['environment:prod', 'team:growth'],
			},
			respond,
		);
		const official = await viaSdk(() => sdk.sources()[method]('src 1/a', { labels }), respond);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});
});
