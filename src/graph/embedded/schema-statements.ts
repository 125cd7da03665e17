const schemaStatementPattern =
  /^\s*(?:CREATE\s+(?:NODE|REL)\s+TABLE|ALTER\s+TABLE|DROP\s+TABLE)\b/i;

/**
 * True for statements that change tables. Prepared statements made before such a change can
 * be stale (one prepared before `ALTER TABLE ... ADD` and run without parameters keeps
 * returning nodes without the new column), so the store drops its caches after one.
 */
export function isSchemaStatement(text: string): boolean {
  return schemaStatementPattern.test(text);
}
