/**
 * Decodes Stripe's form encoding (`a[b][0][c]=v`, `expand[]=x`) into nested values. Objects whose keys are
 * all indices become arrays, which is how Stripe reads `line_items[0]…` and `lookup_keys[]`.
 * Written by hand because `qs` is not installed here.
 */
export type FormValue = string | FormValue[] | FormObject;
export type FormObject = { [key: string]: FormValue };

const MAX_DEPTH = 8;

function splitKey(key: string): string[] | null {
  const open = key.indexOf('[');
  if (open === -1) return [key];
  const parts = [key.slice(0, open)];
  const rest = key.slice(open);
  const re = /\[([^\][]*)\]/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = re.exec(rest)) !== null) {
    parts.push(match[1] ?? '');
    consumed = re.lastIndex;
  }
  return consumed === rest.length && parts.length <= MAX_DEPTH && parts[0] !== '' ? parts : null;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

function assign(target: FormObject, parts: string[], value: string): void {
  let node = target;
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i] as string;
    // `[]` appends: give it the next free index of this container.
    if (part === '') part = String(Object.keys(node).filter((k) => /^\d+$/.test(k)).length);
    if (part === '__proto__' || part === 'constructor' || part === 'prototype') return;
    if (i === parts.length - 1) {
      node[part] = value;
      return;
    }
    const next = node[part];
    if (next === undefined || typeof next === 'string') node[part] = {};
    node = node[part] as FormObject;
  }
}

function toArrays(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted: FormObject = {};
  for (const key of keys) converted[key] = toArrays(value[key] as FormValue);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => converted[k] as FormValue);
  }
  return converted;
}

/** Parses `application/x-www-form-urlencoded` text or a query string (without the `?`). */
export function parseForm(text: string): FormObject {
  const root: FormObject = {};
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1));
    const parts = splitKey(key);
    if (parts) assign(root, parts, value);
  }
  const out = toArrays(root);
  return typeof out === 'string' || Array.isArray(out) ? {} : out;
}
