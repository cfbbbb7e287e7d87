/**
 * How many organizations one network request may return. A super-node (an
 * organization with more neighbours than were returned) is opened up page by
 * page: each "show more" moves its request one step up this ladder, so a
 * county committee with 3,000 neighbours does not arrive all at once.
 */
const MAX_NODE_STEPS = [50, 200, 500, 1000, 2000, 5000] as const;

/** What the API accepts at most. */
export const MAX_NODES_LIMIT = 5000;

/** The first view of the seeds. */
export const BASE_MAX_NODES = 500;

/** The smallest step that is more than `count`; the limit when none is. */
export function stepAbove(count: number): number {
  return MAX_NODE_STEPS.find((s) => s > count) ?? MAX_NODES_LIMIT;
}

/** A value read from a URL, snapped to the ladder. */
export function snapToStep(n: number): number {
  if (!Number.isFinite(n) || n <= MAX_NODE_STEPS[0]) return MAX_NODE_STEPS[0];
  return MAX_NODE_STEPS.find((s) => s >= n) ?? MAX_NODES_LIMIT;
}

/**
 * The request size that shows more neighbours of a node than the `shown`
 * already on screen (the node itself counts as one of the organizations), or
 * null when every neighbour is already there or the limit is reached.
 */
export function nextExpansionSize(shown: number, degree: number, current: number | undefined): number | null {
  if (shown >= degree) return null;
  if (current !== undefined && current >= MAX_NODES_LIMIT) return null;
  return stepAbove(Math.max(current ?? 0, shown + 1));
}
