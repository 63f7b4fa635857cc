import type { OperationDef, ParamDef, TypeExpr } from "../../generator/ir/types.js";

export const STRING: TypeExpr = { kind: "primitive", name: "string" };
export const NUMBER: TypeExpr = { kind: "primitive", name: "number" };

/** A parameter: a required path parameter unless told otherwise. */
export function param(overrides: Partial<ParamDef> & Pick<ParamDef, "name">): ParamDef {
  return {
    identifier: overrides.name,
    optionKey: overrides.name,
    location: "path",
    type: STRING,
    required: true,
    specPointer: `#/parameters/${overrides.name}`,
    ...overrides,
  };
}

/** An operation: `GET /rooms` returning a `Room`, with no parameters, unless told otherwise. */
export function operation(overrides: Partial<OperationDef> = {}): OperationDef {
  const params = [...(overrides.pathParams ?? []), ...(overrides.queryParams ?? []), ...(overrides.headerParams ?? [])];
  return {
    operationId: "getRooms",
    methodName: "getRooms",
    httpMethod: "GET",
    pathTemplate: "/rooms",
    pathParams: [],
    positionalParams: params.filter((p) => p.required),
    queryParams: [],
    headerParams: [],
    cookieParams: [],
    result: { kind: "ref", name: "Room" },
    responseType: "json",
    responses: [{ status: "200", description: "The rooms.", type: { kind: "ref", name: "Room" } }],
    optionsTypeName: "GetRoomsOptions",
    docs: { summary: "List rooms", preview: false },
    functionsFile: "rooms-api",
    specPointer: "#/paths/~1rooms/get",
    ...overrides,
  };
}
