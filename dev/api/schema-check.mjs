/**
 * A tiny JSON Schema validator for the subset openapi.json uses, so tests (Node
 * and browser alike: no Node imports here) can check fixtures and widget inputs
 * against the contract without an npm dependency.
 *
 * Supported: type (string or array, incl. "null" and "integer"), properties,
 * required, additionalProperties (boolean or schema), items, minItems, maxItems,
 * enum, const, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength,
 * maxLength, pattern, oneOf, anyOf, allOf, and $ref to `#/…` inside the document.
 * Annotation keywords (description, format, examples, …) are ignored.
 * @module
 */

/**
 * @typedef {{ path: string, message: string }} SchemaError
 * @typedef {Record<string, any> | boolean} Schema
 * @typedef {{ strict?: boolean }} ValidateOptions
 *   strict: an object schema with `properties` but no `additionalProperties`
 *   rejects unknown keys (catches typos in fixtures; the contract itself is open).
 */

/**
 * Validate `value` against a schema of the OpenAPI document.
 * @param {Record<string, any>} doc the OpenAPI document (for $ref)
 * @param {string | Schema} schemaRefOrSchema `#/components/schemas/Service`, a bare
 *   component name such as `Service`, or a schema object
 * @param {unknown} value
 * @param {ValidateOptions} [options]
 * @returns {SchemaError[]} empty when valid; paths look like `$.items[3].title`
 */
export function validateAgainst(doc, schemaRefOrSchema, value, options = {}) {
  const schema =
    typeof schemaRefOrSchema === 'string'
      ? resolveRef(doc, schemaRefOrSchema.startsWith('#') ? schemaRefOrSchema : `#/components/schemas/${schemaRefOrSchema}`)
      : schemaRefOrSchema;
  /** @type {SchemaError[]} */
  const errors = [];
  check(doc, schema, value, '$', errors, options.strict === true);
  return errors;
}

/**
 * Follow a local JSON pointer (`#/components/schemas/X`).
 * @param {Record<string, any>} doc
 * @param {string} ref
 * @returns {Schema}
 */
function resolveRef(doc, ref) {
  if (!ref.startsWith('#')) throw new Error(`only local $ref is supported: ${ref}`);
  /** @type {any} */
  let node = doc;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = node?.[key];
  }
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node;
}

/** Errors that are a type mismatch, to rank oneOf/anyOf branches. */
const TYPE_MISMATCHES = new WeakSet();

/** @param {unknown} value */
function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * @param {string} type a JSON Schema type name
 * @param {unknown} value
 */
function hasType(type, value) {
  const actual = typeOf(value);
  if (type === 'number') return (actual === 'number' && Number.isFinite(value)) || actual === 'integer';
  return actual === type;
}

/**
 * @param {unknown} a
 * @param {unknown} b
 * @returns {boolean}
 */
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual(/** @type {any} */ (a)[k], /** @type {any} */ (b)[k]));
}

/** @param {string} key */
const child = (/** @type {string} */ path, key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

/**
 * Errors of each branch; used by oneOf/anyOf.
 * @param {Record<string, any>} doc
 * @param {Schema[]} branches
 * @param {unknown} value
 * @param {string} path
 * @param {boolean} strict
 */
function branchErrors(doc, branches, value, path, strict) {
  return branches.map((branch) => {
    /** @type {SchemaError[]} */
    const errs = [];
    check(doc, branch, value, path, errs, strict);
    return errs;
  });
}

/**
 * @param {Record<string, any>} doc
 * @param {Schema} schema
 * @param {unknown} value
 * @param {string} path
 * @param {SchemaError[]} errors appended to
 * @param {boolean} strict
 */
function check(doc, schema, value, path, errors, strict) {
  if (schema === true || schema === undefined) return;
  if (schema === false) {
    errors.push({ path, message: 'no value is allowed here' });
    return;
  }

  if (schema.$ref) check(doc, resolveRef(doc, schema.$ref), value, path, errors, strict);

  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => hasType(t, value))) {
      const error = { path, message: `expected ${types.join(' or ')}, got ${typeOf(value)}` };
      TYPE_MISMATCHES.add(error);
      errors.push(error);
      return; // further keywords would only repeat the same mistake
    }
  }
  if ('const' in schema && !deepEqual(schema.const, value)) {
    errors.push({ path, message: `expected ${JSON.stringify(schema.const)}, got ${JSON.stringify(value)}` });
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((/** @type {unknown} */ option) => deepEqual(option, value))) {
    errors.push({
      path,
      message: `expected one of ${schema.enum.map((/** @type {unknown} */ o) => JSON.stringify(o)).join(', ')}, got ${JSON.stringify(value)}`,
    });
  }

  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      errors.push({ path, message: `${value} is less than ${schema.minimum}` });
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      errors.push({ path, message: `${value} is more than ${schema.maximum}` });
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
      errors.push({ path, message: `${value} must be more than ${schema.exclusiveMinimum}` });
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum)
      errors.push({ path, message: `${value} must be less than ${schema.exclusiveMaximum}` });
  }

  if (typeof value === 'string') {
    const length = [...value].length; // code points, as JSON Schema counts
    if (typeof schema.minLength === 'number' && length < schema.minLength)
      errors.push({ path, message: `shorter than ${schema.minLength} characters` });
    if (typeof schema.maxLength === 'number' && length > schema.maxLength)
      errors.push({ path, message: `longer than ${schema.maxLength} characters` });
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push({
        path,
        message: `does not match /${schema.pattern}/: ${JSON.stringify(value.length > 60 ? value.slice(0, 60) + '…' : value)}`,
      });
    }
  }

  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      errors.push({ path, message: `fewer than ${schema.minItems} items` });
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      errors.push({ path, message: `more than ${schema.maxItems} items` });
    if (schema.items !== undefined) value.forEach((item, i) => check(doc, schema.items, item, `${path}[${i}]`, errors, strict));
  }

  if (typeOf(value) === 'object') {
    const object = /** @type {Record<string, unknown>} */ (value);
    for (const key of schema.required ?? []) {
      if (!(key in object)) errors.push({ path, message: `missing required property "${key}"` });
    }
    const properties = schema.properties ?? {};
    for (const [key, item] of Object.entries(object)) {
      if (key in properties) check(doc, properties[key], item, child(path, key), errors, strict);
      else if (schema.additionalProperties !== undefined) check(doc, schema.additionalProperties, item, child(path, key), errors, strict);
      else if (strict && schema.properties) errors.push({ path: child(path, key), message: 'property not in the schema' });
    }
  }

  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) check(doc, part, value, path, errors, strict);

  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const one = Array.isArray(schema.oneOf);
    const results = branchErrors(doc, one ? schema.oneOf : schema.anyOf, value, path, strict);
    const passing = results.filter((errs) => errs.length === 0).length;
    if (passing === 0) {
      // Report the branch that came closest; its errors say what to fix. A branch whose
      // type did not even match (null vs object) is the least useful explanation.
      const cost = (/** @type {SchemaError[]} */ errs) =>
        errs.some((e) => e.path === path && TYPE_MISMATCHES.has(e)) ? Infinity : errs.length;
      const closest = results.reduce((best, errs) => (cost(errs) < cost(best) ? errs : best));
      errors.push({ path, message: `matches none of the ${one ? 'oneOf' : 'anyOf'} alternatives` }, ...closest);
    } else if (one && passing > 1) {
      errors.push({ path, message: `matches ${passing} oneOf alternatives, expected exactly one` });
    }
  }
}
