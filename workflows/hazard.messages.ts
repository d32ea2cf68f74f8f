import { defineQuery } from '@temporalio/workflow';
import type { HazardState } from '../libs/domain/src/index.js';

export const hazardStateQuery = defineQuery<HazardState>('hazardState');
