/**
 * Whose grade a judgement is: the grade the report itself gives (`THIS_REPORT`), or a grade the
 * report states an earlier inspection gave (`EARLIER`: "graded Fair in the 2006 baseline").
 */
export const judgementStatements = ['THIS_REPORT', 'EARLIER'] as const;

export type JudgementStatement = (typeof judgementStatements)[number];

/** The statement of a stored judgement: one stored before earlier grades were read is the report's own. */
export function toJudgementStatement(stored: string | null | undefined): JudgementStatement {
  return stored === 'EARLIER' ? 'EARLIER' : 'THIS_REPORT';
}
