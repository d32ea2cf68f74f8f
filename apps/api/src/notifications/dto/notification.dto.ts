import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { LANGUAGES, NOTICE_KINDS, NOTICE_SUBJECT_TYPES } from '#domain';

export class FeedQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only notices not yet read' })
  @IsOptional() @IsIn(['true', 'false'], { message: '$property must be true or false' })
  unread?: 'true' | 'false';

  @ApiPropertyOptional({ enum: NOTICE_KINDS, description: 'Only notices of this kind' })
  @IsOptional() @IsIn(NOTICE_KINDS, { message: '$property must be a kind of notice' })
  kind?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Language of the text; by default from Accept-Language, else Chinese' })
  @IsOptional() @IsIn(LANGUAGES, { message: `$property must be one of: ${LANGUAGES.join(', ')}` })
  lang?: 'zh' | 'en';

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, type: 'integer' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;
}

export class StreamQuery {
  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional() @IsIn(LANGUAGES, { message: `$property must be one of: ${LANGUAGES.join(', ')}` })
  lang?: 'zh' | 'en';
}

export class MarkReadDto {
  @ApiPropertyOptional({ type: [String], description: 'The notices to mark read (ids from the feed)', maxItems: 500 })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @Matches(/^[1-9]\d{0,17}$/, { each: true, message: 'each value in $property must be a notice id' })
  ids?: string[];

  @ApiPropertyOptional({ type: Boolean, description: 'true: mark every notice read' })
  @IsOptional() @IsBoolean({ message: '$property must be true or false' })
  all?: boolean;
}

export class NoticeSubjectDto {
  @ApiProperty({ enum: NOTICE_SUBJECT_TYPES }) type: string;
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The console page it opens' }) link: string;
}

export class NoticeDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: NOTICE_KINDS }) kind: string;
  @ApiProperty({ example: '【超期预警】' }) tag: string;
  @ApiProperty({ example: '【超期预警】东县档案馆 · 二号库房漏水 · 签收期限 12月3日 10:00（2 小时后）' }) subject: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: NoticeSubjectDto }) about: NoticeSubjectDto;
  @ApiProperty({ type: String, nullable: true, description: 'Whom the recipient acts for (职务代理), on an acting person’s copy' }) actingFor: string | null;
  @ApiProperty() read: boolean;
  @ApiProperty({ type: [String], enum: ['email', 'wecom', 'dingtalk'], description: 'Channels it could not be sent through: the console says so' }) undelivered: string[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DeliveriesQuery {
  @ApiProperty({ enum: ['failed'], description: 'Deliveries given up after the policy’s attempts' })
  @IsIn(['failed'], { message: '$property must be failed' })
  status: 'failed';

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50, type: 'integer' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional() @Matches(/^[1-9]\d{0,17}$/, { message: '$property is not a cursor returned by this endpoint' })
  cursor?: string;
}

export class FailedDeliveryDto {
  @ApiProperty() id: string;
  @ApiProperty() notificationId: string;
  @ApiProperty({ enum: ['email', 'wecom', 'dingtalk'] }) channel: string;
  @ApiProperty() address: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty() recipientId: string;
  @ApiProperty() recipientName: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: NOTICE_KINDS }) kind: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class FailedDeliveryPageDto {
  @ApiProperty({ type: [FailedDeliveryDto] }) items: FailedDeliveryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class FeedPageDto {
  @ApiProperty({ type: [NoticeDto] }) items: NoticeDto[];
  @ApiProperty() unread: number;
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page' }) nextCursor: string | null;
}

export class MarkedReadDto {
  @ApiProperty({ description: 'How many notices became read' }) marked: number;
  @ApiProperty({ description: 'Notices still unread' }) unread: number;
}
