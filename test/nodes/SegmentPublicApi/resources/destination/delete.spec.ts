import nock from 'nock';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Destination > Delete', () => {
	it("deletes the destination and returns Segment's data as is", async () => {
		apiWithoutBody().delete('/destinations/dst1').reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({ resource: 'destination', operation: 'delete', destinationId: byId('dst1') });

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('URL-encodes the ID into the path', async () => {
		apiWithoutBody().delete('/destinations/a%20b%2Fc').reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({ resource: 'destination', operation: 'delete', destinationId: byId('a b/c') });

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('takes the destination ID out of a Segment app URL', async () => {
		apiWithoutBody().delete('/destinations/dst9').reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'destination',
			operation: 'delete',
			destinationId: {
				__rl: true,
				mode: 'url',
				value: 'https://app.segment.com/acme/destinations/amplitude/sources/my_site/instances/dst9/configuration',
			},
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('refuses an empty ID, naming the field, before sending any request', async () => {
		const trap = nock(US).intercept(() => true, 'DELETE').reply(200, {});

		await expect(
			runNode({ resource: 'destination', operation: 'delete', destinationId: byId('') }),
		).rejects.toThrow('The field "Destination" is empty');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});

	it("rejects with Segment's error message when the API refuses", async () => {
		apiWithoutBody()
			.delete('/destinations/dst1')
			.reply(403, { errors: [{ type: 'forbidden', message: 'Token lacks permission' }] });

		await expect(
			runNode({ resource: 'destination', operation: 'delete', destinationId: byId('dst1') }),
		).rejects.toThrow('Token lacks permission');
	});
});
