/**
 * The cursor after the first `items` items of the root connection `field` (its default
 * order), read page by page (at most 100 a page) from the API at `url`: the `after` of a deep
 * page, whatever kind of cursor the server issues.
 */
export async function readCursorAfter(url: string, field: string, items: number): Promise<string> {
  let after: string | null = null;
  for (let read = 0; read < items;) {
    const first = Math.min(100, items - read);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ($first: Int, $after: String) { list: ${field}(first: $first, after: $after) { pageInfo { hasNextPage endCursor } } }`,
        variables: { first, after },
      }),
    });
    const body = (await response.json()) as {
      data?: { list: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      errors?: { message: string }[];
    };
    const pageInfo = body.data?.list.pageInfo;
    if (!pageInfo?.endCursor || (read + first < items && !pageInfo.hasNextPage))
      throw new Error(
        `${field} has fewer than ${items} items (${body.errors?.[0]?.message ?? 'no error'})`,
      );
    after = pageInfo.endCursor;
    read += first;
  }
  if (after === null) throw new Error('readCursorAfter needs at least one item');
  return after;
}
