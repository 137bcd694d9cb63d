'use strict';
// Audit trail: the events recorded by the other route groups (recordAudit). Dev-only.

module.exports = function register(context) {
	const { route, paginate, assertValid, auditEvents } = context;
	// Audit trail: newest first; startTime and endTime bound the timestamps (exclusive), and
	// resourceId / resourceType select one resource or one kind.
	route('GET', '/audit-events', (ctx) => {
		const query = ctx.query;
		const bounds = {};
		const problems = [];
		for (const name of ['startTime', 'endTime']) {
			const value = query.get(name);
			if (value === null) continue;
			bounds[name] = Date.parse(value);
			if (Number.isNaN(bounds[name]))
				problems.push([name, `"${name}" must be an ISO 8601 timestamp`]);
		}
		assertValid(problems);
		const resourceId = query.get('resourceId');
		const resourceType = query.get('resourceType');
		const items = auditEvents
			.filter((event) => {
				const time = Date.parse(event.timestamp);
				return (
					(bounds.startTime === undefined || time > bounds.startTime) &&
					(bounds.endTime === undefined || time < bounds.endTime) &&
					(resourceId === null || event.resourceId === resourceId) &&
					(resourceType === null || event.resourceType === resourceType)
				);
			})
			.reverse();
		return paginate(query, 'events', items);
	});
};
