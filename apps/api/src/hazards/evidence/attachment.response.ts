import { ApiProperty } from '@nestjs/swagger';

class UploaderDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
}

export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The name it was uploaded under' }) fileName: string;
  @ApiProperty({ enum: ['image/jpeg', 'image/png', 'image/heic', 'image/heif', 'application/pdf'], description: 'Told by the content, not the name' }) contentType: string;
  @ApiProperty({ description: 'Bytes stored' }) size: number;
  @ApiProperty({ description: 'SHA-256 (hex) of the stored bytes; the same digest is in the hazard’s hash-chained log' }) sha256: string;
  @ApiProperty({ description: 'The photo’s metadata (EXIF, with the position) was removed before storing' }) locationStripped: boolean;
  @ApiProperty({ type: UploaderDto, nullable: true }) uploadedBy: UploaderDto | null;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
  @ApiProperty({ description: 'Where to fetch the file (add ?download=1 to save it)' }) url: string;
  @ApiProperty({ type: String, nullable: true, description: 'A JPEG of at most 320×320 (photos only)' }) thumbnailUrl: string | null;
}

export class AttachmentListDto {
  @ApiProperty({ type: [AttachmentDto] }) items: AttachmentDto[];
}
