import { loadSpecs } from '../harness/specs';

// The fault and path-safety specs are the longest of the node's own; they run in their own suite.
const FAULTS = [
	'nodes/SegmentPublicApi/faults.spec.ts',
	'nodes/SegmentPublicApi/pathSafety.spec.ts',
];

loadSpecs(
	['nodes/SegmentPublicApi', 'credentials', 'harness'],
	['nodes/SegmentPublicApi/resources', 'nodes/SegmentPublicApi/parity.spec.ts', ...FAULTS],
);
