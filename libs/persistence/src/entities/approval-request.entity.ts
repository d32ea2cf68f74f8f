import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of extension and escalation requests: each leader's inbox. */
@Entity({ name: 'approval_requests' })
export class ApprovalRequestEntity {
  @PrimaryColumn('text') id: string;
  @Column('uuid', { name: 'hazard_id' }) hazardId: string;
  @Column('text') kind: 'extension' | 'escalation';
  @Column('text', { name: 'requested_by' }) requestedBy: string;
  @Column('text', { name: 'decider_id' }) deciderId: string;
  @Column('text') status: 'pending' | 'approved' | 'rejected' | 'expired';
  @Column('timestamptz') deadline: Date;
  @Column('jsonb') details: Record<string, unknown>;
  @Column('text', { name: 'lapsed_by', array: true }) lapsedBy: string[];
  @Column('text', { name: 'decided_by', nullable: true }) decidedBy: string | null;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
}
