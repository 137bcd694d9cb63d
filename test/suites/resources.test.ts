import { loadSpecs } from '../harness/specs';

loadSpecs(['nodes/SegmentPublicApi/resources']);
