import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { plan } from './fixtures';

describe('Tracking Plan > Create', () => {
	it('creates a plan from the name, type and description', async () => {
		apiWithBody()
			.post('/tracking-plans', { name: 'Web Events', type: 'LIVE', description: 'Website' })
			.reply(200, { data: { trackingPlan: plan } });

		const items = await runJson({
			resource: 'trackingPlan',
			operation: 'create',
			name: 'Web Events',
			type: 'LIVE',
			additionalFields: { description: 'Website' },
		});

		expect(items).toEqual([plan]);
	});
});
