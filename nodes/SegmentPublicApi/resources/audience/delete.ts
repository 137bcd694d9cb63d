import type { INodeProperties } from 'n8n-workflow';
import { audienceIdField, spaceField } from './fields';

const show = { resource: ['audience'], operation: ['delete'] };

export const audienceDeleteDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience to delete'),
];
