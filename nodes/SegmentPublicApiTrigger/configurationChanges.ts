import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import {
	canonicalJson,
	exportConfiguration,
	recordKey,
	recordName,
	RECORD_TYPE,
	type ConfigurationPart,
} from '../SegmentPublicApi/shared/configuration';
import { answers404 } from './recordGone';

/**
 * What the trigger keeps of a record: a digest of the whole record, and one per path down to two
 * levels (`name`, `settings.apiKey`), so a change can be named without storing the record.
 */
export interface RecordDigest {
	d: string;
	p: Record<string, string>;
	/** The record's name, for the item that reports its removal. */
	n: string;
	/**
	 * Set while the record is unlisted and Segment answers 404 for it: how many polls had started
	 * when that was stored. A poll started after that which finds the same reports it removed.
	 */
	missing?: number;
}

export interface ConfigurationWatch {
	records: Record<string, Record<string, RecordDigest>>;
	/** The poll these digests are from, by the order polls started in; 0 or absent for version 0.1. */
	poll?: number;
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
	return path ? await answers404.call(this, `${path}${encodeURIComponent(id)}`) : true;
}

const keyOf = (part: string, id: string) => `${part}\u0000${id}`;

/** What one poll read: the listings, and for each known record they left out, whether Segment has it. */
export interface ConfigurationRead {
	/** This poll's place in the order polls started in (see compareConfiguration). */
	poll: number;
	listed: Record<string, Map<string, IDataObject>>;
	/** Unlisted records Segment answered 404 for (part and ID). */
	gone: Set<string>;
	/** Unlisted records Segment still has. */
	stillThere: Set<string>;
}

/**
 * Reads the watched parts, and asks Segment for each record of `known` that is missing from its
 * listing, to tell a deletion from a listing that missed it. Stores nothing.
 */
export async function readConfiguration(
	this: IPollFunctions,
	parts: ConfigurationPart[],
	known: ConfigurationWatch | undefined,
	poll: number,
): Promise<ConfigurationRead> {
	// Every poll reads the parts again: its progress is for debugging, not for the log of each minute.
	const snapshot = await exportConfiguration.call(this, parts, {}, { requests: 0 }, 'debug');
	const listed: Record<string, Map<string, IDataObject>> = {};
	for (const part of parts) {
		const records = Array.isArray(snapshot[part]) ? (snapshot[part] as IDataObject[]) : [];
		listed[part] = new Map(records.map((record) => [recordKey(record), record]));
	}
	const gone = new Set<string>();
	const stillThere = new Set<string>();
	for (const part of parts) {
		for (const id of Object.keys(known?.records[part] ?? {})) {
			if (listed[part].has(id)) continue;
			if (await isGone.call(this, part, id)) gone.add(keyOf(part, id));
			else stillThere.add(keyOf(part, id));
		}
	}
	return { poll, listed, gone, stillThere };
}

export interface ConfigurationPoll {
	emitted: IDataObject[];
	next: ConfigurationWatch;
}

/**
 * Compares what a poll read with the digests stored last: one item per record added, removed or
 * changed. Synchronous, so it runs against the newest digests even when polls overlap; a poll that
 * started before the one those digests are from reports nothing and leaves them.
 *
 * A record is reported removed once two polls found it unlisted with Segment answering 404, the
 * second started after the first stored that: a listing that misses a record, or a 404 that
 * passes, reports nothing.
 */
export function compareConfiguration(
	read: ConfigurationRead,
	before: ConfigurationWatch | undefined,
	pollsStarted: number,
	emitExisting: boolean,
): ConfigurationPoll {
	if (before?.poll !== undefined && before.poll > read.poll) return { emitted: [], next: before };
	const emitted: IDataObject[] = [];
	const next: ConfigurationWatch = { records: {}, poll: read.poll };
	for (const [part, listed] of Object.entries(read.listed)) {
		const known = before?.records[part];
		const resourceType = RECORD_TYPE[part as ConfigurationPart] ?? part;
		const digests: Record<string, RecordDigest> = {};
		for (const [id, record] of listed) {
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
			if (listed.has(id)) continue;
			const key = keyOf(part, id);
			if (read.stillThere.has(key)) {
				digests[id] = { d: previous.d, p: previous.p, n: previous.n };
			} else if (!read.gone.has(key)) {
				// Stored by an overlapping poll after this one asked: the next poll asks.
				digests[id] = previous;
			} else if (previous.missing === undefined) {
				digests[id] = { ...previous, missing: pollsStarted };
			} else if (read.poll > previous.missing) {
				emitted.push({ resourceType, id, name: previous.n, kind: 'removed', changedPaths: [] });
			} else {
				digests[id] = previous;
			}
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
