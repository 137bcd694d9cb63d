export const ALPHA = 'application/vnd.segment.v1alpha+json';

export const US = 'https://api.segmentapis.com';

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });
