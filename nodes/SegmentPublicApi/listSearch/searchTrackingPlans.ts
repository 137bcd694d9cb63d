import { LISTS, searchMethod } from '../shared/lists';

export const searchTrackingPlans = searchMethod(LISTS.trackingPlans);
