import { InjectionToken, Provider, Type } from '@angular/core';

/**
 * A section another feature contributes to a space's page (the wiki's "Pages", later
 * blogs or decisions), so the spaces feature shows them without importing those features.
 * The component is loaded lazily and gets the input `spaceKey`.
 */
export interface SpaceSection {
  readonly id: string;
  readonly load: () => Promise<Type<unknown>>;
}

export const SPACE_SECTIONS = new InjectionToken<readonly SpaceSection[]>('SPACE_SECTIONS');

/** `provideSpaceSection({ id: 'pages', load: () => import('@pnyx/web/wiki').then((m) => m.SpacePagesSection) })` */
export function provideSpaceSection(section: SpaceSection): Provider {
  return { provide: SPACE_SECTIONS, useValue: section, multi: true };
}
