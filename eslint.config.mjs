import { config } from '@n8n/node-cli/eslint';
import { globalIgnores } from 'eslint/config';

// The community-node rules apply to what ships (nodes/, credentials/, package.json).
// Dev-only code (tests, sandbox, benchmarks) is type-checked by `npm test` instead.
export default [globalIgnores(['test/**', 'sandbox/**', 'e2e/**', 'bench/**', 'examples/**']), ...config];
