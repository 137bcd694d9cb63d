import { loadSpecs } from '../harness/specs';

loadSpecs([
	'nodes/SegmentPublicApiTrigger/randomized.spec.ts',
	'nodes/SegmentPublicApiTrigger/configurationRandomized.spec.ts',
]);
