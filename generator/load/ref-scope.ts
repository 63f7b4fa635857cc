import { dirname, isAbsolute, relative, resolve } from "node:path";

/** Which files `$ref`s may lead to. */
export interface RefScope {
  /** The spec's own file (absolute): a reference back into it is a local one. */
  readonly rootFile: string;
  /** The folder references may read files from: the spec's folder, or one above it the user names. */
  readonly boundary: string;
  /** Read local files outside the boundary too. */
  readonly allowOutside: boolean;
}

/** Where a reference leads: a file and a fragment ("#/components/schemas/Pet", "#"), or why not. */
export type RefTarget = { readonly file: string; readonly fragment: string } | { readonly refused: "url" | "outside" };

/** The scope of a spec: its folder bounds what `$ref`s read, unless a folder above it is named. */
export function refScope(specPath: string, options: { refsRoot?: string; allowExternalRefs?: boolean }): RefScope {
  const rootFile = resolve(specPath);
  return {
    rootFile,
    boundary: options.refsRoot !== undefined ? resolve(options.refsRoot) : dirname(rootFile),
    allowOutside: options.allowExternalRefs === true,
  };
}

/**
 * Resolves `ref`, written in `baseFile`, against that file's folder. URLs are refused (the
 * generator does no network access), and so are files outside the boundary unless allowed.
 */
export function locateRef(ref: string, baseFile: string, scope: RefScope): RefTarget {
  const hash = ref.indexOf("#");
  const path = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? "#" : ref.slice(hash);
  if (isUrl(path)) return { refused: "url" };
  const file = path === "" ? baseFile : resolve(dirname(baseFile), decodePath(path));
  if (!scope.allowOutside && !isInside(scope.boundary, file)) return { refused: "outside" };
  return { file, fragment };
}

/** "https://...", "file:..." and the like: a scheme, not a relative path. */
export function isUrl(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(ref);
}

/** True when `file` is `folder` or below it. */
export function isInside(folder: string, file: string): boolean {
  const path = relative(folder, file);
  return !path.startsWith("..") && !isAbsolute(path);
}

/** A reference is a URI: `a%20b.yaml` names "a b.yaml"; a bare "%" (as in "100%.yaml") is literal. */
function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
