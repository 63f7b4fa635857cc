import type {
  FunctionDeclarationStructure,
  InterfaceDeclarationStructure,
  PropertySignatureStructure,
  TypeAliasDeclarationStructure,
} from "ts-morph";
import { isIdentifier } from "../ir/names.js";
import type { OperationDef } from "../ir/types.js";
import { docText } from "./jsdoc.js";
import { callerParameters } from "./operation-to-function.js";
import { optionalParams, positionalParams } from "./signature.js";
import { stringLiteral, typeExprToString } from "./type-expr-to-string.js";
import { StructureKind } from "./structure-kind.js";

/**
 * The `opts` type: the runtime's `OperationOptions` (customHeaders) with the optional query,
 * header and cookie parameters and the optional body; just `OperationOptions` when it has none.
 */
export function optionsToInterface(op: OperationDef): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  const property = (name: string, type: string, description?: string): PropertySignatureStructure => ({
    kind: StructureKind.PropertySignature,
    name: isIdentifier(name) ? name : stringLiteral(name),
    type,
    hasQuestionToken: true,
    docs: description ? [docText(description)] : undefined,
  });
  const properties = optionalParams(op).map((p) => property(p.optionKey, typeExprToString(p.type), p.description));
  if (op.body && !op.body.required) {
    properties.push(property("body", typeExprToString(op.body.type), op.body.description));
  }
  const docs = [`Optional parameters of {@link ${op.methodName}}.`];
  if (properties.length === 0) {
    return {
      kind: StructureKind.TypeAlias,
      name: op.optionsTypeName,
      isExported: true,
      docs,
      type: "OperationOptions",
    };
  }
  return {
    kind: StructureKind.Interface,
    name: op.optionsTypeName,
    isExported: true,
    docs,
    extends: ["OperationOptions"],
    properties,
  };
}

/** An async iterator over the message history an operation pages through. */
export function pagingToFunction(op: OperationDef): FunctionDeclarationStructure | undefined {
  if (!op.paging) return undefined;
  const item = typeExprToString(op.paging.item);
  const params = [
    { name: "client", type: "ApiClient" },
    ...callerParameters(op, { optsDefault: true }).map((p) =>
      p.name === "opts" ? { ...p, type: `${op.optionsTypeName} & PageOptions` } : p,
    ),
  ];
  const args = [
    "client",
    ...positionalParams(op).map((p) => p.identifier),
    ...(op.body?.required ? ["body"] : []),
    "{ ...opts, ...cursor }",
    "options",
  ];
  return {
    kind: StructureKind.Function,
    name: op.paging.methodName,
    isExported: true,
    docs: [
      {
        description: docText(
          `Walks the whole history that {@link ${op.methodName}} pages through, newest first ` +
            "(or oldest first when `opts.after` is given without `opts.before`), one item at a time. " +
            "It follows the before/after cursors until the history is exhausted or `opts.maxItems` is reached.",
        ),
        tags: [{ tagName: "returns", text: `An async iterator of \`${docText(item)}\`.` }],
      },
    ],
    parameters: params,
    returnType: `AsyncIterableIterator<${item}>`,
    statements: [`return paginate<${item}>((cursor) => ${op.methodName}(${args.join(", ")}), opts);`],
  };
}
