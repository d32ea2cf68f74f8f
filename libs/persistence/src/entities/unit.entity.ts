import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** 单位: a bureau or archive; units form a supervision tree. */
@Entity({ name: 'units' })
export class UnitEntity {
  @PrimaryColumn('text') id: string;
  @Column('text') name: string;
  @Column('text', { name: 'parent_id', nullable: true }) parentId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
