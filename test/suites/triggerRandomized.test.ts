import { loadSpecs } from '../harness/specs';

loadSpecs([
	'nodes/SegmentPublicApiTrigger/randomized.spec.ts',
	'nodes/SegmentPublicApiTrigger/auditRandomized.spec.ts',
]);
