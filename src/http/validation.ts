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

/**
 * Given to Fastify as `schemaController.compilersFactory.buildValidator`, so plugin contexts that
 * add shared schemas rebuild this compiler rather than Fastify's lenient default.
 */
export function buildValidator(externalSchemas: Record<string, unknown> = {}): FastifySchemaCompiler<unknown> {
  const bodyAjv = createAjv({ coerceTypes: false, removeAdditional: false }, externalSchemas);
  const textAjv = createAjv({ coerceTypes: 'array', removeAdditional: false }, externalSchemas);
  return ({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? bodyAjv : textAjv;
    return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
  };
}
