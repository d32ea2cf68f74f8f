import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { HazardCategory, HazardSource, HazardStatus, ResponsibilityChain, Severity, StageAction } from '#domain';

/** The read model of one hazard; the workflow is the source of truth, activities keep this in step. */
@Entity({ name: 'hazards' })
export class HazardEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { name: 'unit_id' }) unitId: string;
  @Column('text') category: HazardCategory;
  @Column('text') severity: Severity;
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('text') location: string;
  @Column('text', { name: 'discovered_by' }) discoveredBy: string;
  @Column('timestamptz', { name: 'discovered_at' }) discoveredAt: Date;
  @Column('text') source: HazardSource;
  @Column('text', { array: true, default: () => "'{}'" }) evidence: string[];
  @Column('text', { name: 'external_ref', nullable: true }) externalRef: string | null;
  @Column('text', { name: 'idempotency_key', nullable: true }) idempotencyKey: string | null;
  @Column('text', { name: 'intake_hash' }) intakeHash: string;
  @Column('text') status: HazardStatus;
  @Column('text', { name: 'intake_failure', nullable: true }) intakeFailure: string | null;
  @Column('text', { name: 'responsible_person_id', nullable: true }) responsiblePersonId: string | null;
  @Column('int', { name: 'current_rung', nullable: true }) currentRung: number | null;
  @Column('jsonb', { nullable: true }) chain: ResponsibilityChain | null;
  @Column('text', { name: 'workflow_id' }) workflowId: string;
  @Column('int', { name: 'last_sequence', default: 0 }) lastSequence: number;
  @Column('text', { name: 'policy_name' }) policyName: string;
  @Column('int', { name: 'policy_version' }) policyVersion: number;
  @Column('text', { name: 'stage_action', nullable: true }) stageAction: StageAction | null;
  @Column('timestamptz', { name: 'stage_deadline', nullable: true }) stageDeadline: Date | null;
  @Column('boolean') supervised: boolean;
  @Column('int', { name: 'verification_failures' }) verificationFailures: number;
  @Column('text', { name: 'review_workflow_id', nullable: true }) reviewWorkflowId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
