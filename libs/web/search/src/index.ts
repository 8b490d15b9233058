export { searchRoutes } from './lib/search.routes';
// For the shell: the top bar's search box, with its texts and icons.
export { SearchBox } from './lib/feature/search-box';
export { provideSearch } from './lib/provide-search';
