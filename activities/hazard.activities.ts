import { DataSource } from 'typeorm';
import {
  resolveResponsibilityChain as resolveChain,
  type HazardCategory,
  type HazardEventRecord,
  type HazardIntake,
  type ResponsibilityChain,
} from '../libs/domain/src/index.js';
import { insertHazardIntake, loadOrgSnapshot } from '../libs/persistence/src/index.js';

export interface HazardActivityDeps {
  dataSource: DataSource;
}

const PATCH_COLUMNS = {
  status: 'status',
  responsiblePersonId: 'responsible_person_id',
  currentRung: 'current_rung',
  chain: 'chain',
} as const;

/** Side effects of the hazard workflow; every one is safe to retry. */
export function createHazardActivities({ dataSource }: HazardActivityDeps) {
  return {
    async recordIntake(intake: HazardIntake): Promise<void> {
      await dataSource.transaction((m) => insertHazardIntake(m, intake));
    },

    async resolveResponsibilityChain(input: { unitId: string; category: HazardCategory; at: string }): Promise<ResponsibilityChain> {
      const org = await loadOrgSnapshot(dataSource, input.unitId, new Date(input.at));
      if (!org) throw new Error(`Unit ${input.unitId} does not exist`);
      return resolveChain(org, input.category);
    },

    /** Appends one event and applies its patch to the read model, once, whatever the retries. */
    async recordHazardEvent(event: HazardEventRecord): Promise<void> {
      await dataSource.transaction(async (m) => {
        const inserted: unknown[] = await m.query(
          `INSERT INTO hazard_events (hazard_id, sequence, type, actor_id, occurred_at, payload)
           VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING RETURNING sequence`,
          [event.hazardId, event.sequence, event.type, event.actorId, event.occurredAt, event.payload],
        );
        if (inserted.length === 0) return;
        const sets = ['last_sequence = GREATEST(last_sequence, $2)', 'updated_at = now()'];
        const params: unknown[] = [event.hazardId, event.sequence];
        for (const [key, column] of Object.entries(PATCH_COLUMNS)) {
          const value = event.patch[key as keyof typeof PATCH_COLUMNS];
          if (value === undefined) continue;
          params.push(column === 'chain' && value !== null ? JSON.stringify(value) : value);
          sets.push(`${column} = $${params.length}`);
        }
        await m.query(`UPDATE hazards SET ${sets.join(', ')} WHERE id = $1`, params);
      });
    },
  };
}

export type HazardActivities = ReturnType<typeof createHazardActivities>;
