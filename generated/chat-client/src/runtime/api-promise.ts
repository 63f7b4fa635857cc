import type { ApiResponse } from "./request.js";

/**
 * A promise of the data that can also give the whole response for this one call:
 * `await api.getX()` for data, `await api.getX().withHttpInfo()` for status, headers and more.
 */
export interface ApiPromise<T> extends Promise<T> {
  withHttpInfo(): Promise<ApiResponse<T>>;
}

/** Wraps a response promise as an ApiPromise of its data. */
export function toApiPromise<T>(response: Promise<ApiResponse<T>>): ApiPromise<T> {
  const data = response.then((result) => result.data) as ApiPromise<T>;
  data.withHttpInfo = () => {
    // The caller chose the response, so a failure must not also surface as an unhandled data rejection.
    data.catch(() => undefined);
    return response;
  };
  return data;
}
