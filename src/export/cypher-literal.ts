/**
 * Cypher literals for property values, for scripts that carry their data in the text
 * (the `cypher` export): no parameters, so every value must be spelled so that Neo4j reads
 * back exactly the value written, with the type the model declares.
 */
import type { PropertyValue } from '../domain/dataset.js';
import type { PropertyType } from '../domain/model.js';

/** Escapes with a short form in Cypher string literals. */
const shortEscapes: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function unicodeEscape(unit: number): string {
  return `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A single-quoted Cypher string literal. Backslash, quote and the whitespace controls get
 * their short escapes, every other control character and any unpaired surrogate a `\uXXXX`
 * escape, so the literal stays on one line and survives any encoding; all other characters,
 * including non-ASCII ones, are written as they are (the script is UTF-8).
 */
export function formatCypherString(value: string): string {
  let out = "'";
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i]!;
    const unit = value.charCodeAt(i);
    const short = shortEscapes[char];
    if (short !== undefined) {
      out += short;
    } else if (unit < 0x20 || unit === 0x7f || (unit >= 0x80 && unit < 0xa0)) {
      out += unicodeEscape(unit);
    } else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value.slice(i, i + 2);
        i += 1;
      } else {
        out += unicodeEscape(unit);
      }
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      out += unicodeEscape(unit);
    } else if (unit === 0x2028 || unit === 0x2029) {
      // Line and paragraph separators end a line for some editors and tools.
      out += unicodeEscape(unit);
    } else {
      out += char;
    }
  }
  return `${out}'`;
}

function formatInteger(value: number): string {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${value} is not an integer Cypher can hold exactly`);
  }
  return String(value);
}

/** Always with a fraction or exponent, so Neo4j stores a FLOAT even for integral values. */
function formatFloat(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} has no Cypher literal`);
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

function expect(condition: boolean, value: PropertyValue, type: PropertyType): void {
  if (!condition) throw new TypeError(`${JSON.stringify(value)} is not a ${type} value`);
}

/**
 * The Cypher literal for one property value of the given model type (`null` for null).
 * Throws a TypeError for a value that does not fit the type.
 */
export function formatCypherValue(value: PropertyValue, type: PropertyType): string {
  if (value === null) return 'null';
  switch (type) {
    case 'STRING':
      expect(typeof value === 'string', value, type);
      return formatCypherString(value as string);
    case 'INT64':
      expect(typeof value === 'number', value, type);
      return formatInteger(value as number);
    case 'DOUBLE':
      expect(typeof value === 'number', value, type);
      return formatFloat(value as number);
    case 'BOOLEAN':
      expect(typeof value === 'boolean', value, type);
      return String(value);
    case 'STRING[]':
      expect(Array.isArray(value) && value.every((item) => typeof item === 'string'), value, type);
      return `[${(value as string[]).map(formatCypherString).join(', ')}]`;
    case 'INT64[]':
      expect(Array.isArray(value) && value.every((item) => typeof item === 'number'), value, type);
      return `[${(value as number[]).map(formatInteger).join(', ')}]`;
  }
}

/** A map key: bare when it is a plain identifier, otherwise in backticks. */
export function formatCypherKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '``')}\``;
}
