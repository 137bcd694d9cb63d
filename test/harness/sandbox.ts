import nock from 'nock';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server';

/** The node's credentials for a sandbox: its token, on the custom region at its URL. */
export type SandboxCredentials = { apiToken: string; region: 'custom'; baseUrl: string };

export interface UsedSandbox {
	/** The sandbox running for the enclosing describe (throws before its beforeAll has run). */
	sandbox(): Sandbox;
	/** Fresh credentials for the node that reach the sandbox. */
	credentials(): SandboxCredentials;
}

/**
 * Runs the Public API sandbox (sandbox/server.js) on a real socket on 127.0.0.1 for the enclosing
 * describe, with `port: 0` unless `options` says otherwise. nock is restored (requests reach the
 * network) while it runs, and active again once it is closed (the last one, when a describe runs several). Both accessors are functions, so
 * `const { sandbox, credentials } = useSandbox();` is safe at describe time.
 */
/** Sandboxes running now: nock stays restored until the last one is closed. */
let runningSandboxes = 0;

export function useSandbox(options: SandboxOptions = {}): UsedSandbox {
	let running: Sandbox | undefined;
	const sandbox = (): Sandbox => {
		if (running === undefined) throw new Error('useSandbox: the sandbox is not running yet');
		return running;
	};
	beforeAll(async () => {
		// The shared jest setup routes HTTP through nock and blocks the network; the sandbox needs real sockets.
		if (runningSandboxes++ === 0) nock.restore();
		running = await startSandbox({ port: 0, ...options });
	});
	afterAll(async () => {
		await running?.close();
		running = undefined;
		if (--runningSandboxes === 0) nock.activate();
	});
	return {
		sandbox,
		credentials: () => ({ apiToken: sandbox().token, region: 'custom', baseUrl: sandbox().url }),
	};
}
