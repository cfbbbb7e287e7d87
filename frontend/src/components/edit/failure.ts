import type { CombinedError } from 'urql';

/**
 * Why the server refused a change, as a form shows it: on one of its fields
 * (BAD_USER_INPUT, or a CONFLICT with a unique value such as a resident ID
 * number already taken), a record changed by someone else since it was read
 * (CONFLICT on version), a record outside the viewer's scope (FORBIDDEN),
 * a session that ended, or anything else (its message).
 */
export type Failure<F extends string = string> =
  | { kind: 'field'; field: F; message: string }
  | { kind: 'conflict' }
  | { kind: 'forbidden'; message: string }
  | { kind: 'signedOut' }
  | { kind: 'other'; error: CombinedError };

/** The server starts a field's message with the field's name, which the form shows already. */
export function withoutField(message: string, field: unknown): string {
  const prefix = `${String(field)}: `;
  return typeof field === 'string' && message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/**
 * Reads an API error. fieldOf maps the input field the server names
 * (extensions.field, camelCase, possibly a clearX flag) onto the form's
 * field, or undefined when the form has no such field (the error then shows
 * as a message of the whole form).
 */
export function failureOf<F extends string>(error: CombinedError, fieldOf: (name: string) => F | undefined): Failure<F> {
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code;
  const named = first?.extensions?.field;
  if (code === 'CONFLICT' && named === 'version') return { kind: 'conflict' };
  if (code === 'FORBIDDEN') return { kind: 'forbidden', message: first.message };
  if (code === 'UNAUTHENTICATED' || error.response?.status === 401) return { kind: 'signedOut' };
  const field = typeof named === 'string' ? fieldOf(named) : undefined;
  if (field && (code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'NOT_FOUND')) {
    return { kind: 'field', field, message: withoutField(first.message, named) };
  }
  return { kind: 'other', error };
}

/**
 * The usual fieldOf: a form field of the same name as the input field, or
 * the field a clearX flag empties (clear maps form field → flag).
 */
export function fieldsOf<F extends string>(fields: readonly F[], clear: Partial<Record<F, string>> = {}, aliases: Record<string, F> = {}) {
  return (name: string): F | undefined => {
    if (name in aliases) return aliases[name];
    const cleared = (Object.entries(clear) as Array<[F, string]>).find(([, flag]) => flag === name)?.[0];
    return fields.find((f) => f === (cleared ?? name));
  };
}
