import { loadSpecs } from '../harness/specs';

loadSpecs(['differential', 'sandbox']);
