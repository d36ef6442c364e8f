import { Initial1795239803169 } from './1795239803169-initial';

/** Every migration, oldest first. `npm run migration:generate -- Name` writes the next one. */
export const MIGRATIONS = [Initial1795239803169];
