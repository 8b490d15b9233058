const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

/**
 * The one SQL condition "the space in `spaceColumn` may be read by the viewer
 * bound as `:<viewerParam>`": public spaces, and private ones the viewer is a
 * member of — SpacePolicy.canRead, in SQL. Every repository that filters by
 * readable spaces embeds this fragment in a `namedQuery` statement and binds
 * the viewer's id under `viewerParam`; named parameters mean nothing is
 * renumbered.
 */
export function readableSpacesSql(spaceColumn: string, viewerParam = 'viewerId'): string {
  if (!IDENTIFIER.test(spaceColumn) || !IDENTIFIER.test(viewerParam) || viewerParam.includes('.')) {
    throw new Error(`readableSpacesSql: not an identifier: ${spaceColumn} / ${viewerParam}`);
  }
  return `${spaceColumn} IN (SELECT vs.id FROM space vs WHERE vs.visibility = 'PUBLIC'
      UNION SELECT vm.space_id FROM space_member vm WHERE vm.user_id = :${viewerParam})`;
}
