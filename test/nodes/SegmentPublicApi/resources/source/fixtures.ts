export const V1ALPHA = 'application/vnd.segment.v1alpha+json';

export const CODE = "analytics.register({ name: 'drop-pii', type: 'enrichment' });\n";

export function livePlugin(version: number, code: string | null = CODE) {
	return {
		id: 'lp1',
		sourceId: 'src 1',
		createdAt: '2025-05-07T23:00:00Z',
		createdBy: 'user1',
		downloadURL: `https://cdn.segment.com/live-plugins/src1/lp1/v${version}.js`,
		version,
		code,
	};
}

/** Schema settings of a source, as Segment returns them. */
export const settings = {
	track: { allowUnplannedEvents: true, commonEventOnViolations: 'ALLOW' },
	identify: { allowTraitsOnViolations: true },
	group: { allowTraitsOnViolations: true },
	forwardingViolationsTo: 'src9',
};
