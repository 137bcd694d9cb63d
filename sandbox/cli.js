#!/usr/bin/env node
'use strict';

/**
 * node sandbox/cli.js [--port 4010] [--sources N] [--token T] [--rate-limit 100/10s]
 *                     [--latency-ms 50] [--fail-rate 0.05] [--seed 42] [--operation-limits]
 *                     [--regulation-quota 600/1m] [--lenient-alpha] [--verbose]
 *                     [--second-workspace T [--second-workspace-slug S]
 *                                           [--second-workspace-sources N]]
 *
 * Prints `SANDBOX_URL=http://127.0.0.1:<port>` and `SANDBOX_TOKEN=<token>` on stdout (and
 * `SANDBOX_SECOND_TOKEN=<token>` with --second-workspace), then serves until SIGTERM or SIGINT.
 * With --verbose, one line per request goes to stderr.
 */

const { startSandbox, DEFAULT_TOKEN } = require('./server');

const USAGE = `Usage: node sandbox/cli.js [options]

  --port <n>            port on 127.0.0.1 (default 0: a free port)
  --sources <n>         number of sources in the workspace (default: the 6 demo sources)
  --token <t>           bearer token to accept (default sandbox-token)
  --rate-limit <p/w>    e.g. 100/10s, 60/1m, 500/2500ms (default: no limit)
  --latency-ms <n>      delay added to every response
  --fail-rate <0..1>    share of requests answered with a random 500 or 503
  --seed <n>            seed for IDs and injected failures (default 20240101)
  --operation-limits    also enforce events volume 60/min, subscription writes 5/min and
                        tracking plan rule lists 200/min
  --regulation-quota <p/w>
                        quota of regulation creates per category (Segment-only, Segment &
                        Destination), e.g. 10/1m (default 600/1m)
  --lenient-alpha       let application/json, */* or no Accept reach alpha-only endpoints
  --second-workspace <t>
                        also serve a second, independent workspace to the bearer token <t>
                        (same port; rate limits, faults and counters are shared)
  --second-workspace-slug <s>
                        slug of the second workspace (default acme-sandbox-2)
  --second-workspace-sources <n>
                        number of sources in the second workspace (default: the 6 demo
                        sources; 0: no sources and no destinations)
  --verbose             log each request to stderr
  --help                show this help`;

function fail(message) {
	process.stderr.write(`${message}\n\n${USAGE}\n`);
	process.exit(2);
}

/** "100/10s" -> { points: 100, windowMs: 10000 } */
function parseRateLimit(text, name = '--rate-limit') {
	const match = /^(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(String(text).trim());
	if (!match) fail(`Invalid ${name} "${text}": expected <points>/<window>, e.g. 100/10s`);
	const unit = { ms: 1, s: 1000, m: 60000, h: 3600000 }[match[3] || 'ms'];
	const windowMs = Math.round(Number(match[2]) * unit);
	const points = Number(match[1]);
	if (points < 1 || windowMs < 1) fail(`Invalid ${name} "${text}"`);
	return { points, windowMs };
}

function parseNumber(name, text, { min = -Infinity, max = Infinity, integer = false } = {}) {
	const value = Number(text);
	if (
		text === undefined ||
		text === '' ||
		Number.isNaN(value) ||
		value < min ||
		value > max ||
		(integer && !Number.isInteger(value))
	) {
		fail(`Invalid ${name} "${text}"`);
	}
	return value;
}

function parseArgs(argv) {
	const options = {};
	const second = {};
	for (let i = 0; i < argv.length; i++) {
		let arg = argv[i];
		let value;
		const eq = arg.indexOf('=');
		if (arg.startsWith('--') && eq > 0) {
			value = arg.slice(eq + 1);
			arg = arg.slice(0, eq);
		}
		const next = () => (value !== undefined ? value : argv[++i]);
		switch (arg) {
			case '--port':
				options.port = parseNumber('--port', next(), { min: 0, max: 65535, integer: true });
				break;
			case '--sources':
				options.sources = parseNumber('--sources', next(), { min: 0, integer: true });
				break;
			case '--token': {
				const token = next();
				if (!token) fail('Invalid --token');
				options.token = token;
				break;
			}
			case '--rate-limit':
				options.rateLimit = parseRateLimit(next());
				break;
			case '--latency-ms':
				options.latencyMs = parseNumber('--latency-ms', next(), { min: 0 });
				break;
			case '--fail-rate':
				options.failRate = parseNumber('--fail-rate', next(), { min: 0, max: 1 });
				break;
			case '--seed':
				options.seed = parseNumber('--seed', next(), { integer: true });
				break;
			case '--operation-limits':
				options.operationLimits = true;
				break;
			case '--regulation-quota':
				options.regulationQuota = parseRateLimit(next(), '--regulation-quota');
				break;
			case '--second-workspace': {
				const token = next();
				if (!token) fail('Invalid --second-workspace');
				second.token = token;
				break;
			}
			case '--second-workspace-slug': {
				const slug = next();
				if (!slug) fail('Invalid --second-workspace-slug');
				second.slug = slug;
				break;
			}
			case '--second-workspace-sources':
				second.sources = parseNumber('--second-workspace-sources', next(), {
					min: 0,
					integer: true,
				});
				break;
			case '--lenient-alpha':
				options.strictAlpha = false;
				break;
			case '--verbose':
				options.log = (line) => process.stderr.write(`${line}\n`);
				break;
			case '--help':
			case '-h':
				process.stdout.write(`${USAGE}\n`);
				process.exit(0);
				break;
			default:
				fail(`Unknown option "${arg}"`);
		}
	}
	if (second.token) {
		const token = options.token || DEFAULT_TOKEN;
		if (second.token === token) fail('--second-workspace needs a token other than --token');
		options.workspaces = [{ token, sources: options.sources }, second];
	} else if (Object.keys(second).length > 0) {
		fail('--second-workspace-slug and --second-workspace-sources need --second-workspace');
	}
	return options;
}

async function main() {
	const sandbox = await startSandbox(parseArgs(process.argv.slice(2)));
	process.stdout.write(`SANDBOX_URL=${sandbox.url}\nSANDBOX_TOKEN=${sandbox.token}\n`);
	if (sandbox.workspaces.length > 1)
		process.stdout.write(`SANDBOX_SECOND_TOKEN=${sandbox.workspaces[1].token}\n`);
	let stopping = false;
	const stop = () => {
		if (stopping) return;
		stopping = true;
		sandbox.close().then(() => process.exit(0));
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
}

main().catch((error) => {
	process.stderr.write(`sandbox: ${error && error.message}\n`);
	process.exit(1);
});
