import { loadSpecs } from '../harness/specs';

loadSpecs(['nodes/SegmentPublicApiTrigger/auditRandomized.spec.ts']);
