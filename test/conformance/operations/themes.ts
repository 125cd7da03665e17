import { toGradeCode } from '../../../src/domain/grade-scales.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vocabularyDir } from '../../../src/paths.js';
import { hmic2007Findings } from '../../fixtures/findings-hmic-2007.expected.js';
import { majorCrime2008Findings } from '../../fixtures/findings-major-crime-2008.expected.js';
import { peel2016Findings } from '../../fixtures/findings-peel-2016.expected.js';
import { hmic2007Reports } from '../../fixtures/hmic-2007.expected.js';
import { majorCrime2008Reports } from '../../fixtures/major-crime-2008.expected.js';
import { checkOperation, type ConformanceOperation } from '../operation.js';
import { compareCodeUnits, seedReports } from './seed-graph.js';

const dv = 'protecting-vulnerable-people/domestic-violence';

/**
 * The themes the graph needs: every theme graded or holding a finding in the fixtures, and
 * their ancestors (a theme id is its parent's id, `/`, its own slug). PEEL's "Specialist
 * capabilities" is ungraded and lists no finding (PEEL 2016, l.979), but its section and
 * passages are on it (l.945).
 */
function themesInFixtures(): string[] {
  const used = new Set<string>([
    'peel-effectiveness/specialist-capabilities',
    ...seedReports.flatMap((report) => report.judgements.map((j) => j.themeId)),
    ...[...hmic2007Findings, ...majorCrime2008Findings, ...peel2016Findings].flatMap((f) =>
      Object.keys(f.counts),
    ),
  ]);
  for (const id of [...used]) {
    for (let parent = parentOf(id); parent !== null; parent = parentOf(parent)) used.add(parent);
  }
  return [...used].sort(compareCodeUnits);
}

/** A theme id is its parent's id, `/`, its own slug. */
function parentOf(themeId: string): string | null {
  return themeId.includes('/') ? themeId.slice(0, themeId.lastIndexOf('/')) : null;
}

interface AllThemes {
  themes: { id: string; name: string; framework: string; parent: { id: string } | null }[];
}

interface DomesticViolence {
  theme: {
    id: string;
    name: string;
    framework: string;
    parent: { id: string; name: string; children: { id: string }[] };
    children: { id: string }[];
    judgements: { nodes: { grade: string; force: { id: string }; report: { id: string } }[] };
  };
}

interface MajorCrime {
  theme: {
    parent: { id: string } | null;
    children: { id: string; parent: { id: string } }[];
    judgements: { nodes: { grade: string; rank: number; report: { id: string } }[] };
  };
}

interface Continuations {
  themes: {
    id: string;
    framework: string;
    continues: { theme: { id: string; framework: string }; basis: string }[];
    continuedBy: { theme: { id: string } }[];
  }[];
}

/** The continuations `themes.json` lists, as `later -> earlier` with the basis. */
function continuationsInVocabulary(): Map<string, string> {
  const file = JSON.parse(readFileSync(join(vocabularyDir, 'themes.json'), 'utf8')) as {
    themes: { id: string; continues?: { theme: string; basis: string }[] }[];
  };
  return new Map(
    file.themes.flatMap((t) => (t.continues ?? []).map((c) => [`${t.id} -> ${c.theme}`, c.basis])),
  );
}

