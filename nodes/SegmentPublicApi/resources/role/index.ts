import { resourceDescription } from '../../shared/operations';
import * as getAll from './getAll';

export const roleDescription = resourceDescription('role', 'getAll', [getAll]);
