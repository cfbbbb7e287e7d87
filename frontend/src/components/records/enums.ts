import type { AppraisalKind, AppraisalRating, TrainingCourseKind, TrainingCourseOrganizerLevel, VenueCondition } from '../../gql/graphql';

/*
 * The enumerations of venues, training, appraisals and commendations in the
 * order the interface lists them.
 */

export const COURSE_KINDS: readonly TrainingCourseKind[] = ['ROTATION', 'PRACTICAL_TECHNICAL', 'PRACTICAL_EXERCISE', 'ACADEMIC', 'ENTREPRENEURSHIP'];

/** The levels whose party committees run courses: a course's is its region's. */
export const ORGANIZER_LEVELS: readonly TrainingCourseOrganizerLevel[] = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'];

export function organizerLevelOf(level: string): TrainingCourseOrganizerLevel | undefined {
  return ORGANIZER_LEVELS.find((l) => l === level);
}

/** From good repair to unusable. */
export const VENUE_CONDITIONS: readonly VenueCondition[] = ['GOOD', 'FAIR', 'POOR', 'UNUSABLE'];

export const APPRAISAL_KINDS: readonly AppraisalKind[] = ['DEMOCRATIC_APPRAISAL', 'MEMBER_APPRAISAL', 'PERFORMANCE_REVIEW', 'DEMOCRATIC_SUPERVISION'];

/** Best first. */
export const APPRAISAL_RATINGS: readonly AppraisalRating[] = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'];

/** The year of a YYYY-MM-DD date. */
export const yearOf = (d: string) => Number(d.slice(0, 4));

/** The years a form offers by default: the last complete one. */
export const lastYear = () => new Date().getFullYear() - 1;
