import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../core/db/dialect.js';
import { ERROR_CATALOGUE, isVigilError, type ErrorCode, type FieldError } from '../core/errors.js';

/** The one body shape of every error Vigil answers. */
export interface ErrorBody {
  readonly code: ErrorCode;
  readonly message: string;
  readonly fields?: readonly FieldError[];
  readonly details?: Readonly<Record<string, unknown>>;
}

interface AjvIssue {
  readonly instancePath: string;
  readonly message?: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
}

const PART_NAMES: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' };

function describeIssue(issue: AjvIssue): string {
  switch (issue.keyword) {
    case 'additionalProperties':
      return 'is not a known field';
    case 'required':
      return `is required`;
    case 'enum':
      return `must be one of ${(issue.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message ?? issue.keyword;
  }
}

function fieldPath(part: string, issue: AjvIssue): string {
  const prefix = PART_NAMES[part] ?? part;
  const named = issue.params.missingProperty ?? issue.params.additionalProperty;
  const missing = named === undefined ? '' : `/${String(named)}`;
  const pointer = `${issue.instancePath}${missing}`;
  return pointer === '' ? prefix : `${prefix}${pointer.replaceAll('/', '.')}`;
}

/** Maps anything thrown while handling a request to a status and an `ErrorBody`. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (isVigilError(error)) {
    const body: ErrorBody = {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.details ? { details: error.details } : {}),
    };
    return { status: ERROR_CATALOGUE[error.code].status, body };
  }
  const fastifyError = error as Partial<FastifyError> & { validation?: AjvIssue[]; validationContext?: string };
  if (Array.isArray(fastifyError.validation)) {
    const part = fastifyError.validationContext ?? 'body';
    const fields = fastifyError.validation.map((issue) => ({ path: fieldPath(part, issue), message: describeIssue(issue) }));
    const summary = fields.map((f) => `${f.path} ${f.message}`).join('; ');
    return { status: 400, body: { code: 'VIGIL_VALIDATION_FAILED', message: `invalid request: ${summary}`, fields } };
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, body: { code: 'VIGIL_MALFORMED_JSON', message: `the body is not valid JSON: ${fastifyError.message}` } };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, body: { code: 'VIGIL_MALFORMED_JSON', message: 'the body is empty but Content-Type is application/json; send a JSON object' } };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: { code: 'VIGIL_BODY_TOO_LARGE', message: fastifyError.message ?? 'the body is too large' } };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        body: { code: 'VIGIL_UNSUPPORTED_MEDIA_TYPE', message: `${fastifyError.message ?? 'unsupported media type'}; send Content-Type: application/json` },
      };
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return { status: 400, body: { code: 'VIGIL_MALFORMED_JSON', message: `the body is not valid JSON: ${error.message}` } };
  }
  if (isDatabaseUnavailable(error)) {
    return { status: 503, body: { code: 'VIGIL_UNAVAILABLE', message: 'the database cannot be reached right now; nothing was changed, retry shortly' } };
  }
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { code: 'VIGIL_VALIDATION_FAILED', message: fastifyError.message ?? 'bad request' } };
  }
  return { status: 500, body: { code: 'VIGIL_INTERNAL', message: 'an unexpected error occurred; the server log has details' } };
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toErrorResponse(error);
  const retryAfter = body.details?.retry_after_seconds;
  if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  void reply.status(status).send(body);
}
