import { updateDisplayOptions, type INodeProperties } from 'n8n-workflow';
import * as fields from './descriptions';
import type { DisplayShow } from './descriptions';

/*
 * The shared field builders as they were before operations were wrapped with
 * updateDisplayOptions: each takes the operation's `show`. Kept only while resources move to one
 * operation per file; a converted operation imports the builders from ./descriptions.
 */

const shown = (show: DisplayShow, property: INodeProperties) =>
	updateDisplayOptions({ show }, [property])[0];

export const resourceLocator = (
	name: Parameters<typeof fields.resourceLocator>[0],
	show: DisplayShow,
	description: string,
) => shown(show, fields.resourceLocator(name, description));

export const resourceLocatorInBody = (
	name: Parameters<typeof fields.resourceLocatorInBody>[0],
	show: DisplayShow,
	description: string,
) => shown(show, fields.resourceLocatorInBody(name, description));

export const resourceLocatorSent = (
	name: Parameters<typeof fields.resourceLocatorSent>[0],
	show: DisplayShow,
	description: string,
	where: 'query' | 'body',
	key?: string,
) => shown(show, fields.resourceLocatorSent(name, description, where, key));

export const timeWindowFields = (
	show: DisplayShow,
	granularityDescription: string,
	optionalTimes?: { start: string; end: string },
) => updateDisplayOptions({ show }, fields.timeWindowFields(granularityDescription, optionalTimes));

export const returnAllAndLimit = (show: DisplayShow) =>
	updateDisplayOptions({ show }, fields.returnAllAndLimit());

export const simplify = (show: DisplayShow) => shown(show, fields.simplify());

export const catalogTypeField = (
	show: DisplayShow,
	catalog: Parameters<typeof fields.catalogTypeField>[0],
	loadOptionsMethod: string,
) => shown(show, fields.catalogTypeField(catalog, loadOptionsMethod));

export const listFilters = (show: DisplayShow, bySource: boolean) =>
	shown(show, fields.listFilters(bySource));

export const optionalFields = (
	kind: Parameters<typeof fields.optionalFields>[0],
	show: DisplayShow,
	options: INodeProperties[],
) => shown(show, fields.optionalFields(kind, options));
