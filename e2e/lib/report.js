'use strict';
// The suite's output: timestamped lines per lane, one PASS/FAIL line per check, the summary.

const T0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const stamp = () => `[suite ${secs(Date.now() - T0).padStart(6)}]`;
function log(lane, msg) {
	for (const line of String(msg).split('\n')) console.log(`${stamp()} ${lane} ${line}`);
}

/** E2E_CHECKS=1,6 style selection: '6' selects 6a to 6e; check 8 (bench) only with E2E_BENCH=1 or when named. */
function checkSelection(only, bench) {
	return (id) => {
		const group = String(id).replace(/[a-z]$/, '');
		return (!only || only.has(group)) && (group !== '8' || bench || (only && only.has('8')));
	};
}

const results = [];
/** Runs one check: PASS/FAIL line with its time; never throws. fn returns a one-line note. */
async function check(lane, id, title, fn) {
	const t = Date.now();
	let status = 'PASS';
	let note = '';
	try {
		note = (await fn()) || '';
	} catch (err) {
		status = 'FAIL';
		note = err && err.message ? err.message : String(err);
		if (process.env.N8N_E2E_DEBUG && err && err.stack) log(lane, err.stack);
	}
	const ms = Date.now() - t;
	results.push({ id, title, status, ms, note });
	log(lane, `${status} ${id} ${title} (${secs(ms)})${note ? `: ${note}` : ''}`);
	return status === 'PASS';
}

/** A check that could not run: a FAIL in the summary, without a line of its own. */
function failUnrun(id, title, note) {
	if (!results.some((x) => String(x.id) === String(id))) results.push({ id, title, status: 'FAIL', ms: 0, note });
}

/** Collects several assertions of one check; throws once with all that failed. */
function softAsserts(lane) {
	const failures = [];
	return {
		ok(label, fn) {
			try {
				const note = fn();
				log(lane, `   ok   ${label}${note ? `: ${note}` : ''}`);
			} catch (err) {
				failures.push(`${label}: ${err.message}`);
				log(lane, `   FAIL ${label}: ${err.message}`);
			}
		},
		done() {
			if (failures.length) throw new Error(`${failures.length} assertion(s) failed: ${failures.join(' | ')}`);
		},
	};
}

/** The summary after both lanes; returns the number of failed checks. */
function printSummary({ httpCredRefused, benchLines }) {
	const order = (x) => parseFloat(String(x.id).replace('a', '.1').replace('b', '.2'));
	results.sort((a, b) => order(a) - order(b));
	console.log('');
	console.log('==================== e2e suite summary ====================');
	for (const x of results) console.log(`${x.status.padEnd(4)} ${String(x.id).padEnd(3)} ${secs(x.ms).padStart(6)}  ${x.title}${x.status === 'FAIL' ? `\n             ${x.note.split('\n')[0]}` : ''}`);
	if (httpCredRefused) console.log(`check 5: n8n refused our credential in the HTTP Request node: ${httpCredRefused}`);
	if (benchLines) {
		console.log('bench (check 8):');
		for (const l of benchLines) console.log(`  ${l}`);
	}
	const failed = results.filter((x) => x.status === 'FAIL').length;
	const passed = results.filter((x) => x.status === 'PASS').length;
	console.log(`${failed ? 'FAIL' : 'PASS'}: ${passed} passed, ${failed} failed, total ${secs(Date.now() - T0)}`);
	return failed;
}

module.exports = { secs, stamp, log, checkSelection, check, failUnrun, softAsserts, printSummary };
