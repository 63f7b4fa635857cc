import type { ResponseDef } from "./types.js";

const keys = new WeakMap<ResponseDef, string>();

/**
 * Identifies a response across operations: the same status, description and type. The IR
 * finds the responses every operation shares with it and the emitters leave those out of each
 * method's docs, so it is asked for every response several times: stringified once.
 */
export function responseKey(response: ResponseDef): string {
  let key = keys.get(response);
  if (key === undefined) {
    key = JSON.stringify([response.status, response.description, response.type ?? null]);
    keys.set(response, key);
  }
  return key;
}
