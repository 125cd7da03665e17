/**
 * Escaping for XML 1.0 text and attribute values. Characters XML 1.0 cannot carry at all
 * (most C0 controls, unpaired surrogates, U+FFFE, U+FFFF) become U+FFFD, the replacement
 * character; carriage returns (and, in attributes, tabs and line feeds) become character
 * references, which a parser keeps instead of normalising them away.
 */

const replacement = '\uFFFD';

/** Replaces every character XML 1.0 forbids, even as a character reference. */
function replaceForbidden(value: string): string {
  return value.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    replacement,
  );
}

/** Element content: `&`, `<`, `>` and CR escaped. */
export function escapeXmlText(value: string): string {
  return replaceForbidden(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** A double-quoted attribute's value: as text, plus `"`, `'`, tab and line feed escaped. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/** True when XML 1.0 can carry the text unchanged (see {@link escapeXmlText}). */
export function isXmlSafe(value: string): boolean {
  return replaceForbidden(value) === value;
}
