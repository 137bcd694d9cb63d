import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const created = {
	id: 'tfm1',
	name: 'Rename SKU',
	sourceId: 'src1',
	destinationMetadataId: '54521fd725e721e32a72eeb3',
	enabled: true,
	if: "event = 'Order Completed'",
	newEventName: 'Order Done',
	drop: false,
	propertyRenames: [{ oldName: 'properties.sku', newName: 'properties.product_sku' }],
	propertyValueTransformations: [],
	fqlDefinedProperties: [],
};

const base = {
	resource: 'transformation',
	operation: 'create',
	name: 'Rename SKU',
	sourceId: byId('src1'),
	if: "event = 'Order Completed'",
};

describe('Transformation > Create', () => {
	it('sends the required fields with enabled true and returns the transformation', async () => {
		apiWithBody()
			.post('/transformations', {
				name: 'Rename SKU',
				sourceId: 'src1',
				if: "event = 'Order Completed'",
				enabled: true,
			})
			.reply(200, { data: { transformation: created } });

		expect(await runJson(base)).toEqual([created]);
	});

	it('maps every rule collection into its body array, splitting the property paths', async () => {
		apiWithBody()
			.post('/transformations', {
				name: 'Rename SKU',
				sourceId: 'src1',
				if: "event = 'Order Completed'",
				enabled: false,
				destinationMetadataId: '54521fd725e721e32a72eeb3',
				drop: false,
				newEventName: 'Order Done',
				propertyRenames: [
					{ oldName: 'properties.sku', newName: 'properties.product_sku' },
					{ oldName: 'context.ip', newName: 'context.client_ip' },
				],
				propertyValueTransformations: [
					{ propertyPaths: ['properties.plan', 'traits.plan'], propertyValue: 'pro' },
					{ propertyPaths: ['properties.tier'], propertyValue: '' },
				],
				fqlDefinedProperties: [{ fql: 'properties.total * 100', propertyName: 'properties.total_cents' }],
			})
			.reply(200, { data: { transformation: created } });

		const items = await runJson({
			...base,
			enabled: false,
			additionalFields: {
				destinationMetadataId: '54521fd725e721e32a72eeb3',
				drop: false,
				newEventName: 'Order Done',
			},
			propertyRenames: {
				rename: [
					{ oldName: 'properties.sku', newName: 'properties.product_sku' },
					{ oldName: 'context.ip', newName: 'context.client_ip' },
				],
			},
			propertyValueTransformations: {
				transformation: [
					{ propertyPaths: 'properties.plan, traits.plan', propertyValue: 'pro' },
					{ propertyPaths: 'properties.tier', propertyValue: '' },
				],
			},
			fqlDefinedProperties: {
				property: [{ propertyName: 'properties.total_cents', fql: 'properties.total * 100' }],
			},
		});

		expect(items).toEqual([created]);
	});

	it('sends drop on its own', async () => {
		apiWithBody()
			.post('/transformations', {
				name: 'Rename SKU',
				sourceId: 'src1',
				if: "event = 'Order Completed'",
				enabled: true,
				drop: true,
			})
			.reply(200, { data: { transformation: { ...created, drop: true } } });

		const items = await runJson({ ...base, additionalFields: { drop: true } });

		expect(items).toEqual([{ ...created, drop: true }]);
	});

	it('refuses an empty Source without sending a request', async () => {
		const sent = await capture(
			() => expect(runNode({ ...base, sourceId: byId('  ') })).rejects.toThrow(/The field "Source" is empty/),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
