import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const yearMonth = /^\d{4}-(0[1-9]|1[0-2])$/;

function checkYearMonth(value: unknown): string {
  if (typeof value === 'string' && yearMonth.test(value)) return value;
  throw new GraphQLError(
    `YearMonth must be a string YYYY-MM (e.g. "2017-03"), got ${String(value)}`,
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

/**
 * A month as ISO 8601 writes it, `YYYY-MM`: reports print a month of publication, never a day,
 * so a full date would invent one. (graphql-scalars has dates and date-times but no month.)
 */
export const YearMonth = new GraphQLScalarType<string, string>({
  name: 'YearMonth',
  description:
    'A calendar month in ISO 8601 form `YYYY-MM`, e.g. "2017-03". Sorts as text in date order.',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
  serialize: checkYearMonth,
  parseValue: checkYearMonth,
  parseLiteral: (ast) => checkYearMonth(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** The year of a `YYYY-MM` month. */
export function yearOf(month: string): number {
  return Number(month.slice(0, 4));
}
