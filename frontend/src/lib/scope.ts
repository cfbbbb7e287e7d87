import { useQuery } from 'urql';
import { ViewerQueryDoc } from './session';

/**
 * Whether the viewer may write in a region (id, with the IDs of the regions
 * above it in path): an editor whose scope, if any, holds it. Records
 * without their own viewerCanEdit (regions' venues and courses) use it.
 */
export function useMayWriteIn(id: string | undefined, path: readonly string[]): boolean {
  const [res] = useQuery({ query: ViewerQueryDoc });
  const viewer = res.data?.viewer;
  if (!id || !viewer?.can.edit) return false;
  return !viewer.scope || viewer.scope.id === id || path.includes(viewer.scope.id);
}

/** Whether the viewer may write anywhere (some records are checked against the scope only by the server). */
export function useMayEdit(): boolean {
  const [res] = useQuery({ query: ViewerQueryDoc });
  return res.data?.viewer?.can.edit ?? false;
}

/** Whether the viewer is an administrator (the only role that records provincial figures). */
export function useIsAdmin(): boolean {
  const [res] = useQuery({ query: ViewerQueryDoc });
  return res.data?.viewer?.role === 'ADMIN';
}
