import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import {
	canonicalJson,
	exportConfiguration,
	recordKey,
	recordName,
	RECORD_TYPE,
	type ConfigurationPart,
} from '../SegmentPublicApi/shared/configuration';
import { segmentApiRequest } from '../SegmentPublicApi/shared/transport';

/**
 * What the trigger keeps of a record: a digest of the whole record, and one per path down to two
 * levels (`name`, `settings.apiKey`), so a change can be named without storing the record.
 */
export interface RecordDigest {
	d: string;
	p: Record<string, string>;
	/** The record's name, for the item that reports its removal. */
	n: string;
}

export interface ConfigurationWatch {
	records: Record<string, Record<string, RecordDigest>>;
}

/** Where a record listed no more can be read on its own, to tell a deletion from a listing that missed it. */
const RECORD_PATHS: Partial<Record<ConfigurationPart, string>> = {
	sources: '/sources/',
	destinations: '/destinations/',
	warehouses: '/warehouses/',
	functions: '/functions/',
	transformations: '/transformations/',
	trackingPlans: '/tracking-plans/',
	users: '/users/',
	userGroups: '/groups/',
};

/** cyrb53: a fast 53-bit string hash. Not for secrets: it only tells whether a value changed. */
function hash(text: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** About 31 bits of the hash: enough to tell which paths of a changed record changed. */
const shortHash = (text: string) => hash(text).slice(-6);

export function digestOf(record: IDataObject): RecordDigest {
	const paths: Record<string, string> = {};
	for (const [key, value] of Object.entries(record)) {
		if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
			const entries = Object.entries(value as IDataObject);
			if (entries.length === 0) paths[key] = shortHash(canonicalJson(value));
			for (const [inner, innerValue] of entries) {
				paths[`${key}.${inner}`] = shortHash(canonicalJson(innerValue));
			}
		} else {
			paths[key] = shortHash(canonicalJson(value));
		}
	}
	return { d: hash(canonicalJson(record)), p: paths, n: recordName(record) };
}

function changedPathsOf(before: RecordDigest, after: RecordDigest): string[] {
	const paths = new Set([...Object.keys(before.p), ...Object.keys(after.p)]);
	return [...paths].filter((path) => before.p[path] !== after.p[path]).sort();
}

/** Whether a record is gone: Segment answers 404 for it. Records without their own path count as gone. */
async function isGone(this: IPollFunctions, part: ConfigurationPart, id: string): Promise<boolean> {
	const path = RECORD_PATHS[part];
	if (!path) return true;
	// The transport's errors are NodeApiErrors already; only Segment's 404 is an answer here.
	let failure: unknown;
	try {
		await segmentApiRequest.call(this, {
			method: 'GET',
			path: `${path}${encodeURIComponent(id)}`,
			qs: {},
		});
		return false;
	} catch (error) {
		failure = error;
	}
	if ((failure as { httpCode?: string }).httpCode === '404') return true;
	throw failure;
}

export interface ConfigurationPoll {
	emitted: IDataObject[];
	next: ConfigurationWatch;
}

/**
 * Reads the watched parts and compares each record with its digest: one item per record added,
 * removed or changed. A record that is missing from a listing is reported removed only once
 * Segment answers 404 for it. Nothing is stored until every request succeeded.
 */
export async function pollConfiguration(
	this: IPollFunctions,
	parts: ConfigurationPart[],
	before: ConfigurationWatch | undefined,
	emitExisting: boolean,
): Promise<ConfigurationPoll> {
	// Every poll reads the parts again: its progress is for debugging, not for the log of each minute.
	const snapshot = await exportConfiguration.call(this, parts, {}, { requests: 0 }, 'debug');
	const listed: Record<string, Map<string, IDataObject>> = {};
	for (const part of parts) {
		const records = Array.isArray(snapshot[part]) ? (snapshot[part] as IDataObject[]) : [];
		listed[part] = new Map(records.map((record) => [recordKey(record), record]));
	}

	const stillThere = new Set<string>();
	for (const part of parts) {
		for (const id of Object.keys(before?.records[part] ?? {})) {
			if (!listed[part].has(id) && !(await isGone.call(this, part, id))) {
				stillThere.add(`${part}\u0000${id}`);
			}
		}
	}

	const emitted: IDataObject[] = [];
	const next: ConfigurationWatch = { records: {} };
	for (const part of parts) {
		const known = before?.records[part];
		const resourceType = RECORD_TYPE[part] ?? part;
		const digests: Record<string, RecordDigest> = {};
		for (const [id, record] of listed[part]) {
			const digest = digestOf(record);
			digests[id] = digest;
			const previous = known?.[id];
			if (!known) {
				if (emitExisting) emitted.push(item(resourceType, id, record, 'added', []));
			} else if (!previous) {
				emitted.push(item(resourceType, id, record, 'added', []));
			} else if (previous.d !== digest.d) {
				emitted.push(item(resourceType, id, record, 'changed', changedPathsOf(previous, digest)));
			}
		}
		for (const [id, previous] of Object.entries(known ?? {})) {
			if (listed[part].has(id)) continue;
			if (stillThere.has(`${part}\u0000${id}`)) digests[id] = previous;
			else emitted.push({ resourceType, id, name: previous.n, kind: 'removed', changedPaths: [] });
		}
		next.records[part] = digests;
	}
	return { emitted, next };
}

function item(
	resourceType: string,
	id: string,
	record: IDataObject,
	kind: 'added' | 'changed',
	changedPaths: string[],
): IDataObject {
	return { resourceType, id, name: recordName(record), kind, changedPaths, record };
}
