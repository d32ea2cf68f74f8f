import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'people' })
export class PersonEntity {
  @PrimaryColumn('text') id: string;
  @Column('text') name: string;
  @Column('text', { name: 'unit_id' }) unitId: string;
  @Column('text', { nullable: true }) email: string | null;
}
