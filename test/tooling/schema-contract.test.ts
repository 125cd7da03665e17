import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  findSchemaBreaks,
  findUndeclaredBreaks,
  readDeclaredBreaks,
  sortReleaseFiles,
} from '../../tooling/schema-contract/breaking-changes.js';
import { checkSchemaContract } from '../../tooling/schema-contract/schema-contract.js';

const before = `
  type Query { report(id: ID!): Report, reports(forceId: ID): [Report!]! }
  type Report { id: ID!, title: String!, grade: String!, kind: Kind }
  enum Kind { A B }
  input Filter { ids: [ID!] }
  type Other { id: ID! }
  union Item = Report | Other
`;

describe('the schema contract', () => {
  it('lists no break since the last release that CHANGELOG.md does not declare', async () => {
    const { previous, undeclared } = await checkSchemaContract();
    assert.deepEqual(
      undeclared.map((b) => `${b.coordinate}: ${b.description}`),
      [],
      `breaking changes against schema/release/${previous} missing from CHANGELOG.md`,
    );
  });

  it('names each kind of break by its schema coordinate', () => {
    const after = `
      type Query { report(id: ID!, year: Int!): Report, reports: [Report!]! }
      type Report { id: ID!, grade: Int!, kind: Kind }
      enum Kind { A }
      input Filter { ids: [ID!], exact: Boolean! }
      type Other { id: ID! }
      union Item = Other
    `;
    const coordinates = findSchemaBreaks(before, after).map((b) => b.coordinate);
    assert.deepEqual(coordinates.sort(), [
      'Filter.exact',
      'Item',
      'Kind.B',
      'Query.report(year:)',
      'Query.reports(forceId:)',
      'Report.grade',
      'Report.title',
    ]);
  });

  it('fails on a break the changelog does not declare, and passes once it does', () => {
    const after = before.replace('title: String!, ', '');
    const breaks = findSchemaBreaks(before, after);
    assert.deepEqual(
      findUndeclaredBreaks(breaks, new Set()).map((b) => b.coordinate),
      ['Report.title'],
    );
    const changelog = [
      '# Changelog',
      '## Unreleased',
      '### Breaking',
      'Items of a list below are declared; this paragraph with `Report.ignored` is not.',
      '- `Report.title` removed: use',
      '  `Report.name`.',
      '### Added',
      '- `Report.subtitle`',
      '## 0.1.0',
      '### Breaking',
      '- `Report.grade`',
    ].join('\n');
    const declared = readDeclaredBreaks(changelog);
    assert.deepEqual([...declared].sort(), ['Report.name', 'Report.title']);
    assert.deepEqual(findUndeclaredBreaks(breaks, declared), []);
  });

  it('compares with the newest release by version number', () => {
    assert.deepEqual(sortReleaseFiles(['0.10.0.graphql', '0.2.0.graphql', 'notes.md']), [
      '0.2.0.graphql',
      '0.10.0.graphql',
    ]);
  });
});
