import type { TypedDocumentString } from '../generated/operations.js';

/** The API answered with errors (or not at all); `code` is the GraphQL error code if any. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Sends one typed operation to the public GraphQL endpoint: the result type follows from the
 * document, which GraphQL Code Generator typed from the schema.
 */
export async function request<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (error) {
    throw new ApiError(`The API cannot be reached (${(error as Error).message})`, undefined);
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLBody<TResult>;
  const first = body.errors?.[0];
  if (first !== undefined) throw new ApiError(first.message, first.extensions?.code);
  if (!response.ok || body.data == null)
    throw new ApiError(`The API answered HTTP ${response.status}`, undefined);
  return body.data;
}
