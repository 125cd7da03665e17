/**
 * What makes two root fields of one request the same question: the field and its arguments
 * (variables already substituted), whatever their aliases. Object keys are sorted, so argument
 * order does not matter.
 */
export function rootFieldKey(fieldName: string, args: Readonly<Record<string, unknown>>): string {
  return `${fieldName}(${stableJson(args)})`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
