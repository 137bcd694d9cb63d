import { resourceDescription } from '../../shared/operations';
import * as get from './get';

export const eventVolumeDescription = resourceDescription('eventVolume', 'get', [get]);
