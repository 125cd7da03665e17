/** One media range of an `Accept` header with its quality and its position in the header. */
interface MediaRange {
  type: string;
  quality: number;
  position: number;
}

function parseAccept(accept: string): MediaRange[] {
  return accept.split(',').map((part, position) => {
    const [type = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    return { type, quality: Number.isFinite(quality) ? quality : 0, position };
  });
}

const jsonTypes = new Set(['application/json', 'application/graphql-response+json']);

/**
 * True when an `Accept` header asks for HTML before JSON, as a browser's navigation does
 * (`text/html,...,*\/*;q=0.8`). Only an explicit `text/html` counts: `*\/*` (curl, most
 * GraphQL clients) means "whatever the API returns", which is JSON. Ties go to the range
 * listed first.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  const ranges = parseAccept(accept);
  const html = ranges.find((range) => range.type === 'text/html');
  if (html === undefined || html.quality <= 0) return false;
  return ranges
    .filter((range) => jsonTypes.has(range.type))
    .every(
      (json) =>
        html.quality > json.quality ||
        (html.quality === json.quality && html.position < json.position),
    );
}
