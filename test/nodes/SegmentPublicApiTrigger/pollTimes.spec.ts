/**
 * "Every X" poll times longer than n8n can schedule. n8n-core turns them into a cron step within the
 * hour (minutes) or the day (hours), so "every 840 hours" (35 days) would poll once a day; the
 * trigger refuses them on activation, when n8n runs its first poll, instead.
 */
import { NodeOperationError, toCronExpression } from 'n8n-workflow';
import { activateTrigger } from '../../harness/node';
import { apiWithoutBody, page, source } from '../../harness/segment';

/**
 * n8n's loader adds "Poll Times" to every polling node; the test workflow has no loader, so it is set
 * on the node as the editor stores it.
 */
function activateEvery(value: number, unit: 'minutes' | 'hours') {
	const trigger = activateTrigger({ events: ['newSource'] });
	trigger.setParameters({
		pollTimes: { item: [{ mode: 'everyMinute' }, { mode: 'everyX', value, unit }] },
	});
	return trigger;
}

describe('Segment Public API Trigger, Poll Times', () => {
	it('n8n turns "Every 840 hours" into a step of the hour field, 0 to 23: once a day', () => {
		const expression = toCronExpression({ mode: 'everyX', value: 840, unit: 'hours' });
		expect(expression.split(' ').slice(2)).toEqual(['*/840', '*', '*', '*']);
	});

	it.each([
		[840, 'hours', 'n8n would poll every day instead'],
		[25, 'hours', 'n8n would poll every day instead'],
		[90, 'minutes', 'n8n would poll every hour instead'],
		[0, 'minutes', 'Choose at least 1'],
	] as const)(
		'refuses "Every %i %s", naming the field and the longest allowed',
		async (value, unit, description) => {
			const trigger = activateEvery(value, unit);
			const failure = trigger.poll();
			await expect(failure).rejects.toThrow(NodeOperationError);
			await expect(failure).rejects.toThrow(
				`The field "Poll Times" asks to poll every ${value} ${unit}: "Every X" allows 1 to ${unit === 'hours' ? 24 : 60} ${unit}`,
			);
			await expect(failure).rejects.toMatchObject({
				description: expect.stringContaining(description),
			});
		},
	);

	it.each([
		[24, 'hours'],
		[60, 'minutes'],
		[5, 'minutes'],
	] as const)('polls "Every %i %s"', async (value, unit) => {
		const trigger = activateEvery(value, unit);
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', [source(1)]));
		expect(await trigger.poll()).toBeNull();
	});
});
