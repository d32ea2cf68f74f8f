import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { CONDUCTS, ORG_ID_PATTERN, SANCTIONS, type Conduct, type Sanction } from '#domain';
import { APPEAL_OUTCOMES, DECISION_OUTCOMES, type AppealOutcome, type DecisionOutcome } from '../../../../../workflows/accountability/accountability-review.messages.js';

export class OpenReviewDto {
  @ApiPropertyOptional({ description: 'The incident to review; give this or hazardId' })
  @ValidateIf((o: OpenReviewDto) => o.hazardId === undefined || o.incidentId !== undefined)
  @IsUUID('4', { message: '$property must be an incident id (UUID), or give hazardId instead' })
  incidentId?: string;
  @ApiPropertyOptional({ description: 'The hazard to review; give this or incidentId (a hazard whose top rung lapses is reviewed by its workflow as well)' })
  @ValidateIf((o: OpenReviewDto) => o.incidentId === undefined || o.hazardId !== undefined)
  @IsUUID('4', { message: '$property must be a hazard id (UUID), or give incidentId instead' })
  hazardId?: string;
  @ApiProperty({ maxLength: 2000 }) @IsString() @MinLength(1) @MaxLength(2000) reason: string;
}

export class DecideProposalDto {
  @ApiProperty({ description: 'A proposal id from GET /accountability-reviews/:id' }) @IsString() @MinLength(1) @MaxLength(300) proposalId: string;
  @ApiProperty({ enum: DECISION_OUTCOMES })
  @IsIn(DECISION_OUTCOMES, { message: `$property must be one of: ${DECISION_OUTCOMES.join(', ')}` })
  outcome: DecisionOutcome;
  @ApiPropertyOptional({ enum: SANCTIONS, description: 'Required when the outcome is change' })
  @IsOptional() @IsIn(SANCTIONS, { message: `$property must be one of: ${SANCTIONS.join(', ')}` })
  sanction?: Sanction;
  @ApiProperty({ maxLength: 4000 }) @IsString() @MinLength(1) @MaxLength(4000) reason: string;
}

export class StatementDto {
  @ApiProperty({ maxLength: 8000, description: '陈述申辩: the person concerned states their case' }) @IsString() @MinLength(1) @MaxLength(8000) text: string;
}

export class AppealDto {
  @ApiProperty({ description: 'The proposal whose decided sanction is appealed' }) @IsString() @MinLength(1) @MaxLength(300) proposalId: string;
  @ApiProperty({ maxLength: 8000, description: '申诉: why the sanction should not stand' }) @IsString() @MinLength(1) @MaxLength(8000) grounds: string;
}

export class DecideAppealDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) proposalId: string;
  @ApiProperty({ enum: APPEAL_OUTCOMES, description: 'rejected: the sanction stands; changed: another sanction; upheld: the sanction is revoked' })
  @IsIn(APPEAL_OUTCOMES, { message: `$property must be one of: ${APPEAL_OUTCOMES.join(', ')}` })
  outcome: AppealOutcome;
  @ApiPropertyOptional({ enum: SANCTIONS, description: 'Required when the outcome is changed' })
  @IsOptional() @IsIn(SANCTIONS, { message: `$property must be one of: ${SANCTIONS.join(', ')}` })
  sanction?: Sanction;
  @ApiProperty({ maxLength: 4000 }) @IsString() @MinLength(1) @MaxLength(4000) reason: string;
}

export class AddFindingDto {
  @ApiProperty({ description: 'The person the finding concerns' }) @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a person id' }) personId: string;
  @ApiProperty({ enum: CONDUCTS })
  @IsIn(CONDUCTS, { message: `$property must be one of: ${CONDUCTS.join(', ')}` })
  conduct: Conduct;
  @ApiProperty({ maxLength: 4000, description: 'What the person did or failed to do' }) @IsString() @MinLength(1) @MaxLength(4000) detail: string;
  @ApiProperty({ type: [String], minItems: 1, maxItems: 20, description: 'References to the evidence: stored files, documents, records' })
  @IsArray() @ArrayMinSize(1, { message: '$property must name at least one item' }) @ArrayMaxSize(20) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(500, { each: true })
  evidence: string[];
  @ApiPropertyOptional({ enum: SANCTIONS, description: 'The sanction to propose; by default the policy’s rules decide' })
  @IsOptional() @IsIn(SANCTIONS, { message: `$property must be one of: ${SANCTIONS.join(', ')}` })
  sanction?: Sanction;
}

export const REVIEW_STATUSES = ['open', 'statements', 'deciding', 'appeals', 'decided', 'no_sanctions', 'preparation_failed'] as const;

export class ListReviewsQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a unit id' }) unitId?: string;
  @ApiPropertyOptional({ enum: REVIEW_STATUSES })
  @IsOptional() @IsIn(REVIEW_STATUSES, { message: `$property must be one of: ${REVIEW_STATUSES.join(', ')}` })
  status?: (typeof REVIEW_STATUSES)[number];
}
