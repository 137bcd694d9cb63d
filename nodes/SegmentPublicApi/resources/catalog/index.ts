import type { INodeProperties } from 'n8n-workflow';
import { resourceDescription } from '../../shared/operations';
import { catalogTypeField } from './fields';
import * as get from './get';
import * as getAll from './getAll';

const [operationMenu, ...operationFields] = resourceDescription('catalog', 'getAll', [get, getAll]);

export const catalogDescription: INodeProperties[] = [
	operationMenu,
	catalogTypeField,
	...operationFields,
];
