const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

/**
 * The one SQL condition "the space in `spaceColumn` may be read by the viewer
 * bound as `:<viewerParam>`": public spaces, and private ones the viewer is a
 * member of — SpacePolicy.canRead, in SQL. Every repository that filters by
 * readable spaces embeds this fragment in a `namedQuery` statement and binds
 * the viewer's id under `viewerParam`; named parameters mean nothing is
 * renumbered.
 *
 * Correlated EXISTS on the primary keys rather than `IN (all public spaces
 * UNION the viewer's)`: a lookup by id then costs a few index probes instead
 * of collecting every public space first.
 */
export function readableSpacesSql(spaceColumn: string, viewerParam = 'viewerId'): string {
  if (!IDENTIFIER.test(spaceColumn) || !IDENTIFIER.test(viewerParam) || viewerParam.includes('.')) {
    throw new Error(`readableSpacesSql: not an identifier: ${spaceColumn} / ${viewerParam}`);
  }
  return `EXISTS (SELECT 1 FROM space readable_space WHERE readable_space.id = ${spaceColumn}
      AND (readable_space.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM space_member readable_member
        WHERE readable_member.space_id = readable_space.id AND readable_member.user_id = :${viewerParam})))`;
}

/**
 * The same condition for many readers at once: "the space in `spaceColumn`
 * may be read by the user in `userColumn`" (both SQL column references), for
 * statements that decide visibility per row — the notifications written for
 * all recipients of an event in one INSERT … SELECT.
 */
export function readableSpacesForColumnSql(spaceColumn: string, userColumn: string): string {
  if (!IDENTIFIER.test(spaceColumn) || !IDENTIFIER.test(userColumn)) {
    throw new Error(`readableSpacesForColumnSql: not an identifier: ${spaceColumn} / ${userColumn}`);
  }
  return `EXISTS (SELECT 1 FROM space readable_space WHERE readable_space.id = ${spaceColumn}
      AND (readable_space.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM space_member readable_member
        WHERE readable_member.space_id = readable_space.id AND readable_member.user_id = ${userColumn})))`;
}
