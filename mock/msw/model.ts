/**
 * What the MSW handlers know of the spec, compiled at build time (compile.ts) from the operations
 * Prism itself reads from the bundled spec: routes, credentials, the parameters and bodies Prism
 * validates (each with the id of its precompiled validator), and every answer Prism can choose, with
 * its examples and headers. No schema and no Prism at run time: the browser gets this and the
 * validators' code only.
 */

/** A security scheme as Prism checks it. */
export interface ModelScheme {
  type: string;
  /** apiKey: where the key goes, and its name. */
  in?: string;
  name?: string;
  /** http: "bearer", "basic", "digest". */
  scheme?: string;
}

/** A parameter as Prism's deserializers read it. */
export interface ModelParam {
  /** Lower-cased, as Prism keys the values it validates. */
  name: string;
  style: string;
  explode: boolean;
  /** The parameter schema's `type`, which picks how its value is split. */
  type: string | undefined;
  /** The names of its schema's `properties` (object parameters). */
  properties?: string[];
}

export interface ModelParams {
  params: ModelParam[];
  /** The id of the validator of the object of every parameter's value (validators.js). */
  validator: string;
}

export interface ModelBodyContent {
  mediaType: string;
  /** Its validator, undefined when the content declares no schema. */
  validator?: string;
  /** A form body's declared properties (the only fields Prism keeps of it). */
  properties?: string[];
}

export interface ModelBody {
  required: boolean;
  contents: ModelBodyContent[];
}

/** An example: its value, or where the value is in the shipped document (`doc`). */
export interface ModelExample {
  key: string;
  value?: unknown;
  pointer?: string;
}

export interface ModelContent {
  mediaType: string;
  examples: ModelExample[];
  hasSchema: boolean;
  /** What Prism's static generator makes of the schema, for a content without examples. */
  generated?: unknown;
}

export interface ModelResponse {
  code: string;
  /** The answer's headers as Prism mocks them (the example, or generated from the schema; null: none). */
  headers: Record<string, string | number | null>;
  contents: ModelContent[];
}

export interface ModelServer {
  url: string;
  /** Server variables: their enum when they declare one, [] when any value goes. */
  variables?: Record<string, string[]>;
}

export interface ModelOperation {
  method: string;
  path: string;
  servers: ModelServer[];
  /** Alternatives, each a list of schemes that must all be satisfied. */
  security: ModelScheme[][];
  deprecated: boolean;
  body?: ModelBody;
  query?: ModelParams;
  headers?: ModelParams;
  pathParams?: ModelParams;
  responses: ModelResponse[];
}

/** A precompiled ajv validator (ajv standalone code). */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

/** The parts of an ajv error Prism reads. */
export interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, any>;
}
