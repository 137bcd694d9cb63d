import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { runNode, US } from '../../../../harness/node';

export const ALPHA = 'application/vnd.segment.v1alpha+json';

export const SNOWFLAKE = 'CCIl4HLQPz';

export const space = (value: string) => ({ __rl: true, mode: 'id', value });

export function profilesWarehouse(n: number, overrides: IDataObject = {}): IDataObject {
	return {
		id: `pwh${n}`,
		spaceId: 'spa1',
		metadata: { id: SNOWFLAKE, name: 'Snowflake', slug: 'snowflake' },
		workspaceId: 'ws1',
		enabled: true,
		settings: { name: `Profiles ${n}`, account: 'acme', password: '••••••' },
		schemaName: `profiles_${n}`,
		...overrides,
	};
}

export async function refusesBeforeSending(
	method: string,
	parameters: IDataObject,
	message: string | RegExp,
) {
	const trap = nock(US)
		.intercept(() => true, method)
		.reply(200, {});
	await expect(runNode({ resource: 'profilesWarehouse', ...parameters })).rejects.toThrow(message);
	expect(trap.isDone()).toBe(false);
	nock.cleanAll();
}

export const PATH = '/spaces/spa1/profiles-warehouses/pwh1/selective-syncs';
