/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev-only code: it never ships in dist/ */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const TEST_ROOT = join(__dirname, '..');

function specFiles(directory: string, exclude: string[]): string[] {
	return readdirSync(directory)
		.sort()
		.flatMap((name) => {
			const path = join(directory, name);
			if (exclude.includes(relative(TEST_ROOT, path))) return [];
			if (statSync(path).isDirectory()) return specFiles(path, exclude);
			return name.endsWith('.spec.ts') ? [path] : [];
		});
}

/**
 * Registers every *.spec.ts below the given folders (or the given files) of test/ (minus `exclude`), each in a describe
 * named after its path. Loading n8n-core costs about 1.5 s per jest test file, so the specs are
 * grouped into a few test files (test/suites/) instead of paying it 80 times.
 */
export function loadSpecs(folders: string[], exclude: string[] = []): void {
	for (const folder of folders) {
		const path = join(TEST_ROOT, folder);
		const files = statSync(path).isDirectory() ? specFiles(path, exclude) : [path];
		for (const file of files) {
			describe(relative(TEST_ROOT, file), () => {
				// eslint-disable-next-line @typescript-eslint/no-require-imports -- registers the spec's tests here
				require(file);
			});
		}
	}
}
