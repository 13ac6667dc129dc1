// Types for schema-check.mjs (importable from browser tests).
export interface SchemaError {
  /** Where, e.g. `$.items[3].title`. */
  path: string;
  message: string;
}

export interface ValidateOptions {
  /** Reject keys an object schema with `properties` does not name (the contract itself is open). */
  strict?: boolean;
}

/**
 * Validate `value` against `#/components/schemas/X`, a bare component name `X`, or a schema object.
 * @returns the errors; empty when valid
 */
export function validateAgainst(
  doc: Record<string, unknown>,
  schemaRefOrSchema: string | Record<string, unknown> | boolean,
  value: unknown,
  options?: ValidateOptions,
): SchemaError[];
