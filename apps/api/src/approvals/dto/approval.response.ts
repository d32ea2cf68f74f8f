import { ApiProperty } from '@nestjs/swagger';

/** One request in a leader's inbox. */
export class ApprovalDto {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'uuid' }) hazardId: string;
  @ApiProperty({ enum: ['extension', 'escalation'] }) kind: string;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected', 'expired'] }) status: string;
  @ApiProperty() requestedBy: string;
  @ApiProperty({ description: 'The leader the request waits for' }) deciderId: string;
  @ApiProperty({ type: String, nullable: true, description: 'The leader the reader acts for (职务代理), when it waits for them' }) actingFor: string | null;
  @ApiProperty({ format: 'date-time' }) deadline: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: Object }) details: object;
  @ApiProperty({ type: [String], description: 'Leaders who let it lapse' }) lapsedBy: string[];
  @ApiProperty({ type: String, nullable: true }) decidedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ApprovalPageDto {
  @ApiProperty({ type: [ApprovalDto] }) items: ApprovalDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
