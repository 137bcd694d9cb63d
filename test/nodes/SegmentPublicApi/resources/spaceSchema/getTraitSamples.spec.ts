import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA, sampleValues, schema, SPACE } from './fixtures';

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
