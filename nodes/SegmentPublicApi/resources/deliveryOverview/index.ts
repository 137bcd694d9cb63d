import { resourceDescription } from '../../shared/operations';
import * as getFailedDelivery from './getFailedDelivery';
import * as getFailedOnIngest from './getFailedOnIngest';
import * as getFilteredAtDestination from './getFilteredAtDestination';
import * as getFilteredAtSource from './getFilteredAtSource';
import * as getSuccessfulDelivery from './getSuccessfulDelivery';
import * as getSuccessfullyReceived from './getSuccessfullyReceived';

export const deliveryOverviewDescription = resourceDescription(
	'deliveryOverview',
	'getSuccessfulDelivery',
	[
		getFailedDelivery,
		getFailedOnIngest,
		getFilteredAtDestination,
		getFilteredAtSource,
		getSuccessfulDelivery,
		getSuccessfullyReceived,
	],
);
