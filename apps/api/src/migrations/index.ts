import { CreateFoundation1795786529416 } from './1795786529416-CreateFoundation';
import { CreateWikiPages1795786982880 } from './1795786982880-CreateWikiPages';
/** Checked-in, generated migrations, in order. */
export const MIGRATIONS = [CreateFoundation1795786529416, CreateWikiPages1795786982880];
