import { PageNamesDto } from '../../hazards/dto/hazard.response.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The response bodies of the review routes, as the OpenAPI document declares them (and the e2e suites check). */

const when = { type: String, format: 'date-time', nullable: true } as const;
const maybe = { type: String, nullable: true } as const;

export class ReviewSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty({ ...maybe, format: 'uuid' }) hazardId: string | null;
  @ApiProperty({ ...maybe, format: 'uuid' }) incidentId: string | null;
  @ApiProperty() unitId: string;
  @ApiProperty(maybe) severity: string | null;
  @ApiProperty() reason: string;
  @ApiProperty({ example: 'statements' }) status: string;
  @ApiProperty(maybe) authorityId: string | null;
  @ApiProperty(when) statementsUntil: string | null;
  @ApiProperty(when) decisionDeadline: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty(when) decidedAt: string | null;
  @ApiProperty({ description: 'Proposals in it' }) proposals: number;
}

export class ReviewListDto {
  @ApiProperty({ type: [ReviewSummaryDto] }) items: ReviewSummaryDto[];
}

export class ReviewDto {
  @ApiProperty() id: string;
  @ApiProperty({ ...maybe, format: 'uuid' }) hazardId: string | null;
  @ApiProperty({ ...maybe, format: 'uuid' }) incidentId: string | null;
  @ApiProperty({ ...maybe, format: 'uuid', description: 'The incident whose loss opened this review of the hazard' }) lossIncidentId: string | null;
  @ApiProperty() unitId: string;
  @ApiProperty(maybe) severity: string | null;
  @ApiProperty() reason: string;
  @ApiProperty({ example: 'deciding' }) status: string;
  @ApiProperty({ ...maybe, description: 'Who opened it by hand' }) requestedBy: string | null;
  @ApiProperty(maybe) authorityId: string | null;
  @ApiProperty({ type: [Object], description: 'The reviewing authorities in order (a lapsed decision passes to the next)' }) authorities: object[];
  @ApiProperty(when) statementsUntil: string | null;
  @ApiProperty(when) decisionDeadline: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty(when) decidedAt: string | null;
  @ApiProperty({ type: [Object], description: 'Who held the subject when' }) timeline: object[];
  @ApiProperty({ type: [Object] }) findings: object[];
  @ApiProperty({ type: [Object] }) proposals: object[];
  @ApiProperty({ type: [Object] }) statements: object[];
  @ApiProperty({ type: [Object] }) sanctions: object[];
  @ApiProperty({ type: [Object], description: 'The review’s event stream' }) events: object[];
  @ApiProperty({ type: Object, nullable: true, description: 'The workflow’s live state; null (with liveError) when it does not answer' }) live: object | null;
  @ApiPropertyOptional() liveError?: string;
  @ApiProperty({ type: PageNamesDto, description: 'The names of every person and unit the review mentions, and the hazard’s title' }) names: PageNamesDto & { hazardTitle?: string | null };
}

/** The review opened, or the one already open (the status tells which: 201 or 200). */
export class OpenedReviewDto {
  @ApiProperty() id: string;
}

/** The review workflow's state, as every review action answers it (instants in epoch ms, as the workflow keeps them). */
export class ReviewStateDto {
  @ApiProperty() reviewId: string;
  @ApiProperty({ description: 'open: being prepared (its timeline and proposals are empty until then)', enum: ['open', 'statements', 'deciding', 'appeals', 'decided', 'no_sanctions', 'preparation_failed'] }) status: string;
  @ApiProperty({ type: [Object], description: 'Each person’s conducts, the proposed sanction, and what was decided' }) proposals: object[];
  @ApiProperty({ type: [String], description: 'Who has made a statement' }) statementsFrom: string[];
  @ApiProperty({ type: Object, nullable: true, description: 'The authority that decides now' }) authority: object | null;
  @ApiProperty({ type: [String] }) lapsedAuthorities: string[];
  @ApiProperty({ type: Number, nullable: true, description: 'Epoch ms' }) statementsUntil: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Epoch ms' }) decisionDeadline: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Epoch ms' }) appealsUntil?: number | null;
  @ApiPropertyOptional({ type: [Object] }) appeals?: object[];
  @ApiPropertyOptional({ type: Object, description: 'Statement windows of people a finding added (epoch ms, by person id)' }) lateStatementsUntil?: object;
}
