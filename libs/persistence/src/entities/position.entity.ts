import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PositionKind } from '#domain';

/** A person's post in a unit for a period; history is kept, never overwritten. */
@Entity({ name: 'positions' })
export class PositionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id: string;
  @Column('text', { name: 'person_id' }) personId: string;
  @Column('text', { name: 'unit_id' }) unitId: string;
  @Column('text') kind: PositionKind;
  @Column('text', { name: 'department_id', nullable: true }) departmentId: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) oversees: string[];
  @Column('timestamptz', { name: 'valid_from' }) validFrom: Date;
  @Column('timestamptz', { name: 'valid_to', nullable: true }) validTo: Date | null;
}
