import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'pnyx:public';

/** Marks a handler that needs no token (health, metrics, web config). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
