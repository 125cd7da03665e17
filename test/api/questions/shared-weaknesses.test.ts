import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupSharedWeaknesses } from '../../../src/api/questions/shared-weaknesses.js';
import type { ForceNode } from '../../../src/api/nodes.js';

const force = (id: string, name: string): ForceNode => ({ id, name, shortName: null, aliases: [] });
const met = force('metropolitan-police', 'Metropolitan Police Service');
const tvp = force('thames-valley-police', 'Thames Valley Police');
const wmp = force('west-midlands-police', 'West Midlands Police');
const training = { id: 'topic/training', name: 'Training' };
const vetting = { id: 'topic/vetting-and-security', name: 'Vetting and security' };
const welfare = { id: 'topic/staff-welfare', name: 'Staff welfare' };
const row = (subject: { id: string; name: string }, f: ForceNode, evidenceId: string) => ({
  subject,
  force: f,
  evidence: { id: evidenceId },
});

describe('groupSharedWeaknesses', () => {
  const rows = [
    row(training, wmp, 'w1'),
    row(training, met, 'm1'),
    row(training, met, 'm2'),
    row(training, tvp, 't1'),
    row(vetting, wmp, 'w2'),
    row(vetting, met, 'm3'),
    row(vetting, met, 'm4'),
    row(vetting, met, 'm5'),
    row(welfare, met, 'm6'),
    row(welfare, met, 'm6'),
  ];

  it('keeps subjects shared by at least minForces forces, most forces first', () => {
    const groups = groupSharedWeaknesses(rows, 2);
    assert.deepEqual(
      groups.map((g) => [g.subject.id, g.forces.map((f) => f.id)]),
      [
        ['topic/training', [met.id, tvp.id, wmp.id]],
        ['topic/vetting-and-security', [met.id, wmp.id]],
      ],
    );
  });

  it('keeps the evidence in row order, each item once', () => {
    const [training] = groupSharedWeaknesses(rows, 3);
    assert.deepEqual(
      training!.evidence.map((e) => e.id),
      ['w1', 'm1', 'm2', 't1'],
    );
    const welfare = groupSharedWeaknesses(rows, 1).find(
      (g) => g.subject.id === 'topic/staff-welfare',
    );
    assert.deepEqual(
      welfare!.evidence.map((e) => e.id),
      ['m6'],
    );
  });

  it('breaks ties on forces by the amount of evidence, then by name', () => {
    const groups = groupSharedWeaknesses(rows, 1);
    assert.deepEqual(
      groups.map((g) => g.subject.id),
      ['topic/training', 'topic/vetting-and-security', 'topic/staff-welfare'],
    );
    const tied = groupSharedWeaknesses([row(vetting, met, 'a'), row(training, met, 'b')], 1);
    assert.deepEqual(
      tied.map((g) => g.subject.name),
      ['Training', 'Vetting and security'],
    );
  });

  it('finds nothing shared when no subject reaches minForces', () => {
    assert.deepEqual(groupSharedWeaknesses(rows, 4), []);
  });
});
