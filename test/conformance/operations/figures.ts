import assert from 'node:assert/strict';
import { checkOperation, type ConformanceOperation } from '../operation.js';

/**
 * Figures: numbers the reports state, with their comparators and where they are printed.
 * Expected answers are read from the report text (line numbers in seed/reports/).
 */

const peelId = '2017-03-metropolitan-police-peel-effectiveness-2016';

interface ComparedFigures {
  figures: {
    totalCount: number;
    nodes: {
      value: number;
      unit: string;
      measure: string;
      period: string | null;
      comparator: { kind: string; value: number; unit: string; label: string } | null;
      evidence: { lines: { start: number; end: number } };
      report: { id: string };
      force: { id: string };
      theme: { id: string } | null;
      statedIn: { __typename: string; figures?: { nodes: { value: number }[] } } | null;
    }[];
    edges: { cursor: string; node: { value: number } }[];
    pageInfo: { hasNextPage: boolean };
  };
  missing: null;
}

interface NestedFigures {
  force: {
    figures: {
      nodes: {
        value: number;
        statedIn: {
          __typename: string;
          kind?: string;
          figures?: { totalCount: number; nodes: { value: number }[] };
        } | null;
      }[];
    };
  };
  report: {
    figures: { nodes: { value: number; comparator: { kind: string; value: number } | null }[] };
  };
}

interface ItemFigures {
  practice: {
    figures: {
      totalCount: number;
      nodes: { value: number; unit: string; statedIn: { id: string } }[];
    };
  };
  recommendations: { nodes: { figures: { totalCount: number } }[] };
}

export const figureOperations: readonly ConformanceOperation[] = [
  checkOperation<ComparedFigures>({
    name: 'figures: organised crime groups compared with England and Wales, with evidence, report, force, theme and passage',
    query: `{
      figures(filter: { reportIds: ["${peelId}"], text: "organised crime groups", comparedWith: [ENGLAND_AND_WALES] }, first: 10) {
        totalCount
        nodes {
          value unit measure period comparator { kind value unit label }
          evidence { lines { start end } } report { id } force { id } theme { id }
          statedIn { __typename ... on Passage { figures(first: 10) { nodes { value } } } }
        }
        edges { cursor node { value } }
        pageInfo { hasNextPage }
      }
      missing: figure(id: "no-such-figure") { id }
    }`,
    check: ({ figures, missing }) => {
      // PEEL 2016 l.821: "84 organised crime groups (OCGs) per million of the population.
      // This compares to 46 OCGs per million of the population across England and Wales."
      const groups = figures.nodes.find((f) => f.value === 84);
      assert.ok(groups, 'the 84 organised crime groups per million');
      assert.deepEqual(
        {
          unit: groups.unit,
          comparator: groups.comparator,
          lines: groups.evidence.lines,
          report: groups.report.id,
          force: groups.force.id,
          theme: groups.theme?.id,
        },
        {
          unit: 'PER_MILLION_POPULATION',
          comparator: {
            kind: 'ENGLAND_AND_WALES',
            value: 46,
            unit: 'PER_MILLION_POPULATION',
            label: 'England and Wales',
          },
          lines: { start: 821, end: 821 },
          report: peelId,
          force: 'metropolitan-police',
          theme: 'peel-effectiveness/tackling-serious-and-organised-crime',
        },
      );
      assert.match(groups.measure, /organised crime groups/);
      // A prose paragraph: the figure is stated in its passage, and the passage lists it.
      assert.equal(groups.statedIn?.__typename, 'Passage');
      assert.ok(groups.statedIn.figures?.nodes.some((f) => f.value === 84));
      assert.equal(figures.totalCount, figures.nodes.length);
      assert.deepEqual(
        figures.edges.map((e) => e.node.value),
        figures.nodes.map((f) => f.value),
      );
      assert.equal(figures.pageInfo.hasNextPage, false);
      assert.equal(missing, null);
    },
  }),
  checkOperation<NestedFigures>({
    name: "figures: a force's figure in a finding and a report's figure set against a target",
    query: `{
      force(id: "thames-valley-police") {
        figures(filter: { text: "Neighbourhood Policing project", units: [POUNDS] }, first: 5) {
          nodes {
            value
            statedIn { __typename ... on Finding { kind figures(first: 5) { totalCount nodes { value } } } }
          }
        }
      }
      report(id: "${peelId}") {
        figures(filter: { text: "child sexual exploitation", comparedWith: [TARGET] }, first: 5) {
          nodes { value comparator { kind value } }
        }
      }
    }`,
    check: ({ force, report }) => {
      // TV 2007 l.271, a strength: "The police authority has committed £16 million to the
      // Neighbourhood Policing project."
      // The finding lists the figures it states: this one only.
      assert.deepEqual(force.figures.nodes, [
        {
          value: 16_000_000,
          statedIn: {
            __typename: 'Finding',
            kind: 'STRENGTH',
            figures: { totalCount: 1, nodes: [{ value: 16_000_000 }] },
          },
        },
      ]);
      // PEEL 2016 l.738: "aims to take action on 50 cases ... a month, but is currently only
      // dealing with 31 each month".
      assert.deepEqual(report.figures.nodes, [
        { value: 31, comparator: { kind: 'TARGET', value: 50 } },
      ]);
    },
  }),
  checkOperation<ItemFigures>({
    name: 'figures of a developing-practice item and of a recommendation',
    query: `{
      practice: node(id: "2007-10-thames-valley-police-inspection/practice/community-bonfire-night") {
        ... on Initiative {
          figures(first: 10) { totalCount nodes { value unit statedIn { id } } }
        }
      }
      recommendations(filter: { reportIds: ["${peelId}"] }, first: 20) {
        nodes { figures(first: 5) { totalCount } }
      }
    }`,
    check: ({ practice, recommendations }) => {
      // TV 2007 l.500-501, developing practice "Community bonfire night": "£6,300 ... over 2,500
      // people ... Over 3,000 ... a saving for the fire service of £70,000", in reading order.
      const id = '2007-10-thames-valley-police-inspection/practice/community-bonfire-night';
      assert.deepEqual(practice.figures.nodes, [
        { value: 6300, unit: 'POUNDS', statedIn: { id } },
        { value: 2500, unit: 'COUNT', statedIn: { id } },
        { value: 3000, unit: 'COUNT', statedIn: { id } },
        { value: 70_000, unit: 'POUNDS', statedIn: { id } },
      ]);
      assert.equal(practice.figures.totalCount, 4);
      // The PEEL report's recommendations (l.798 on) state no number.
      assert.ok(recommendations.nodes.length > 0);
      for (const recommendation of recommendations.nodes)
        assert.deepEqual(recommendation.figures, { totalCount: 0 });
    },
  }),
];
