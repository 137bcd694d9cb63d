/**
 * More of Segment's official SDK clients for the differential tests (capture.ts has sources,
 * destinations, warehouses and catalog), and the check of the one header both clients
 * knowingly differ on: the media type.
 */
import {
	APICallsApi,
	AudiencesApi,
	AuditTrailApi,
	ComputedTraitsApi,
	DeletionAndSuppressionApi,
	DeliveryOverviewApi,
	DestinationFiltersApi,
	DestinationsApi,
	EventsApi,
	FunctionsApi,
	IAMGroupsApi,
	IAMRolesApi,
	IAMUsersApi,
	LabelsApi,
	MonthlyTrackedUsersApi,
	ProfilesSyncApi,
	ReverseETLApi,
	SelectiveSyncApi,
	SpacesApi,
	TestingApi,
	TrackingPlansApi,
	TransformationsApi,
	WarehousesApi,
	WorkspacesApi,
} from '@segment/public-api-sdk-typescript';
import { TOKEN } from '../harness/node';
import { BASE, type CapturedRequest } from './capture';

function configure<T extends { accessToken: string | (() => string) }>(client: T): T {
	client.accessToken = TOKEN;
	return client;
}

/** SDK clients pointed at the same base URL and token as the harness's US credentials. */
export const clients = {
	auditTrail: () => configure(new AuditTrailApi(BASE)),
	destinations: () => configure(new DestinationsApi(BASE)),
	functions: () => configure(new FunctionsApi(BASE)),
	transformations: () => configure(new TransformationsApi(BASE)),
	users: () => configure(new IAMUsersApi(BASE)),
	roles: () => configure(new IAMRolesApi(BASE)),
	groups: () => configure(new IAMGroupsApi(BASE)),
	labels: () => configure(new LabelsApi(BASE)),
	events: () => configure(new EventsApi(BASE)),
	workspaces: () => configure(new WorkspacesApi(BASE)),
	regulations: () => configure(new DeletionAndSuppressionApi(BASE)),
	trackingPlans: () => configure(new TrackingPlansApi(BASE)),
	apiCalls: () => configure(new APICallsApi(BASE)),
	mtu: () => configure(new MonthlyTrackedUsersApi(BASE)),
	deliveryOverview: () => configure(new DeliveryOverviewApi(BASE)),
	destinationFilters: () => configure(new DestinationFiltersApi(BASE)),
	reverseEtl: () => configure(new ReverseETLApi(BASE)),
	selectiveSync: () => configure(new SelectiveSyncApi(BASE)),
	warehouses: () => configure(new WarehousesApi(BASE)),
	profilesSync: () => configure(new ProfilesSyncApi(BASE)),
	spaces: () => configure(new SpacesApi(BASE)),
	audiences: () => configure(new AudiencesApi(BASE)),
	computedTraits: () => configure(new ComputedTraitsApi(BASE)),
	testing: () => configure(new TestingApi(BASE)),
};

export const V1 = 'application/vnd.segment.v1+json';
export const V1ALPHA = 'application/vnd.segment.v1alpha+json';
export const V1BETA = 'application/vnd.segment.v1beta+json';

/*
 * Intended difference, asserted on every compared request: our node asks for the versioned media
 * type of the endpoint (v1, or v1alpha for alpha endpoints such as destination subscriptions and
 * function versions) in Accept, and labels bodies with it in Content-Type. The SDK lists the
 * versioned type among those it accepts but "gives precedence to application/json", so it sends
 * plain `application/json` for both, which the API answers with its current default version.
 */
export function expectMediaTypes(
	node: CapturedRequest,
	official: CapturedRequest,
	mediaType: string,
	hasBody: boolean,
) {
	expect(node.accept).toBe(mediaType);
	expect(official.accept).toBe('application/json');
	if (hasBody) {
		expect(node.contentType).toBe(mediaType);
		expect(official.contentType).toBe('application/json');
	} else {
		expect(node.contentType).toBeUndefined();
		expect(official.contentType).toBeUndefined();
	}
}
