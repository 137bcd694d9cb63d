export const ALPHA = 'application/vnd.segment.v1alpha+json';

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export const SPACE = '/spaces/spa_1';

export const schema = { resource: 'spaceSchema', spaceId: byId('spa_1') };

export const sampleValues = { sampleValues: ['ada@example.com', 'grace@example.com'] };
