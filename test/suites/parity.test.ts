import { loadSpecs } from '../harness/specs';

loadSpecs(['nodes/SegmentPublicApi/parity.spec.ts']);
