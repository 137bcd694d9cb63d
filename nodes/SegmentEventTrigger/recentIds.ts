/** How long a messageId is remembered, and how many at most per trigger. */
export const DEDUPLICATION = { windowMs: 60 * 60 * 1000, maxIds: 10_000 };

/**
 * The messageIds one trigger received recently, oldest first: an ID is forgotten once it is older
 * than DEDUPLICATION.windowMs, or when DEDUPLICATION.maxIds newer ones came after it. Kept in this
 * process's memory only.
 */
export class RecentIds {
	private readonly seen = new Map<string, number>();

	/** Remembers `id`; returns false when it was already seen within the window. */
	add(id: string, now = Date.now()): boolean {
		this.expire(now);
		if (this.seen.has(id)) return false;
		this.seen.set(id, now);
		while (this.seen.size > DEDUPLICATION.maxIds) {
			const oldest = this.seen.keys().next().value as string;
			this.seen.delete(oldest);
		}
		return true;
	}

	get size(): number {
		return this.seen.size;
	}

	private expire(now: number) {
		for (const [id, at] of this.seen) {
			if (now - at < DEDUPLICATION.windowMs) break;
			this.seen.delete(id);
		}
	}
}

/** One RecentIds per trigger (workflow, node, test or production), at most this many triggers. */
const MAX_TRIGGERS = 1000;
const byTrigger = new Map<string, RecentIds>();

export function recentIdsOf(key: string): RecentIds {
	let ids = byTrigger.get(key);
	if (ids) {
		byTrigger.delete(key);
	} else {
		ids = new RecentIds();
		if (byTrigger.size >= MAX_TRIGGERS) byTrigger.delete(byTrigger.keys().next().value as string);
	}
	byTrigger.set(key, ids);
	return ids;
}

/** Forgets every trigger's IDs (tests). */
export function resetRecentIds(): void {
	byTrigger.clear();
}
