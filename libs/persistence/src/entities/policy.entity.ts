import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { EscalationPolicy } from '#domain';

/** Escalation policies are versioned: a PUT adds a version, and hazards pin the one they started with. */
@Entity({ name: 'policies' })
export class PolicyEntity {
  @PrimaryColumn('text') name: string;
  @PrimaryColumn('int') version: number;
  @Column('jsonb') document: EscalationPolicy;
  @Column('text', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
