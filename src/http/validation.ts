import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

/**
 * Two validators: bodies are checked strictly (a string is not a number, an unknown field is an
 * error rather than silently dropped); query strings and path parameters arrive as text, so they
 * are coerced to the declared types (and `?status=a&status=b` to arrays).
 */
function createAjv(options: Options, externalSchemas: Record<string, unknown>): Ajv {
  const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false, ...options });
  (addFormats as unknown as (ajv: Ajv) => void)(ajv);
  for (const schema of Object.values(externalSchemas)) ajv.addSchema(schema as object);
  return ajv;
}

/** The validators built so far, by the shared schemas they know: every app in a process reuses them. */
const compilers = new Map<string, { body: Ajv; text: Ajv; compiled: Map<string, ReturnType<FastifySchemaCompiler<unknown>>> }>();

/**
 * Given to Fastify as `schemaController.compilersFactory.buildValidator`, so plugin contexts that
 * add shared schemas rebuild this compiler rather than Fastify's lenient default. Compiling a
 * route's schemas is most of the cost of building the app; a process that builds it more than
 * once (the tests build hundreds) compiles each schema once.
 */
export function buildValidator(externalSchemas: Record<string, unknown> = {}): FastifySchemaCompiler<unknown> {
  const key = JSON.stringify(externalSchemas);
  let shared = compilers.get(key);
  if (!shared) {
    shared = {
      body: createAjv({ coerceTypes: false, removeAdditional: false }, externalSchemas),
      text: createAjv({ coerceTypes: 'array', removeAdditional: false }, externalSchemas),
      compiled: new Map(),
    };
    compilers.set(key, shared);
  }
  const { body, text, compiled } = shared;
  return ({ schema, httpPart }) => {
    const part = httpPart === 'body' ? 'body' : 'text';
    const schemaKey = `${part}:${JSON.stringify(schema)}`;
    let validate = compiled.get(schemaKey);
    if (!validate) {
      validate = (part === 'body' ? body : text).compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
      compiled.set(schemaKey, validate);
    }
    return validate;
  };
}
