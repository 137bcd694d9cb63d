/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code: it never ships in dist/ */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// n8n-core writes its instance settings below N8N_USER_FOLDER; keep them out of ~/.n8n.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'segment-public-api-test-'));
// The node logs progress (e.g. of an export) at info level; tests assert on items, not on the log.
process.env.N8N_LOG_LEVEL ??= 'warn';
