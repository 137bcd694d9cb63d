import { NodeApiError } from 'n8n-workflow';
import { TOKEN } from './node';
import { assertTokenNeverObserved, observe } from './secrecy';

describe('secrecy check', () => {
	it('finds the token in an output item, an error\'s description or its cause', () => {
		for (const leak of [
			{ json: { nested: [`Bearer ${TOKEN}`] } },
			Object.assign(new Error('failed'), { description: `token ${TOKEN}` }),
			new Error('outer', { cause: new Error(`inner ${TOKEN}`) }),
		]) {
			observe(leak);
			expect(() => assertTokenNeverObserved()).toThrow('The API token appeared in 1');
		}
	});

	it('passes clean values', () => {
		observe({ json: { id: 'src1' } });
		observe(new NodeApiError({ id: '1', name: 'n', type: 't', typeVersion: 1, position: [0, 0], parameters: {} }, { message: 'x' }));
		expect(assertTokenNeverObserved()).toBe(2);
	});
});
