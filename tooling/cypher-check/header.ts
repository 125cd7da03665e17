/**
 * The header comment of a `.cypher` file: the `//` lines before the first statement line.
 * The checker reads one convention from it, the parameter declaration:
 *
 * ```
 * // params: $ids (list of Force ids), $limit
 * // params: (none)
 * ```
 *
 * Every `$name` on `// params:` lines is declared (a long list may use several such lines);
 * a line with no `$name`, such as `(none)`, declares nothing. The declaration is what the
 * Neo4j front end is told, so a parameter used but not declared is reported by it, and the
 * checker reports one declared but not used.
 */

/** A parameter named in the header, with the 1-based line and column of its `$`. */
export interface DeclaredParameter {
  readonly name: string;
  readonly line: number;
  readonly column: number;
}

export interface QueryHeader {
  /** False when the header has no `// params:` line. */
  readonly hasParamsLine: boolean;
  readonly parameters: readonly DeclaredParameter[];
}

/** Reads the header comment lines of `source` (see the module comment for the format). */
export function parseQueryHeader(source: string): QueryHeader {
  let hasParamsLine = false;
  const parameters: DeclaredParameter[] = [];
  const lines = source.split('\n');
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('//')) break;
    const declaration = /^(\s*\/\/\s*params:)(.*)$/i.exec(line);
    if (declaration === null) continue;
    hasParamsLine = true;
    const offset = declaration[1]!.length;
    for (const match of declaration[2]!.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
      parameters.push({ name: match[1]!, line: index + 1, column: offset + match.index + 1 });
    }
  }
  return { hasParamsLine, parameters };
}
