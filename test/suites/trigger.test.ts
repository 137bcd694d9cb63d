import { loadSpecs } from '../harness/specs';

loadSpecs(
	['nodes/SegmentPublicApiTrigger'],
	[
		'nodes/SegmentPublicApiTrigger/randomized.spec.ts',
		'nodes/SegmentPublicApiTrigger/auditRandomized.spec.ts',
		'nodes/SegmentPublicApiTrigger/configurationRandomized.spec.ts',
	],
);
