import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type SerializerFactory = ReturnType<typeof SerializerSelector>;
type RouteSerializerCompiler = ReturnType<SerializerFactory>;
type Serializer = ReturnType<RouteSerializerCompiler>;

const fastifyDefault = SerializerSelector();
/** Compiled response serializers by what they were compiled from, shared by every app in the process. */
const compiled = new Map<string, Serializer>();

/**
 * Fastify's own response serializer (fast-json-stringify), compiled once per schema per process.
 * Compiling the routes' response schemas is the largest part of building the app, and a process
 * that builds it more than once (the tests build hundreds) gets the same code every time.
 */
export const buildSerializer: SerializerFactory = (externalSchemas, serializerOptions) => {
  const compile = fastifyDefault(externalSchemas, serializerOptions);
  const context = JSON.stringify([externalSchemas ?? {}, serializerOptions ?? {}]);
  return (route) => {
    const key = `${context}\n${JSON.stringify(route.schema)}`;
    let serialize = compiled.get(key);
    if (!serialize) {
      serialize = compile(route);
      compiled.set(key, serialize);
    }
    return serialize;
  };
};
