/** The Partner Center error body (classic and extended forms share these fields). */
export interface PartnerCenterErrorBody {
  code?: string | number;
  description?: string;
  message?: string;
  errorName?: string;
  source?: string;
  isRetryable?: boolean;
  data?: unknown[];
  /** The throttling body uses `statusCode` + `message` instead. */
  statusCode?: number;
}

/** Field-level detail the mock adds to 400s so forms can put each message at its field. */
export interface FieldErrorDetail {
  field: string;
  code?: string | number;
  message: string;
}

/** Partner Center's code for a caller whose role does not allow the operation. */
export const insufficientPrivilegesCode = 900308;

/**
 * Refused for the caller's role: 403 with Partner Center's "Insufficient privileges" (900308).
 * Other 403s are business rules (13605 acceptance required, 800073 account under review...).
 * Takes plain fields so that a refusal kept as data (the bulk import's rows) reads the same way.
 */
export function isRoleRefusal(refusal: { status?: number; code?: string | number }): boolean {
  return refusal.status === 403 && Number(refusal.code) === insufficientPrivilegesCode;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string | number | undefined;
  readonly description: string;
  readonly errorName: string | undefined;
  readonly data: unknown[];
  /** Seconds from a `Retry-After` header (429 and some 503s). */
  readonly retryAfterSeconds: number | undefined;
  readonly requestId: string;

  constructor(init: {
    status: number;
    body: PartnerCenterErrorBody | undefined;
    fallbackMessage: string;
    retryAfterSeconds?: number | undefined;
    requestId: string;
  }) {
    const body = init.body ?? {};
    const description = body.description ?? body.message ?? init.fallbackMessage;
    super(description);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = body.code ?? body.statusCode;
    this.description = description;
    this.errorName = body.errorName;
    this.data = Array.isArray(body.data) ? body.data : [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.requestId = init.requestId;
  }

  /** Numeric comparison that tolerates codes sent as strings ("600049") or numbers. */
  hasCode(code: number): boolean {
    return this.code !== undefined && Number(this.code) === code;
  }

  /** See the function of the same name. */
  isRoleRefusal(): boolean {
    return isRoleRefusal(this);
  }

  fieldErrors(): FieldErrorDetail[] {
    return this.data.filter(isFieldErrorDetail);
  }
}

function isFieldErrorDetail(value: unknown): value is FieldErrorDetail {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldErrorDetail).field === 'string' &&
    typeof (value as FieldErrorDetail).message === 'string'
  );
}

/** fetch rejects with a TypeError when the network is down or the request is blocked. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The service could not be reached. Check your connection and try again.', { cause });
    this.name = 'NetworkError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
