import { runJson } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';

function transformation(n: number) {
	return {
		id: `tfm${n}`,
		name: `Transformation ${n}`,
		sourceId: `src${n}`,
		destinationMetadataId: null,
		enabled: n !== 2,
		if: 'all',
		drop: false,
		newEventName: null,
		propertyRenames: [],
	};
}

function simplified(n: number) {
	return {
		id: `tfm${n}`,
		name: `Transformation ${n}`,
		enabled: n !== 2,
		sourceId: `src${n}`,
		destinationMetadataId: null,
		if: 'all',
		drop: false,
		newEventName: null,
	};
}

describe('Transformation > Get Many', () => {
	it('asks for Limit records and simplifies them', async () => {
		apiWithoutBody()
			.get('/transformations')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('transformations', [transformation(1), transformation(2)], 'Mg=='));

		const items = await runJson({ resource: 'transformation', operation: 'getAll', limit: 2 });

		expect(items).toEqual([simplified(1), simplified(2)]);
	});

	it('follows the cursor with pages of 1000 on Return All', async () => {
		apiWithoutBody()
			.get('/transformations')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('transformations', [transformation(1)], 'Mg=='))
			.get('/transformations')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('transformations', [transformation(2)], 'Mw==', 'Mg=='))
			.get('/transformations')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mw==' })
			.reply(200, page('transformations', [transformation(3)], null, 'Mw=='));

		const items = await runJson({ resource: 'transformation', operation: 'getAll', returnAll: true });

		expect(items).toEqual([simplified(1), simplified(2), simplified(3)]);
	});

	it('returns the transformations unchanged with Simplify off', async () => {
		apiWithoutBody()
			.get('/transformations')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('transformations', [transformation(1)]));

		const items = await runJson({ resource: 'transformation', operation: 'getAll', simplify: false });

		expect(items).toEqual([transformation(1)]);
	});
});
