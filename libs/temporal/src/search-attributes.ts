import type { Connection } from '@temporalio/client';
import type { SearchAttributePair, SearchAttributeType } from '@temporalio/common';

type SearchAttributeKey = SearchAttributePair['key'];
/** The API's enum numbers (temporal.api.enums.v1.IndexedValueType). */
const INDEXED_VALUE_TYPE: Record<SearchAttributeType, number> = { TEXT: 1, KEYWORD: 2, INT: 3, DOUBLE: 4, BOOL: 5, DATETIME: 6, KEYWORD_LIST: 7 };
type OperatorService = Pick<Connection['operatorService'], 'listSearchAttributes' | 'addSearchAttributes'>;

/**
 * Registers the custom search attributes a namespace lacks (the dev server gets them as start
 * flags; a cluster gets them from the first worker that boots). Answers the names it added.
 */
export async function ensureSearchAttributes(operator: OperatorService, namespace: string, keys: ReadonlyArray<SearchAttributeKey>): Promise<string[]> {
  const { customAttributes } = await operator.listSearchAttributes({ namespace });
  const missing = keys.filter((k) => !(k.name in (customAttributes ?? {})));
  if (missing.length === 0) return [];
  await operator.addSearchAttributes({ namespace, searchAttributes: Object.fromEntries(missing.map((k) => [k.name, INDEXED_VALUE_TYPE[k.type]])) });
  return missing.map((k) => k.name);
}

/** The dev server's start flags for the same keys: `--search-attribute Name=Type`. */
export function searchAttributeFlags(keys: ReadonlyArray<SearchAttributeKey>): string[] {
  const cliType: Record<SearchAttributeType, string> = { TEXT: 'Text', KEYWORD: 'Keyword', INT: 'Int', DOUBLE: 'Double', BOOL: 'Bool', DATETIME: 'Datetime', KEYWORD_LIST: 'KeywordList' };
  return keys.flatMap((k) => ['--search-attribute', `${k.name}=${cliType[k.type]}`]);
}
