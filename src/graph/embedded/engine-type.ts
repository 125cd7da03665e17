/**
 * A result column type as the embedded engine names it (`getColumnDataTypes()`,
 * `table_info`), parsed just far enough to find DATE and TIMESTAMP values: both arrive in JS
 * as a `Date`, and only the type says whether the time of day is meaningful.
 */
export type EngineType =
  | { readonly kind: 'scalar'; readonly name: string }
  | { readonly kind: 'list'; readonly element: EngineType }
  | { readonly kind: 'struct'; readonly fields: ReadonlyMap<string, EngineType> }
  | { readonly kind: 'map'; readonly value: EngineType }
  | { readonly kind: 'node' }
  | { readonly kind: 'rel' }
  | { readonly kind: 'path' };

/**
 * Parses a type name such as `INT64`, `DATE[]`, `INT64[3]`, `STRUCT(k DATE, n INT64)`,
 * `MAP(STRING, DATE)`, `NODE`, `REL` or `RECURSIVE_REL`. Struct field names are printed
 * unquoted, so a field whose name contains `, ` cannot be told apart; such a struct is
 * returned with the fields it could read.
 */
export function parseEngineType(text: string): EngineType {
  const type = text.trim();
  if (type.endsWith(']')) {
    const open = type.lastIndexOf('[');
    if (open > 0) return { kind: 'list', element: parseEngineType(type.slice(0, open)) };
  }
  const paren = type.indexOf('(');
  const head = (paren < 0 ? type : type.slice(0, paren)).trim().toUpperCase();
  const inner = paren < 0 ? '' : type.slice(paren + 1, type.lastIndexOf(')'));
  switch (head) {
    case 'NODE':
      return { kind: 'node' };
    case 'REL':
      return { kind: 'rel' };
    case 'RECURSIVE_REL':
      return { kind: 'path' };
    case 'STRUCT':
    case 'UNION':
      return { kind: 'struct', fields: new Map(splitTopLevel(inner).map(parseField)) };
    case 'MAP': {
      const [, value] = splitTopLevel(inner);
      return { kind: 'map', value: parseEngineType(value ?? 'ANY') };
    }
    default:
      return { kind: 'scalar', name: head };
  }
}

/** Splits `a INT64, b STRUCT(c DATE, d STRING)` at the top-level `, ` separators. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === ',' && depth === 0 && text[i + 1] === ' ') {
      parts.push(text.slice(start, i));
      start = i + 2;
    }
  }
  if (text.trim() !== '') parts.push(text.slice(start));
  return parts;
}

/** `name TYPE`: the type is the last word before the type's own parenthesis, if any. */
function parseField(text: string): [string, EngineType] {
  const paren = text.indexOf('(');
  const head = (paren < 0 ? text : text.slice(0, paren)).trimEnd();
  const space = head.lastIndexOf(' ');
  return [text.slice(0, space).trim(), parseEngineType(text.slice(space + 1))];
}
