import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchMethod } from '../shared/lists';
import { LOCATORS } from '../shared/locators';

type SearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

/** The "From List" search of every resource locator, under the method name its mode asks for. */
export const listSearch: Record<string, SearchMethod> = Object.fromEntries(
	Object.values(LOCATORS).map((locator) => [locator.searchListMethod, searchMethod(locator.list)]),
);
