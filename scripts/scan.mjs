// `npm run scan`: the two lint legs of n8n's own community-package scanner
// (@n8n/scan-community-package, what n8n runs before it verifies a package), offline: its rules on
// the source (package.json, nodes/, credentials/) and on the packed tarball (its .js and
// package.json), as `analyzePackageByName` runs them after downloading a published version. The
// provenance check and the downloads are left out: they need the package on npmjs.com. Needs a
// build (the tarball packs dist/). Exit code 1 when either leg reports anything. Dev-only.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

if (!existsSync(join(REPO, 'dist'))) {
	console.error('dist/ is missing: run `npm run build` first');
	process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'n8n-segment-scan-'));
let failed = 0;
try {
	const legs = [['source', REPO, SOURCE_FILE_PATTERNS]];
	const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
		cwd: REPO,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	})
		.trim()
		.split('\n')
		.pop();
	const unpacked = join(work, 'package');
	mkdirSync(unpacked);
	execFileSync('tar', ['-xzf', join(work, tarball), '-C', unpacked, '--strip-components=1']);
	legs.push([`tarball ${tarball}`, unpacked, TARBALL_FILE_PATTERNS]);

	for (const [name, dir, patterns] of legs) {
		const started = Date.now();
		const result = await analyzePackage(dir, patterns);
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		if (result.passed) {
			console.log(`[scan] ${name} (${patterns.join(', ')}): nothing reported (${seconds} s)`);
		} else {
			failed += 1;
			console.log(`[scan] ${name}: ${result.message} (${seconds} s)`);
			if (result.details) console.log(result.details);
		}
	}
	console.log(`[scan] packed files: ${readdirSync(join(unpacked)).join(', ')}`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
