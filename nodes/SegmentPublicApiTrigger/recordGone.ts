import type { IPollFunctions } from 'n8n-workflow';
import { segmentApiRequest } from '../SegmentPublicApi/shared/transport';

/** Whether Segment answers 404 for the record at `path`. Any other failure is thrown. */
export async function answers404(this: IPollFunctions, path: string): Promise<boolean> {
	// The transport's errors are NodeApiErrors already; only Segment's 404 is an answer here.
	let failure: unknown;
	try {
		await segmentApiRequest.call(this, { method: 'GET', path, qs: {} });
		return false;
	} catch (error) {
		failure = error;
	}
	if ((failure as { httpCode?: string }).httpCode === '404') return true;
	throw failure;
}
