import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

describe('Label > Delete', () => {
	it('puts the key and the value, URL-encoded, into the path', async () => {
		apiWithoutBody()
			.delete('/labels/cost%20center/eu%2Fwest')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'label',
			operation: 'delete',
			labelKey: ' cost center ',
			labelValue: 'eu/west',
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it.each([
		['Key', { labelKey: '', labelValue: 'prod' }],
		['Value', { labelKey: 'environment', labelValue: '  ' }],
	])('refuses an empty %s before sending, naming the field', async (field, values) => {
		await expect(runNode({ resource: 'label', operation: 'delete', ...values })).rejects.toThrow(
			`The field "${field}" is empty`,
		);
		expect(nock.pendingMocks()).toEqual([]);
	});
});
