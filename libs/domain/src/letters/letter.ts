import type { LetterLevel } from '../accountability/accountability.js';
import type { LetterPolicy } from '../discipline/discipline.js';
import { chinaYear } from '../shared/calendar.js';

export interface LetterDraft {
  id: string;
  unitId: string;
  level: LetterLevel;
  signerId: string;
  counterpartyId: string | null;
  categories: string[];
}

export interface SigningInput {
  signingId: string;
  unitId: string;
  year: number;
  /** ISO-8601 instants */
  startedAt: string;
  deadline: string;
  letters: LetterPolicy;
  createdBy: string;
}

export interface LetterState {
  id: string;
  signerId: string;
  counterpartyId: string | null;
  unitId: string;
  status: 'pending' | 'signed' | 'overdue' | 'unsigned';
}

export interface SigningState {
  signingId: string;
  status: 'running' | 'closed';
  letters: LetterState[];
}

/** The period a letter of a year covers: the calendar year in China (UTC+8), to its last millisecond. */
export function letterPeriod(year: number): { periodStart: string; periodEnd: string } {
  const { start, end } = chinaYear(year);
  return { periodStart: new Date(start).toISOString(), periodEnd: new Date(end - 1).toISOString() };
}
