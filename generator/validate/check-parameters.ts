import type { Diagnostic } from "../diagnostics/index.js";
import { resolveRefs } from "../lib/refs.js";
import { asArray, isObject, type JsonObject } from "../lib/json.js";
import { toPointer } from "../lib/json-pointer.js";
import { templateVariables } from "../lib/path-template.js";
import { lowerFirst } from "./check-operations.js";
import { diagnostic } from "../diagnostics/index.js";
import type { OperationSite } from "./walk-operations.js";

const LOCATIONS = ["path", "query", "header", "cookie"];

/** A parameter as declared, with where it sits and whose it is. */
interface ParameterSite {
  readonly parameter: JsonObject;
  readonly pointer: string;
  /** 1-based position in its list, to name a parameter that has no name. */
  readonly position: number;
  /** `operation "x"` or `path "/a/{b}"`, mid-sentence. */
  readonly owner: string;
}

/** Parameter checks: each parameter well formed, and path parameters matching the template. */
export function checkParameters(document: JsonObject, sites: readonly OperationSite[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const checkedPathItems = new Set<JsonObject>();
  for (const site of sites) {
    const shared = parameterSites(document, site.pathItem, toPointer(["paths", site.path]), `path "${site.path}"`);
    const own = parameterSites(document, site.operation, site.pointer, lowerFirst(site.label));
    // Parameters declared on the path item are checked once, not once per operation.
    if (!checkedPathItems.has(site.pathItem)) diagnostics.push(...checkList(shared));
    checkedPathItems.add(site.pathItem);
    diagnostics.push(...checkList(own));
    diagnostics.push(...checkTemplate(site, effectiveParameters(shared, own)));
  }
  return diagnostics;
}

function parameterSites(document: JsonObject, owner: JsonObject, pointer: string, ownerLabel: string): ParameterSite[] {
  return asArray(owner.parameters).flatMap((entry, index) => {
    // A chain of references is followed to the end; a dangling or cyclic one is reported elsewhere.
    const resolved = resolveRefs(document, entry);
    if (!isObject(resolved)) return [];
    return [
      {
        parameter: resolved,
        pointer: `${pointer}/parameters/${index}`,
        position: index + 1,
        owner: ownerLabel,
      },
    ];
  });
}

function checkList(list: readonly ParameterSite[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const site of list) {
    diagnostics.push(...checkParameter(site));
    const key = `${String(site.parameter.in)} ${String(site.parameter.name)}`;
    if (typeof site.parameter.name === "string" && seen.has(key)) {
      const message = `Parameter "${site.parameter.name}" in ${String(site.parameter.in)} is declared twice for ${site.owner}.`;
      diagnostics.push(diagnostic("duplicate-parameter", site.pointer, message));
    }
    seen.add(key);
  }
  return diagnostics;
}

function checkParameter({ parameter, pointer, position, owner }: ParameterSite): Diagnostic[] {
  if (typeof parameter.name !== "string" || parameter.name === "") {
    return [
      diagnostic(
        "parameter-missing-name",
        pointer,
        `Parameter ${position} of ${owner} has no name, so it is left out.`,
      ),
    ];
  }
  const name = `Parameter "${parameter.name}" of ${owner}`;
  const diagnostics: Diagnostic[] = [];
  if (parameter.in === undefined) {
    diagnostics.push(diagnostic("parameter-missing-in", pointer, `${name} has no "in" location.`));
  } else if (!LOCATIONS.includes(String(parameter.in))) {
    const message = `${name} has unknown location "${String(parameter.in)}".`;
    diagnostics.push(diagnostic("parameter-unknown-in", `${pointer}/in`, message));
  }
  if (parameter.schema === undefined && parameter.content === undefined) {
    diagnostics.push(diagnostic("parameter-missing-schema", pointer, `${name} has neither a schema nor content.`));
  }
  if (parameter.in === "path" && parameter.required !== true) {
    // The path cannot be built without it, so it is required whatever the spec says.
    const message = `Path ${lowerFirst(name)} is not marked required; it is generated as required.`;
    diagnostics.push(diagnostic("path-parameter-not-required", pointer, message));
  }
  return diagnostics;
}

/** Operation parameters override path-item ones with the same name and location. */
function effectiveParameters(shared: readonly ParameterSite[], own: readonly ParameterSite[]): ParameterSite[] {
  const ownKeys = new Set(own.map((site) => `${String(site.parameter.in)} ${String(site.parameter.name)}`));
  return [
    ...shared.filter((site) => !ownKeys.has(`${String(site.parameter.in)} ${String(site.parameter.name)}`)),
    ...own,
  ];
}

function checkTemplate(site: OperationSite, parameters: readonly ParameterSite[]): Diagnostic[] {
  // `{.label}` and `{name*}` stand for "label" and "name"; the IR decides whether it can send them.
  const declared = parameters.filter((entry) => entry.parameter.in === "path");
  const names = new Set(declared.map((entry) => String(entry.parameter.name)));
  const variables = templateVariables(site.path, names).map((variable) => variable.name);
  const diagnostics: Diagnostic[] = [];
  for (const entry of declared) {
    if (typeof entry.parameter.name !== "string" || variables.includes(entry.parameter.name)) continue;
    const message = `Path parameter "${entry.parameter.name}" of ${entry.owner} is not in the path template, so it is left out.`;
    diagnostics.push(diagnostic("path-parameter-not-in-template", entry.pointer, message));
  }
  for (const variable of variables) {
    if (declared.some((entry) => entry.parameter.name === variable)) continue;
    const message = `Path variable "{${variable}}" of ${lowerFirst(site.label)} has no path parameter, so it is generated as a required string.`;
    diagnostics.push(diagnostic("path-parameter-undeclared", site.pointer, message));
  }
  return diagnostics;
}
