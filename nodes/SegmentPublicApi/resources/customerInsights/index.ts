import { resourceDescription } from '../../shared/operations';
import * as createDownload from './createDownload';

export const customerInsightsDescription = resourceDescription(
	'customerInsights',
	'createDownload',
	[createDownload],
);
