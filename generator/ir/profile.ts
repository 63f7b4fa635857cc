import type { JsonObject } from "../lib/json.js";
import type { ModelDef, OperationDocsDef, PagingDef, ParamDef, TypeExpr } from "./types.js";

/**
 * What a vendor's conventions add to the vendor-neutral IR: facts its spec extensions state
 * about an operation, and which operations page through a listing. The IR core reads only
 * OpenAPI; a profile (the Genesys one in `generator/genesys/`) reads the rest.
 */
export interface BuildProfile {
  /** Recorded in the IR (`ApiDef.conventions`), so later stages can pick the vendor's conventions too. */
  readonly name?: string;
  /**
   * Reads permissions and preview status from an operation's extensions; given every operation
   * first, for conventions that depend on the whole spec.
   */
  readonly operationFacts: (operations: readonly JsonObject[]) => (operation: JsonObject) => OperationFacts;
  /** The iterator an operation gets, when its parameters and result follow the vendor's paging convention. */
  readonly paging: (site: PagingSite) => PagingDef | undefined;
  /** The key of an optional parameter in `opts`, from its wire name; the wire name itself when absent. */
  readonly optionKey?: (wireName: string) => string;
  /** How every array query parameter is written, whatever its style in the spec; the spec's when absent. */
  readonly arrayQueryStyle?: NonNullable<ParamDef["queryStyle"]>;
  /** A JSON request body the spec declares as a string is sent as that text, not encoded again. */
  readonly stringBodyIsJsonText?: boolean;
}

export type OperationFacts = Pick<OperationDocsDef, "preview" | "permissions">;

export interface PagingSite {
  readonly methodName: string;
  readonly queryParams: readonly ParamDef[];
  readonly result: TypeExpr;
  readonly models: ReadonlyMap<string, ModelDef>;
}

/** An OpenAPI description with no vendor conventions: no extra facts, no iterators. */
export const NEUTRAL_BUILD_PROFILE: BuildProfile = {
  operationFacts: () => () => ({ preview: false }),
  paging: () => undefined,
};
