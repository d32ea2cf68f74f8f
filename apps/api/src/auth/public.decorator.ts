import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = Symbol('IS_PUBLIC');
/** Reachable without a token (health, sign-in). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
