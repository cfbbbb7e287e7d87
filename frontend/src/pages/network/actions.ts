import type { ModelNode } from './model';
import { unseen } from './model';
import { nextExpansionSize } from './steps';
import type { Expansion } from './urlState';

/** What "expand" can do for a node right now. */
export interface ExpandOption {
  /** Request size for the next step, null when nothing more can be shown. */
  next: number | null;
  /** The node was opened already: the next step shows more rather than opening it. */
  expanded: boolean;
  /** Neighbours not on screen. */
  hidden: number;
}

export function expandOption(node: Pick<ModelNode, 'id' | 'degree' | 'shown'>, expansions: readonly Expansion[]): ExpandOption {
  const current = expansions.find((x) => x.id === node.id);
  return {
    next: nextExpansionSize(node.shown, node.degree, current?.maxNodes),
    expanded: current !== undefined,
    hidden: unseen(node),
  };
}

/** The expansions after asking for more of a node (opening it, or its next page). */
export function withExpansion(expansions: readonly Expansion[], id: string, maxNodes: number): Expansion[] {
  return expansions.some((x) => x.id === id) ? expansions.map((x) => (x.id === id ? { id, maxNodes } : x)) : [...expansions, { id, maxNodes }];
}
