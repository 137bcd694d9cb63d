import { resourceDescription } from '../../shared/operations';
import * as send from './send';

export const apiRequestDescription = resourceDescription('apiRequest', 'send', [send]);
