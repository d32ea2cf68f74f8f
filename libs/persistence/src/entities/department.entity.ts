import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'departments' })
export class DepartmentEntity {
  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'unit_id' }) unitId: string;
  @Column('text') name: string;
}
