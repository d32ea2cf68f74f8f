import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

const when = { type: String, format: 'date-time', nullable: true } as const;

export class ConfirmStatisticsDto {
  @ApiProperty({ maxLength: 2000, description: 'What the unit adds to its figures (may be empty)' }) @IsString() @MaxLength(2000) note: string;
}

export class StatisticsFiguresDto {
  @ApiProperty({ description: 'Hazards discovered in the quarter' }) found: number;
  @ApiProperty() major: number;
  @ApiProperty({ description: 'Of those, closed by now' }) closed: number;
  @ApiProperty({ description: 'Closed without a missed deadline' }) closedOnTime: number;
  @ApiProperty() open: number;
  @ApiProperty({ description: 'Open and overdue now' }) overdue: number;
  @ApiProperty({ description: 'Climbed the ladder at least once' }) escalated: number;
  @ApiProperty({ description: 'Listed for supervision (挂牌督办)' }) supervised: number;
  @ApiProperty({ description: 'Accountability reviews opened in the quarter' }) reviews: number;
  @ApiProperty({ type: Object, description: 'Found, by hazard category' }) byCategory: Record<string, number>;
}

export class StatisticsUnitDto {
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: String, nullable: true }) parentUnitId: string | null;
  @ApiProperty({ description: '0 for the unit the report goes up to' }) depth: number;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ enum: ['pending', 'confirmed', 'late', 'confirmed_late'] }) status: string;
  @ApiProperty({ type: StatisticsFiguresDto, nullable: true, description: 'Its own hazards' }) own: StatisticsFiguresDto | null;
  @ApiProperty({ type: StatisticsFiguresDto, nullable: true, description: 'Its own and what the units below it sent up' }) total: StatisticsFiguresDto | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) confirmedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) confirmedByName: string | null;
  @ApiProperty(when) confirmedAt: string | null;
  @ApiProperty({ type: Boolean, description: 'Whether you may confirm it now' }) mayConfirm: boolean;
}

export class StatisticsReportSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() rootUnitId: string;
  @ApiProperty() rootUnitName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) scheduleId: string | null;
  @ApiProperty() year: number;
  @ApiProperty({ minimum: 1, maximum: 4 }) quarter: number;
  @ApiProperty({ format: 'date-time' }) periodFrom: string;
  @ApiProperty({ format: 'date-time' }) periodTo: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['collecting', 'complete'] }) status: string;
  @ApiProperty({ type: StatisticsFiguresDto, nullable: true, description: 'The whole report’s figures, once complete' }) total: StatisticsFiguresDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class StatisticsReportListDto {
  @ApiProperty({ type: [StatisticsReportSummaryDto] }) items: StatisticsReportSummaryDto[];
}

export class StatisticsReportDto extends StatisticsReportSummaryDto {
  @ApiProperty({ type: [StatisticsUnitDto], description: 'The units you may see, the one it goes up to first' }) units: StatisticsUnitDto[];
}

export class StatisticsStateDto {
  @ApiProperty({ format: 'uuid' }) reportId: string;
  @ApiProperty({ enum: ['collecting', 'complete'] }) status: string;
  @ApiProperty({ type: [Object] }) units: object[];
}
