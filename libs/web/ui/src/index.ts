export { PageHeader } from './lib/page-header/page-header';
export { EmptyState } from './lib/empty-state/empty-state';
export { Avatar } from './lib/avatar/avatar';
export { initialsOf, hueSlotOf } from './lib/avatar/initials';
export { Badge } from './lib/badge/badge';
export type { BadgeTone } from './lib/badge/badge';
export { VisibilityBadge } from './lib/badge/visibility-badge';
export { Loading } from './lib/loading/loading';
