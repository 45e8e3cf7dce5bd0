/** An error answered in Stripe's shape, `{ error: { type, code, message, param } }`, which the SDK maps to its classes. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly param?: string,
    readonly type: string = 'invalid_request_error',
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toJSON(): { error: Record<string, string> } {
    const error: Record<string, string> = { type: this.type, message: this.message };
    if (this.code) {
      error.code = this.code;
      error.doc_url = `https://stripe.com/docs/error-codes/${this.code.replace(/_/g, '-')}`;
    }
    if (this.param) error.param = this.param;
    return { error };
  }
}

export const invalid = (message: string, param?: string, code = 'parameter_invalid') => new ApiError(400, message, code, param);

export const missing = (param: string) => new ApiError(400, `Missing required param: ${param}.`, 'parameter_missing', param);

export const unknownParam = (param: string) => new ApiError(400, `Received unknown parameter: ${param}`, 'parameter_unknown', param);

export const noSuch = (kind: string, id: string, param = 'id') => new ApiError(404, `No such ${kind}: '${id}'`, 'resource_missing', param);

/** The object stored under `id`, or Stripe's 404 for it. */
export function mustGet<T>(map: ReadonlyMap<string, T>, kind: string, id: string, param = 'id'): T {
  const found = map.get(id);
  if (found === undefined) throw noSuch(kind, id, param);
  return found;
}

export const alreadyExists = (message: string, param = 'id') => new ApiError(400, message, 'resource_already_exists', param);

export const exclusive = (...params: string[]) =>
  new ApiError(400, `You may only specify one of these parameters: ${params.join(', ')}.`, undefined, params[0]);
