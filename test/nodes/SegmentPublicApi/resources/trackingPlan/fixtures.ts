import type { IDataObject } from 'n8n-workflow';

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export const plan = { id: 'tp1', name: 'Web Events', type: 'LIVE', slug: 'web-events' };

export function rule(
	key: string,
	version = 1,
	jsonSchema: IDataObject | null = { properties: {} },
	type = 'TRACK',
): IDataObject {
	return { type, key, version, jsonSchema };
}
