import { loadSpecs } from '../harness/specs';

loadSpecs(['nodes/SegmentPublicApi/faults.spec.ts', 'nodes/SegmentPublicApi/pathSafety.spec.ts']);
