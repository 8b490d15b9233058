import { CreateFoundation1795786529416 } from './1795786529416-CreateFoundation';
/** Checked-in, generated migrations, in order. */
export const MIGRATIONS = [CreateFoundation1795786529416];
