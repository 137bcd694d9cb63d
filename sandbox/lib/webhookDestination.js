'use strict';
// What the Public API checks for Webhooks (Actions) destinations (catalog slug actions-webhook)
// and the subscriptions of their actions: only the destination's own settings, of their types;
// every required field of the action (url, method) set, the method one of its choices, the URL an
// http(s) URL; the trigger valid FQL. Dev-only.

const { problemOf } = require('./fql');

const WEBHOOK_SLUG = 'actions-webhook';

const isWebhook = (metadata) => Boolean(metadata) && metadata.slug === WEBHOOK_SLUG;

/** Problems with a webhook destination's settings, as [field, message] pairs. */
function settingsProblems(metadata, settings) {
	const problems = [];
	if (!isWebhook(metadata) || !settings || typeof settings !== 'object') return problems;
	const options = new Map(metadata.options.map((option) => [option.name, option]));
	for (const [key, value] of Object.entries(settings)) {
		const option = options.get(key);
		if (!option) {
			problems.push([`settings.${key}`, `Unknown setting "${key}" for ${metadata.name}`]);
		} else if (option.type === 'string' && typeof value !== 'string') {
			problems.push([`settings.${key}`, `"settings.${key}" must be a string`]);
		}
	}
	return problems;
}

/** Problems with a subscription of a webhook destination's action: its trigger and settings. */
function subscriptionProblems(metadata, action, { trigger, settings }, prefix = '') {
	const problems = [];
	if (!isWebhook(metadata) || !action) return problems;
	if (typeof trigger === 'string') {
		const problem = problemOf(trigger);
		if (problem) problems.push([`${prefix}trigger`, `Invalid trigger: ${problem}`]);
	}
	if (settings === undefined) return problems;
	const values = settings && typeof settings === 'object' ? settings : {};
	for (const field of action.fields) {
		const value = values[field.fieldKey];
		const name = `${prefix}settings.${field.fieldKey}`;
		if (value === undefined || value === null || value === '') {
			if (field.required) problems.push([name, `"${name}" is required`]);
			continue;
		}
		if (field.choices && !field.choices.some((choice) => choice.value === value)) {
			problems.push([name, `"${name}" must be one of ${field.choices.map((c) => c.value).join(', ')}`]);
		}
		if (field.fieldKey === 'url') {
			let url;
			try {
				url = typeof value === 'string' ? new URL(value) : undefined;
			} catch {
				url = undefined;
			}
			if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
				problems.push([name, `"${name}" must be an http or https URL`]);
		}
		if (field.type === 'BOOLEAN' && typeof value !== 'boolean')
			problems.push([name, `"${name}" must be a boolean`]);
		if (field.type === 'OBJECT' && (typeof value !== 'object' || Array.isArray(value)))
			problems.push([name, `"${name}" must be an object`]);
	}
	return problems;
}

module.exports = { isWebhook, settingsProblems, subscriptionProblems, WEBHOOK_SLUG };
