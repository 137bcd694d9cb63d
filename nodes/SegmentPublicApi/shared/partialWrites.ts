import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type INode,
	type INodeExecutionData,
} from 'n8n-workflow';

/*
 * Operations that send several writes (regulations in batches of 5,000 subject IDs, Sync Rules in
 * batches, Reverse ETL Start Sync then its status checks) can fail once some writes are done. A
 * WriteLog records each write's outcome; `withWriteLog` then names them in the error (message and
 * description) and, under Continue On Fail, in the error item's json, so a rerun can skip what was
 * written and check what may have been applied.
 */

/** What became of one write. */
export type WriteOutcome =
	/** Segment answered with success. */
	| 'written'
	/** The request reached Segment but no answer said whether it was applied (5xx, a timeout). */
	| 'mayHaveBeenApplied'
	/** Segment refused it (4xx, 429 past Max Total Wait), or it never left n8n. */
	| 'failed'
	/** Not sent: an earlier write or step failed. */
	| 'notSent';

export interface PlannedWrite {
	/** Short name of the write in errors, e.g. "regulation 2 of 2". */
	name: string;
	/** What it covers, for the error's description, e.g. "subject IDs 5,001–7,000 of 7,000". */
	covers?: string;
	/** What it covers, for the error item's json: what a rerun needs to skip or resend it. */
	details?: IDataObject;
}

interface WriteState extends PlannedWrite {
	outcome: WriteOutcome | 'pending';
	/** What Segment answered for a written write (its ID), for the json. */
	result?: IDataObject;
	/** The ID a written write got, for the message, e.g. "regulateId reg1". */
	note?: string;
	/** Why a write failed or may have been applied. */
	reason?: string;
}

/** Failures before a request reaches any server (the transport's NOT_SENT_CODES). */
const NOT_SENT_CODES = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'ENETUNREACH',
	'EHOSTUNREACH',
]);

/** Whether a failed write may have been applied: Segment did not say it was refused. */
export function outcomeOfFailure(error: unknown): 'mayHaveBeenApplied' | 'failed' {
	if (!(error instanceof NodeApiError)) return 'mayHaveBeenApplied';
	const status = Number(error.httpCode);
	if (status >= 500) return 'mayHaveBeenApplied';
	// Segment answered, and refused or redirected it; 429 past Max Total Wait is never sent again.
	if (status >= 300) return 'failed';
	const code = (error.errorResponse as { code?: unknown } | undefined)?.code;
	return typeof code === 'string' && NOT_SENT_CODES.has(code) ? 'failed' : 'mayHaveBeenApplied';
}

/** A failure as n8n shows it: the node's own errors as they are, anything else wrapped. */
function nodeErrorOf(node: INode, caught: unknown): NodeApiError | NodeOperationError {
	if (caught instanceof NodeApiError || caught instanceof NodeOperationError) return caught;
	return new NodeOperationError(node, caught instanceof Error ? caught : new Error(String(caught)));
}

const SHOWN_IN_MESSAGE = 3;

