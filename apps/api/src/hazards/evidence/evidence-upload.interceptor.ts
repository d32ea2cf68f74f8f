import { HttpStatus, Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import { evidenceConfig, type EvidenceConfig } from '#config';
import { ProblemException } from '../../common/problem-details.js';
import { mib } from './evidence-file.js';

/** Files per upload. */
export const MAX_FILES_PER_UPLOAD = 10;

/**
 * Reads `multipart/form-data` with the files under `files`, into memory and within the configured
 * limits; every refusal is a problem naming the field. Nothing is stored here: a refused or broken
 * upload leaves nothing behind.
 */
@Injectable()
export class EvidenceUploadInterceptor implements NestInterceptor {
  private readonly upload: ReturnType<ReturnType<typeof multer>['array']>;

  constructor(@Inject(evidenceConfig.KEY) private readonly config: EvidenceConfig) {
    const fields = this.textFields();
    this.upload = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: config.maxFileBytes, files: MAX_FILES_PER_UPLOAD, fields, fieldSize: 256 * 1024, parts: MAX_FILES_PER_UPLOAD + fields },
    }).array('files', MAX_FILES_PER_UPLOAD);
  }

  /** Text fields the form may carry besides the files: none here. */
  protected textFields(): number {
    return 0;
  }

  /** Reads the form into `req.files` (and its text fields into `req.body`), or rejects with the problem. */
  protected receive(req: Request, res: Response): Promise<void> {
    return new Promise<void>((resolve, reject) => this.upload(req, res, (err: unknown) => (err ? reject(this.problem(err)) : resolve())));
  }

  async intercept(context: ExecutionContext, next: CallHandler) {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    if (!req.is('multipart/form-data')) {
      throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'validation', 'Invalid request', 'Send the files as multipart/form-data', {
        errors: [{ field: 'files', reason: 'must be sent as multipart/form-data', code: 'multipart' }],
      });
    }
    await this.receive(req, http.getResponse<Response>());
    return next.handle();
  }

  protected problem(err: unknown): ProblemException {
    const refuse = (status: number, code: string, reason: string, field = 'files', params?: Record<string, number>) =>
      new ProblemException(status, status === HttpStatus.PAYLOAD_TOO_LARGE ? 'too-large' : 'validation', status === HttpStatus.PAYLOAD_TOO_LARGE ? 'Too large' : 'Invalid request', `${field}: ${reason}`, {
        errors: [{ field, reason, code, ...(params ? { params } : {}) }],
      });
    if (err instanceof MulterError) {
      switch (err.code) {
        case 'LIMIT_FILE_SIZE':
          return refuse(HttpStatus.PAYLOAD_TOO_LARGE, 'fileTooLarge', `a file is larger than the limit of ${mib(this.config.maxFileBytes)}; nothing was stored`, 'files', { limit: this.config.maxFileBytes });
        case 'LIMIT_FILE_COUNT':
        case 'LIMIT_PART_COUNT':
          return refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'tooManyFiles', `at most ${MAX_FILES_PER_UPLOAD} files per upload`, 'files', { limit: MAX_FILES_PER_UPLOAD });
        case 'LIMIT_UNEXPECTED_FILE':
          return refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'unexpectedFile', 'only the field "files" takes files', err.field ?? 'files');
        case 'LIMIT_FIELD_COUNT':
          return refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'onlyFiles', 'the form takes nothing but files (here: a text field)');
        default:
          return refuse(HttpStatus.BAD_REQUEST, 'invalid', err.message);
      }
    }
    // busboy: the body ended (or the client hung up) before the form did.
    return refuse(HttpStatus.BAD_REQUEST, 'uploadBroken', 'the upload broke off before it was complete; nothing was stored');
  }
}

/**
 * `POST /hazards` as multipart/form-data: the report as JSON in the text field `report` and the
 * photos under `files`, read into memory within the limits; the report becomes the body the
 * validation pipe checks, as a JSON request's would. A JSON request passes untouched.
 */
@Injectable()
export class ReportUploadInterceptor extends EvidenceUploadInterceptor {
  protected override textFields(): number {
    return 1;
  }

  override async intercept(context: ExecutionContext, next: CallHandler) {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    if (!req.is('multipart/form-data')) return next.handle();
    await this.receive(req, http.getResponse<Response>());
    const raw = (req.body as Record<string, unknown> | undefined)?.report;
    const invalid = (reason: string, code: string) =>
      new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'validation', 'Invalid request', `report: ${reason}`, { errors: [{ field: 'report', reason, code }] });
    if (typeof raw !== 'string') throw invalid('the form must carry the report, as JSON, in the text field "report"', 'isDefined');
    try {
      req.body = JSON.parse(raw);
    } catch {
      throw invalid('must be the report as JSON', 'json');
    }
    if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) throw invalid('must be the report as a JSON object', 'json');
    return next.handle();
  }

  protected override problem(err: unknown): ProblemException {
    if (err instanceof MulterError && err.code === 'LIMIT_FIELD_COUNT') {
      return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'validation', 'Invalid request', 'report: the form takes one text field, "report", besides the files', {
        errors: [{ field: 'report', reason: 'the form takes one text field, "report", besides the files', code: 'onlyReport' }],
      });
    }
    return super.problem(err);
  }
}
