import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Append-only log: one row per state change of a hazard, numbered without gaps. */
@Entity({ name: 'hazard_events' })
export class HazardEventEntity {
  @PrimaryColumn('uuid', { name: 'hazard_id' }) hazardId: string;
  @PrimaryColumn('int') sequence: number;
  @Column('text') type: string;
  @Column('text', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
  @Column('jsonb', { default: () => "'{}'" }) payload: Record<string, unknown>;
  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' }) recordedAt: Date;
  @Column('text', { name: 'correlation_id', nullable: true }) correlationId: string | null;
  @Column('text', { name: 'prev_hash', nullable: true }) prevHash: string | null;
  @Column('text') hash: string;
}
