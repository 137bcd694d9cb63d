import { resourceDescription } from '../../shared/operations';
import * as getAll from './getAll';

export const auditEventDescription = resourceDescription('auditEvent', 'getAll', [getAll]);
