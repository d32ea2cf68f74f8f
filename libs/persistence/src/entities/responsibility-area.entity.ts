import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { HazardCategory } from '#domain';

/** Which department of a unit owns a hazard category, for a period. */
@Entity({ name: 'responsibility_areas' })
export class ResponsibilityAreaEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id: string;
  @Column('text', { name: 'unit_id' }) unitId: string;
  @Column('text') category: HazardCategory;
  @Column('text', { name: 'department_id' }) departmentId: string;
  @Column('timestamptz', { name: 'valid_from' }) validFrom: Date;
  @Column('timestamptz', { name: 'valid_to', nullable: true }) validTo: Date | null;
}
