import { fixture } from '../../test/fixtures';
import { ViewerQueryDoc } from '../../lib/session';
import type { UserRole } from '../../gql/graphql';

/** The signed-in viewer as the Viewer query answers, for the account and administration pages' tests. */
export function viewerFixture(role: UserRole | null) {
  if (!role) return fixture({ query: ViewerQueryDoc, data: { viewer: null } });
  const admin = role === 'ADMIN';
  return fixture({
    query: ViewerQueryDoc,
    data: {
      viewer: {
        role,
        user: { id: `u-${role.toLowerCase()}`, username: role.toLowerCase(), displayName: `Demo ${role.toLowerCase()}`, role },
        scope: role === 'COORDINATOR' ? { id: 'r4', name: '桃文街道' } : null,
        can: { edit: admin || role === 'COORDINATOR', manageUsers: admin, readAudit: admin, holdTokens: role !== 'VIEWER' },
      },
    },
  });
}
