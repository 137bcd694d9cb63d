import { loadSpecs } from '../harness/specs';

loadSpecs(
	['nodes/SegmentPublicApi', 'credentials', 'harness'],
	['nodes/SegmentPublicApi/resources', 'nodes/SegmentPublicApi/parity.spec.ts'],
);
