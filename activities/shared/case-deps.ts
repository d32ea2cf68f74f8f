import type { DataSource } from 'typeorm';

export interface CaseActivityDeps {
  dataSource: DataSource;
}
