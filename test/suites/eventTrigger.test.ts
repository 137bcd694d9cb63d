import { loadSpecs } from '../harness/specs';

loadSpecs(['nodes/SegmentEventTrigger']);
