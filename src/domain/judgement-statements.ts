/**
 * Whose grade a judgement is: the grade the report itself gives (`THIS_REPORT`), or a grade the
 * report states an earlier inspection gave (`EARLIER`: "graded Fair in the 2006 baseline").
 */
export const judgementStatements = ['THIS_REPORT', 'EARLIER'] as const;

export type JudgementStatement = (typeof judgementStatements)[number];
