import { ApprovalRequestEntity } from './approval-request.entity.js';
import { PolicyEntity } from './policy.entity.js';
import { DepartmentEntity } from './department.entity.js';
import { HazardEventEntity } from './hazard-event.entity.js';
import { HazardEntity } from './hazard.entity.js';
import { PersonEntity } from './person.entity.js';
import { PositionEntity } from './position.entity.js';
import { ResponsibilityAreaEntity } from './responsibility-area.entity.js';
import { UnitEntity } from './unit.entity.js';

export {
  ApprovalRequestEntity,
  PolicyEntity,
  DepartmentEntity,
  HazardEntity,
  HazardEventEntity,
  PersonEntity,
  PositionEntity,
  ResponsibilityAreaEntity,
  UnitEntity,
};

export const ENTITIES = [
  UnitEntity,
  DepartmentEntity,
  PersonEntity,
  PositionEntity,
  ResponsibilityAreaEntity,
  HazardEntity,
  HazardEventEntity,
  PolicyEntity,
  ApprovalRequestEntity,
];
