import type { Request } from 'express';

export interface Principal {
  personId: string;
  name: string;
}

export type AuthenticatedRequest = Request & { principal?: Principal };
