import * as workflow from 'n8n-workflow';
import {
	MINIMUM_N8N_VERSION,
	assertSupportedN8n,
} from '../../../nodes/SegmentPublicApi/shared/n8nSupport';

test('loads on the n8n-workflow it is built with', () => {
	expect(() => assertSupportedN8n()).not.toThrow();
	expect(() => assertSupportedN8n(workflow)).not.toThrow();
});

test('refuses an n8n-workflow without NodeConnectionTypes, naming the minimum n8n version', () => {
	const older = { ...workflow, NodeConnectionTypes: undefined };
	expect(() => assertSupportedN8n(older)).toThrow(
		`n8n-nodes-segment-public-api needs n8n ${MINIMUM_N8N_VERSION} or newer; this n8n is older`,
	);
});

test('the minimum is the oldest n8n line the compat test runs', () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { compat } = require('../../../e2e/versions.json') as { compat: string[] };
	const oldest = [...compat].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))[0];
	expect(oldest.split('.').slice(0, 2).join('.')).toBe(MINIMUM_N8N_VERSION);
});
