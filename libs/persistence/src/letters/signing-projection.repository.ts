import type { SigningEvent } from '#domain';
import type { EntityManager } from 'typeorm';
import type { Projected } from '../shared/projected.js';

/** A letter round's read models: each letter's status and the round's. */
export async function projectSigningEvent(m: EntityManager, e: Projected<SigningEvent>): Promise<void> {
  switch (e.type) {
    case 'letter_signed':
      await m.query(`UPDATE responsibility_letters SET status = 'signed', signed_at = $2 WHERE id = $1`, [e.payload.letterId, e.occurredAt]);
      return;
    case 'letters_overdue':
    case 'letters_unsigned':
      await m.query(`UPDATE responsibility_letters SET status = $2 WHERE id = ANY($1) AND status <> 'signed'`, [e.payload.letterIds, e.type === 'letters_overdue' ? 'overdue' : 'unsigned']);
      return;
    case 'signing_closed':
      await m.query(`UPDATE letter_signings SET status = 'closed' WHERE id = $1`, [e.id]);
      return;
    case 'signing_started':
    case 'letters_reminded':
      // The letters are stored when they are prepared; a reminder changes no read model.
      return;
    default: {
      const unknown: never = e;
      void unknown;
    }
  }
}
