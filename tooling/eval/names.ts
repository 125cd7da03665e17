/**
 * Name matching between extracted entities and labels: a name matches when its key is equal,
 * the key being the name lower-cased, without a leading "the", with `&` as "and", punctuation
 * and apostrophes dropped and the last word singular (`Jigsaw teams` = `Jigsaw team`,
 * `children's services` = `childrens service`). A label lists the variants the report prints.
 */
export function toNameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  if (words[0] === 'the' && words.length > 1) words.shift();
  const last = words.length - 1;
  if (last >= 0) words[last] = singular(words[last]!);
  return words.join(' ');
}

function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** A label that names something: its canonical name and the variants the report prints. */
export interface NamedLabel {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly optional?: boolean;
}

/** Finds the label a set of names refers to, trying the names in order (canonical name first). */
export interface LabelIndex<T extends NamedLabel> {
  find(names: readonly string[]): T | undefined;
  /** The label named exactly `name` (its canonical name). */
  byName(name: string): T | undefined;
}

export function indexLabels<T extends NamedLabel>(labels: readonly T[]): LabelIndex<T> {
  const byKey = new Map<string, T[]>();
  for (const label of labels)
    for (const key of new Set([label.name, ...(label.aliases ?? [])].map(toNameKey))) {
      const list = byKey.get(key) ?? [];
      list.push(label);
      byKey.set(key, list);
    }
  const pick = (list: readonly T[] | undefined): T | undefined =>
    list?.find((l) => !l.optional) ?? list?.[0];
  return {
    find: (names) => {
      for (const name of names) {
        const found = pick(byKey.get(toNameKey(name)));
        if (found) return found;
      }
      return undefined;
    },
    byName: (name) => labels.find((l) => l.name === name),
  };
}

/** Whether one of the names is printed on one of the lines (or across a line and the next). */
export function isNamedOnLines(
  names: readonly string[],
  lines: readonly number[],
  fileLines: readonly string[],
): boolean {
  const flat = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const wanted = names.map(flat);
  return lines.some((n) => {
    const text = flat(`${fileLines[n - 1] ?? ''} ${fileLines[n] ?? ''}`);
    return wanted.some((w) => text.includes(w));
  });
}
