import { invalid, missing, unknownParam } from './errors';
import type { FormObject, FormValue } from './form';

/** Typed reads of a decoded form body, failing with Stripe's messages and bracketed param paths. */
export class Params {
  constructor(
    private readonly data: FormObject,
    private readonly prefix = '',
  ) {}

  path(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  /** Rejects keys Stripe would not recognise, as the real API does ("Received unknown parameter"). */
  only(allowed: readonly string[]): this {
    for (const key of Object.keys(this.data)) if (!allowed.includes(key)) throw unknownParam(this.path(key));
    return this;
  }

  has(key: string): boolean {
    return this.data[key] !== undefined;
  }

  private raw(key: string): FormValue | undefined {
    return Object.prototype.hasOwnProperty.call(this.data, key) ? this.data[key] : undefined;
  }

  string(key: string): string | undefined {
    const value = this.raw(key);
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw invalid(`Invalid string: ${this.path(key)}`, this.path(key));
    return value;
  }

  requiredString(key: string): string {
    const value = this.string(key);
    if (value === undefined) throw missing(this.path(key));
    return value;
  }

  int(key: string): number | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw invalid(`Invalid integer: ${value}`, this.path(key));
    return Number(value);
  }

  number(key: string): number | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (!/^\d+(\.\d+)?$/.test(value)) throw invalid(`Invalid decimal: ${value}`, this.path(key));
    return Number(value);
  }

  bool(key: string): boolean | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') throw invalid(`Invalid boolean: ${value}`, this.path(key));
    return value === 'true';
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (!(values as readonly string[]).includes(value)) throw invalid(`Invalid ${this.path(key)}: must be one of ${values.join(', ')}`, this.path(key));
    return value as T;
  }

  object(key: string): Params | undefined {
    const value = this.raw(key);
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) throw invalid(`Invalid object`, this.path(key));
    return new Params(value, this.path(key));
  }

  objects(key: string): Params[] {
    const value = this.raw(key);
    if (value === undefined || value === '') return [];
    if (!Array.isArray(value)) throw invalid(`Invalid array`, this.path(key));
    return value.map((item, i) => {
      if (typeof item !== 'object' || Array.isArray(item)) throw invalid(`Invalid object`, `${this.path(key)}[${i}]`);
      return new Params(item, `${this.path(key)}[${i}]`);
    });
  }

  strings(key: string): string[] {
    const value = this.raw(key);
    if (value === undefined || value === '') return [];
    const list = Array.isArray(value) ? value : [value];
    return list.map((item, i) => {
      if (typeof item !== 'string') throw invalid(`Invalid string: ${this.path(key)}[${i}]`, `${this.path(key)}[${i}]`);
      return item;
    });
  }

  /** Stripe metadata: string values; an empty value leaves the key unset. */
  metadata(key = 'metadata'): Record<string, string> {
    const value = this.raw(key);
    if (value === undefined || value === '') return {};
    if (typeof value !== 'object' || Array.isArray(value)) throw invalid('Invalid hash', this.path(key));
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(value)) {
      if (typeof v !== 'string') throw invalid('Invalid hash', `${this.path(key)}[${k}]`);
      if (v !== '') out[k] = v;
    }
    return out;
  }
}
