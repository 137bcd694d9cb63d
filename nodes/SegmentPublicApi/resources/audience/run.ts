import type { INodeProperties } from 'n8n-workflow';
import { audienceIdField, spaceField } from './fields';

const show = { resource: ['audience'], operation: ['run'] };

export const audienceRunDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space of the audience'),
	audienceIdField(show, 'The Linked audience to run now'),
];
