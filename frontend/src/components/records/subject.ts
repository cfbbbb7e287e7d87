/** Whom an appraisal or a commendation concerns: an organization or a person. */
export interface Subject {
  type: 'organization' | 'person';
  id: string;
  name: string;
}

/** The subject as a new record's input names it. */
export function subjectInput(s: Subject): { organizationID: string } | { personID: string } {
  return s.type === 'organization' ? { organizationID: s.id } : { personID: s.id };
}

/** Records by year, the newest first; within a year by what secondary says (its kind or title). */
export function byYear<R extends { year: number }>(rows: readonly R[], secondary: (r: R) => string): R[] {
  return [...rows].sort((a, b) => b.year - a.year || secondary(a).localeCompare(secondary(b)));
}
