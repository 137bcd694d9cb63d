import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { activationAddDestinationDescription } from './addDestination';
import { activationCreateActivationDescription } from './createActivation';
import { activationGetActivationDescription } from './getActivation';
import { activationGetActivationsDescription } from './getActivations';
import { activationGetDestinationsDescription } from './getDestinations';
import {
	activationGetSupportedDestinationsDescription,
	supportedDestinationsRouting,
} from './getSupportedDestinations';
import { activationRemoveActivationDescription } from './removeActivation';
import { activationRemoveDestinationDescription } from './removeDestination';
import { simplifyActivation, simplifyConnection } from './simplify';
import { activationUpdateActivationDescription } from './updateActivation';
import { activationUpdateDestinationDescription } from './updateDestination';

const AUDIENCE = '/spaces/{spaceId}/audiences/{audienceId}';
const CONNECTIONS = `${AUDIENCE}/destination-connections`;
const ACTIVATIONS = `${AUDIENCE}/activations`;
/** Segment's Engage lists take pages of up to 200 records. */
const MAX_PAGE_SIZE = 200;

export const activationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['activation'] } },
		options: [
			{
				name: 'Add Destination',
				value: 'addDestination',
				action: 'Add a destination to an audience',
				description:
					'Connect a destination or warehouse to an audience; create an activation on the connection to start syncing',
				routing: segmentRouting({ method: 'POST', path: CONNECTIONS, version: 'v1alpha' }),
			},
			{
				name: 'Create Activation',
				value: 'createActivation',
				action: 'Create an activation',
				description:
					'Start sending an audience to a connected destination, and define what it sends',
				routing: segmentRouting({
					method: 'POST',
					path: `${CONNECTIONS}/{connectionId}/activations`,
					root: 'activation',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Get Activation',
				value: 'getActivation',
				action: 'Get an activation',
				description: 'Get an activation of an audience by ID',
				routing: segmentRouting({
					method: 'GET',
					path: `${ACTIVATIONS}/{activationId}`,
					root: 'activation',
					simplify: simplifyActivation,
					version: 'v1alpha',
				}),
			},
			{
				name: 'Get Destinations',
				value: 'getDestinations',
				action: 'Get the destinations of an audience',
				description: 'List the destinations and warehouses connected to an audience',
				routing: segmentRouting({
					method: 'GET',
					path: CONNECTIONS,
					root: 'connections',
					list: true,
					simplify: simplifyConnection,
					version: 'v1alpha',
					maxPageSize: MAX_PAGE_SIZE,
				}),
			},
			{
				name: 'Get Many Activations',
				value: 'getActivations',
				action: 'Get many activations',
				description: 'List the activations of an audience',
				routing: segmentRouting({
					method: 'GET',
					path: ACTIVATIONS,
					root: 'activations',
					list: true,
					simplify: simplifyActivation,
					version: 'v1alpha',
					maxPageSize: MAX_PAGE_SIZE,
				}),
			},
			{
				name: 'Get Supported Destinations',
				value: 'getSupportedDestinations',
				action: 'Get the destinations that can activate an audience type',
				description:
					'List the destinations validated for activation, with the action IDs and fields they can map',
				routing: supportedDestinationsRouting(),
			},
			{
				name: 'Remove Activation',
				value: 'removeActivation',
				action: 'Remove an activation',
				description: 'Delete an activation; the audience stops syncing to its destination',
				routing: segmentRouting({
					method: 'DELETE',
					path: `${ACTIVATIONS}/{activationId}`,
					version: 'v1alpha',
				}),
			},
			{
				name: 'Remove Destination',
				value: 'removeDestination',
				action: 'Remove a destination from an audience',
				description: 'Disconnect a destination that has no activations left from an audience',
				routing: segmentRouting({
					method: 'DELETE',
					path: `${CONNECTIONS}/{destinationId}`,
					version: 'v1alpha',
				}),
			},
			{
				name: 'Update Activation',
				value: 'updateActivation',
				action: 'Update an activation',
				description: 'Change what an activation sends, enable or disable it, or resync it',
				routing: segmentRouting({
					method: 'PATCH',
					path: `${ACTIVATIONS}/{activationId}`,
					root: 'activation',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Update Destination',
				value: 'updateDestination',
				action: 'Update a destination of an audience',
				description:
					"Change a connected destination's ID sync configuration or connection settings",
				routing: segmentRouting({
					method: 'PATCH',
					path: `${CONNECTIONS}/{destinationId}`,
					version: 'v1alpha',
				}),
			},
		],
		default: 'getActivations',
	},
	...activationAddDestinationDescription,
	...activationCreateActivationDescription,
	...activationGetActivationDescription,
	...activationGetActivationsDescription,
	...activationGetDestinationsDescription,
	...activationGetSupportedDestinationsDescription,
	...activationRemoveActivationDescription,
	...activationRemoveDestinationDescription,
	...activationUpdateActivationDescription,
	...activationUpdateDestinationDescription,
];
