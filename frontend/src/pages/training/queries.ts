import { graphql } from '../../gql';
import type { TrainingCourseKind, TrainingCourseWhereInput } from '../../gql/graphql';

export const TrainingCoursesQuery = graphql(`
  query TrainingCourses($where: TrainingCourseWhereInput!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    trainingCourses(where: $where, orderBy: { field: STARTS_ON, direction: DESC }, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { ...PageInfo }
      edges {
        node {
          id
          title
          kind
          organizerLevel
          startsOn
          endsOn
          days
          capacity
          region { id name nameLatin }
          attendances(first: 0) { totalCount }
        }
      }
    }
  }
`);

export const COURSES_PAGE = 20;

/** The years the filter offers: next year back through twenty before this one. */
export function filterYears(now = new Date().getFullYear()): string[] {
  return Array.from({ length: 22 }, (_, i) => String(now + 1 - i));
}

/** Courses run in the region's subtree, of a kind and starting in a year when given. */
export function courseWhere(regionID: string, year?: string, kind?: TrainingCourseKind): TrainingCourseWhereInput {
  const where: TrainingCourseWhereInput = { inRegion: regionID };
  if (kind) where.kind = kind;
  if (year) {
    where.startsOnGTE = `${year}-01-01`;
    where.startsOnLTE = `${year}-12-31`;
  }
  return where;
}
