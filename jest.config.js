/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	// jest's default on 2 cores is one worker; test files are independent, so use both.
	maxWorkers: 2,
	roots: ['<rootDir>/test'],
	// Each suite loads a group of *.spec.ts files (see test/harness/specs.ts).
	testMatch: ['<rootDir>/test/suites/*.test.ts'],
	setupFiles: ['<rootDir>/test/harness/env.ts'],
	setupFilesAfterEnv: ['<rootDir>/test/harness/setup.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
};
