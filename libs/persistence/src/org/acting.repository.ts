import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface ActingAppointment {
  id: string;
  personId: string;
  personName: string;
  actingPersonId: string;
  actingPersonName: string;
  startsAt: Date;
  endsAt: Date;
  reason: string;
  namedBy: string;
  createdAt: Date;
  endedAt: Date | null;
  endedBy: string | null;
  inForce: boolean;
}

export class ActingOverlap extends Error {}

/** The rows in force at `at` (an appointment ended early stops at its end). */
const IN_FORCE = (at: string) => `a.starts_at <= ${at} AND ${at} < least(a.ends_at, coalesce(a.ended_at, 'infinity'))`;

const SELECT = `SELECT a.id, a.person_id AS "personId", p.name AS "personName", a.acting_person_id AS "actingPersonId", q.name AS "actingPersonName",
                       a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.reason, a.named_by AS "namedBy", a.created_at AS "createdAt",
                       a.ended_at AS "endedAt", a.ended_by AS "endedBy", (${IN_FORCE('now()')}) AS "inForce"
                  FROM acting_appointments a JOIN people p ON p.id = a.person_id JOIN people q ON q.id = a.acting_person_id`;

/** 职务代理: who acts for whom, and when. */
export class ActingRepository {
  constructor(private readonly ds: DataSource) {}

  /** Names an acting person for a period; ActingOverlap when the person already has one for part of it. */
  name(input: { personId: string; actingPersonId: string; startsAt: Date; endsAt: Date; reason: string; namedBy: string }): Promise<ActingAppointment> {
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('acting:' || $1))`, [input.personId]);
      const [overlap] = await m.query(
        `SELECT a.id, a.starts_at, least(a.ends_at, coalesce(a.ended_at, 'infinity')) AS until FROM acting_appointments a
          WHERE a.person_id = $1 AND a.starts_at < $3 AND $2 < least(a.ends_at, coalesce(a.ended_at, 'infinity'))`,
        [input.personId, input.startsAt, input.endsAt],
      );
      if (overlap) throw new ActingOverlap(`${input.personId} already has an acting person from ${overlap.starts_at.toISOString()} to ${overlap.until.toISOString()} (appointment ${overlap.id})`);
      const id = randomUUID();
      await m.query(
        `INSERT INTO acting_appointments (id, person_id, acting_person_id, starts_at, ends_at, reason, named_by) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
        [id, input.personId, input.actingPersonId, input.startsAt, input.endsAt, input.reason, input.namedBy],
      );
      const [row] = await m.query(`${SELECT} WHERE a.id = $1`, [id]);
      return row;
    });
  }

  /** Ends an appointment early (the leader is back); false when it had already ended. */
  async end(id: string, by: string): Promise<boolean> {
    // Through a CTE: the driver answers a bare UPDATE … RETURNING as [rows, count].
    const rows: unknown[] = await this.ds.query(
      `WITH ended AS (UPDATE acting_appointments SET ended_at = now(), ended_by = $2 WHERE id = $1 AND ended_at IS NULL AND ends_at > now() RETURNING id) SELECT id FROM ended`,
      [id, by],
    );
    return rows.length > 0;
  }

  find(id: string): Promise<ActingAppointment | null> {
    return this.ds.query(`${SELECT} WHERE a.id = $1`, [id]).then((r: ActingAppointment[]) => r[0] ?? null);
  }

  /** The person's appointments, as the one away and as the one acting, newest first. */
  ofPerson(personId: string): Promise<ActingAppointment[]> {
    return this.ds.query(`${SELECT} WHERE a.person_id = $1 OR a.acting_person_id = $1 ORDER BY a.starts_at DESC, a.id`, [personId]);
  }

  /** Whom the person acts for now. */
  async actingFor(actingPersonId: string, at = new Date()): Promise<string[]> {
    const rows: Array<{ person_id: string }> = await this.ds.query(`SELECT a.person_id FROM acting_appointments a WHERE a.acting_person_id = $1 AND ${IN_FORCE('$2')} ORDER BY a.person_id`, [actingPersonId, at]);
    return rows.map((r) => r.person_id);
  }

}

/** Who acts for the person now, or null (over a data source or the manager of a caller's transaction). */
export async function actingPersonNow(m: Pick<DataSource, 'query'>, personId: string): Promise<string | null> {
  const [row]: Array<{ acting_person_id: string }> = await m.query(`SELECT a.acting_person_id FROM acting_appointments a WHERE a.person_id = $1 AND ${IN_FORCE('now()')} LIMIT 1`, [personId]);
  return row?.acting_person_id ?? null;
}