function namesOf(writes: WriteState[], withNote: boolean): string {
	const names = writes
		.slice(0, SHOWN_IN_MESSAGE)
		.map((write) => (withNote && write.note ? `${write.name} (${write.note})` : write.name));
	const more = writes.length - SHOWN_IN_MESSAGE;
	return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

function fullNameOf(write: WriteState): string {
	const parts = [write.note, write.covers].filter(Boolean);
	return parts.length ? `${write.name} (${parts.join('; ')})` : write.name;
}

export class WriteLog {
	private readonly writes: WriteState[] = [];

	constructor(private readonly node: INode) {}

	/** Adds writes the operation means to send, in order; they count as not sent until sent. */
	plan(...writes: PlannedWrite[]): void {
		for (const write of writes) this.writes.push({ ...write, outcome: 'pending' });
	}

	/**
	 * Sends one planned write through `request` and records its outcome; `written` names what
	 * Segment answered (the record for the json, the note for the message). Rethrows a failure.
	 */
	async write<T>(
		write: PlannedWrite,
		request: () => Promise<T>,
		written?: (answer: T) => { result?: IDataObject; note?: string },
	): Promise<T> {
		let state = this.writes.find((entry) => entry.name === write.name);
		if (!state) {
			state = { ...write, outcome: 'pending' };
			this.writes.push(state);
		}
		let answer: T;
		try {
			answer = await request();
		} catch (caught) {
			const error = nodeErrorOf(this.node, caught);
			state.outcome = outcomeOfFailure(error);
			state.reason = error.message;
			throw error;
		}
		state.outcome = 'written';
		Object.assign(state, written?.(answer) ?? {});
		return answer;
	}

	private with(outcome: WriteOutcome): WriteState[] {
		return this.writes.filter((write) =>
			outcome === 'notSent'
				? write.outcome === 'notSent' || write.outcome === 'pending'
				: write.outcome === outcome,
		);
	}

	/**
	 * Whether a failure leaves the workspace partly written, or leaves writes unsent that were
	 * planned with others: a lone write Segment refused leaves nothing to report.
	 */
	get hasSomethingToReport(): boolean {
		const attempted = this.writes.some((write) => write.outcome !== 'pending');
		const applied = this.writes.some(
			(write) => write.outcome === 'written' || write.outcome === 'mayHaveBeenApplied',
		);
		return applied || (attempted && this.writes.length > 1);
	}

	/** The writes by outcome, for the json of an error item (and the error's context). */
	report(): IDataObject {
		const entry = (write: WriteState): IDataObject => ({
			write: write.name,
			outcome: write.outcome === 'pending' ? 'notSent' : write.outcome,
			...(write.details ?? {}),
			...(write.result ?? {}),
			...(write.reason && write.outcome !== 'written' ? { reason: write.reason } : {}),
		});
		return {
			written: this.with('written').map(entry),
			mayHaveBeenApplied: this.with('mayHaveBeenApplied').map(entry),
			notWritten: [...this.with('failed'), ...this.with('notSent')].map(entry),
		};
	}

	/** One line for the error's message: what was written, may have been applied, was not. */
	summary(): string {
		const parts: string[] = [];
		const written = this.with('written');
		const uncertain = this.with('mayHaveBeenApplied');
		const failed = this.with('failed');
		const notSent = this.with('notSent');
		parts.push(`already written: ${written.length ? namesOf(written, true) : 'none'}`);
		if (uncertain.length) parts.push(`may have been applied: ${namesOf(uncertain, false)}`);
		if (failed.length) parts.push(`failed: ${namesOf(failed, false)}`);
		if (notSent.length) parts.push(`not sent: ${namesOf(notSent, false)}`);
		return parts.join('; ');
	}

	/** Every write by outcome, for the error's description. */
	details(): string {
		const section = (title: string, writes: WriteState[], after = '') =>
			writes.length ? `${title}: ${writes.map(fullNameOf).join(', ')}${after}.` : '';
		return [
			section('Already written', this.with('written')) || 'Already written: none.',
			section(
				'May have been applied',
				this.with('mayHaveBeenApplied'),
				' (the request reached Segment, which did not say whether it applied it)',
			),
			section('Failed, not applied', this.with('failed')),
			section('Not sent', this.with('notSent')),
		]
			.filter(Boolean)
			.join(' ');
	}
}

/**
 * Runs an operation that sends several writes. When it fails after a write was applied (or may
 * have been), or with planned writes unsent, the error's message gets the summary, its
 * description every write and `hint` (what to do before running it again), its context the
 * report; under Continue On Fail the operation returns an error item whose json holds
 * `{ error, written, mayHaveBeenApplied, notWritten }` instead of failing. Other failures pass
 * through unchanged.
 */
export async function withWriteLog(
	this: IExecuteSingleFunctions,
	hint: string | ((log: WriteLog) => string),
	run: (log: WriteLog) => Promise<INodeExecutionData[]>,
): Promise<INodeExecutionData[]> {
	const log = new WriteLog(this.getNode());
	try {
		return await run(log);
	} catch (caught) {
		const error = nodeErrorOf(this.getNode(), caught);
		if (!log.hasSomethingToReport) throw error;
		const report = log.report();
		error.message = `${error.message} [${log.summary()}]`;
		error.description = [
			log.details(),
			typeof hint === 'function' ? hint(log) : hint,
			error.description ?? '',
		]
			.filter(Boolean)
			.join(' ');
		error.context = { ...(error.context ?? {}), writes: report };
		if (!this.continueOnFail()) throw error;
		return [
			{
				json: { error: error.message, ...report },
				error: error as NodeApiError | NodeOperationError,
			},
		];
	}
}