export const themeOperations: readonly ConformanceOperation[] = [
  checkOperation<Continuations>({
    name: 'Theme.continues and Theme.continuedBy: every continuation of the theme vocabulary between themes in the graph, both ways, with its basis',
    query:
      '{ themes { id framework continues { theme { id framework } basis } continuedBy { theme { id } } } }',
    check: ({ themes }) => {
      const inGraph = new Set(themes.map((t) => t.id));
      const expected = [...continuationsInVocabulary()].filter(([pair]) =>
        pair.split(' -> ').every((id) => inGraph.has(id)),
      );
      assert.ok(expected.length >= 2, 'the seed graph holds both ends of two continuations');
      const forward = themes.flatMap((t) =>
        t.continues.map((c) => [`${t.id} -> ${c.theme.id}`, c.basis] as [string, string]),
      );
      assert.deepEqual(
        forward.sort(([a], [b]) => compareCodeUnits(a, b)),
        expected.sort(([a], [b]) => compareCodeUnits(a, b)),
      );
      const backward = themes.flatMap((t) => t.continuedBy.map((c) => `${c.theme.id} -> ${t.id}`));
      assert.deepEqual(
        backward.sort(compareCodeUnits),
        forward.map(([pair]) => pair),
      );
      for (const t of themes)
        for (const c of t.continues)
          assert.notEqual(c.theme.framework, t.framework, `${t.id} continues another framework`);
    },
  }),
  checkOperation<AllThemes>({
    name: 'themes: lists every theme in use with its parent, grouped by framework',
    query: '{ themes { id name framework parent { id } } }',
    check: ({ themes }) => {
      const ids = themes.map((theme) => theme.id);
      assert.deepEqual([...ids].sort(compareCodeUnits), themesInFixtures());
      for (const theme of themes) {
        assert.equal(theme.parent?.id ?? null, parentOf(theme.id), `parent of ${theme.id}`);
      }
      const frameworks = themes.map((theme) => theme.framework);
      const runs = frameworks.filter((f, i) => i === 0 || frameworks[i - 1] !== f);
      assert.equal(runs.length, new Set(frameworks).size, 'each framework in one run');
    },
  }),
  checkOperation<AllThemes>({
    name: 'themes: lists a parent theme before its children',
    query: '{ themes { id name framework parent { id } } }',
    check: ({ themes }) => {
      const ids = themes.map((theme) => theme.id);
      themes.forEach((theme, index) => {
        const parentId = parentOf(theme.id);
        if (parentId === null) return;
        assert.ok(ids.indexOf(parentId) < index, `${parentId} is listed before ${theme.id}`);
      });
    },
  }),
  checkOperation<DomesticViolence>({
    name: 'theme: domestic violence with its parent, siblings and the three 2007 grades on it',
    query: `query ($id: ID!) {
      theme(id: $id) {
        id name framework
        parent { id name children { id } }
        children { id }
        judgements { nodes { grade force { id } report { id } } }
      }
    }`,
    variables: { id: dv },
    check: ({ theme }) => {
      assert.equal(theme.name, 'Domestic violence');
      assert.equal(theme.parent.id, 'protecting-vulnerable-people');
      assert.equal(theme.parent.name, 'Protecting vulnerable people');
      assert.deepEqual(
        theme.parent.children.map((c) => c.id).sort(compareCodeUnits),
        themesInFixtures().filter((id) => id.startsWith('protecting-vulnerable-people/')),
      );
      assert.deepEqual(theme.children, []);
      const got = theme.judgements.nodes
        .map((j) => `${j.report.id} ${j.force.id} ${j.grade}`)
        .sort(compareCodeUnits);
      const want = hmic2007Reports
        .map(
          (r) =>
            `${r.id} ${r.metadata.forceId} ${toGradeCode(r.judgements.find((j) => j.themeId === dv)!.grade)}`,
        )
        .sort(compareCodeUnits);
      assert.deepEqual(got, want);
    },
  }),
  checkOperation<MajorCrime>({
    name: 'theme: major crime with its four sub-themes and its one 2008 grade',
    query: `{
      theme(id: "major-crime") {
        parent { id }
        children { id parent { id } }
        judgements(filter: { exactTheme: true }) { nodes { grade rank report { id } } }
      }
    }`,
    check: ({ theme }) => {
      assert.equal(theme.parent, null);
      assert.deepEqual(
        theme.children.map((c) => c.id).sort(compareCodeUnits),
        Object.keys(majorCrime2008Findings[0]!.counts).sort(compareCodeUnits),
      );
      assert.ok(theme.children.every((child) => child.parent.id === 'major-crime'));
      const [report] = majorCrime2008Reports;
      assert.deepEqual(theme.judgements.nodes, [
        {
          grade: toGradeCode(report!.judgements[0]!.grade),
          rank: report!.judgements[0]!.rank,
          report: { id: report!.id },
        },
      ]);
    },
  }),
  {
    name: 'theme: answers null for an id no theme has',
    query: '{ theme(id: "no-such-theme") { id } }',
    data: { theme: null },
  },
];
