import { resourceDescription } from '../../shared/operations';
import * as create from './create';
import * as deleteInvites from './delete';
import * as getAll from './getAll';

export const inviteDescription = resourceDescription('invite', 'getAll', [
	create,
	deleteInvites,
	getAll,
]);
