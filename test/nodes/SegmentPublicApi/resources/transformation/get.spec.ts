import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const transformation = {
	id: 'tfm1',
	name: 'Rename SKU',
	sourceId: 'src1',
	destinationMetadataId: 'meta1',
	enabled: true,
	if: "event = 'Order Completed'",
	drop: false,
	newEventName: 'Order Done',
	propertyRenames: [{ oldName: 'properties.sku', newName: 'properties.product_sku' }],
	propertyValueTransformations: [],
	fqlDefinedProperties: [],
	allowProperties: [],
};

const simplified = {
	id: 'tfm1',
	name: 'Rename SKU',
	enabled: true,
	sourceId: 'src1',
	destinationMetadataId: 'meta1',
	if: "event = 'Order Completed'",
	drop: false,
	newEventName: 'Order Done',
};

describe('Transformation > Get', () => {
	it('gets the transformation and simplifies it by default', async () => {
		apiWithoutBody().get('/transformations/tfm1').reply(200, { data: { transformation } });

		const items = await runJson({ resource: 'transformation', operation: 'get', transformationId: byId('tfm1') });

		expect(items).toEqual([simplified]);
	});

	it('returns the transformation unchanged with Simplify off', async () => {
		apiWithoutBody().get('/transformations/tfm1').reply(200, { data: { transformation } });

		const items = await runJson({
			resource: 'transformation',
			operation: 'get',
			transformationId: byId('tfm1'),
			simplify: false,
		});

		expect(items).toEqual([transformation]);
	});
});
