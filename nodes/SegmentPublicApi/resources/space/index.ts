import { resourceDescription } from '../../shared/operations';
import * as get from './get';
import * as getAll from './getAll';
import * as queryMessagingSubscriptions from './queryMessagingSubscriptions';
import * as replaceMessagingSubscriptions from './replaceMessagingSubscriptions';

export const spaceDescription = resourceDescription('space', 'getAll', [
	get,
	getAll,
	queryMessagingSubscriptions,
	replaceMessagingSubscriptions,
]);
