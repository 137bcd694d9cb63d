import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA, sampleValues, schema, SPACE } from './fixtures';

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
