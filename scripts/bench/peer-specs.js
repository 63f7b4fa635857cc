// Finds the specs in a folder of peer test suites: every .json/.yaml/.yml file whose top
// level has an `openapi` or `swagger` key. A spec that another file `$ref`s is a part of a
// multi-file spec, not a root: it is marked `referenced`. The folder holds one subfolder
// per peer repository, and the subfolder's name is the suite's name.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { parse as parseYaml } from "yaml";

const SPEC_EXTENSIONS = new Set([".json", ".yaml", ".yml"]);

// Test suites hold deliberately odd YAML (duplicate keys, many aliases): read it leniently,
// since the question here is only "is this a spec, and what does it refer to".
/** @type {import("yaml").ParseOptions & import("yaml").DocumentOptions & import("yaml").SchemaOptions & import("yaml").ToJSOptions} */
const LENIENT_YAML = { uniqueKeys: false, strict: false, maxAliasCount: -1, logLevel: "silent" };

/**
 * @typedef {object} PeerSpec
 * @property {string} suite  first path segment under the specs folder (the peer repository)
 * @property {string} path   path relative to the specs folder, with forward slashes
 * @property {boolean} referenced  another file `$ref`s it (so it is not a root)
 */

/**
 * Lists the specs under `specsFolder`, sorted by path (code-unit order).
 * @param {string} specsFolder
 * @returns {PeerSpec[]}
 */
export function findSpecs(specsFolder) {
  const files = listSpecFiles(specsFolder);
  const specs = [];
  const referenced = new Set();
  for (const file of files) {
    const document = readDocument(file);
    if (isSpecDocument(document, file)) specs.push(file);
    for (const target of fileReferences(document, file)) {
      if (target !== file) referenced.add(target);
    }
  }
  return specs
    .map((file) => ({
      path: relative(specsFolder, file).split(sep).join("/"),
      referenced: referenced.has(file),
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ path, referenced }) => ({
      suite: /** @type {string} */ (path.split("/")[0]),
      path,
      referenced,
    }));
}

/**
 * Every .json/.yaml/.yml file under a folder (absolute paths), skipping node_modules.
 * @param {string} folder
 * @returns {string[]}
 */
function listSpecFiles(folder) {
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules") found.push(...listSpecFiles(path));
    else if (entry.isFile() && SPEC_EXTENSIONS.has(extname(entry.name))) found.push(path);
  }
  return found;
}

/**
 * The parsed file, or `undefined` when it is neither JSON nor YAML.
 * @param {string} file
 * @returns {unknown}
 */
function readDocument(file) {
  const text = readFileSync(file, "utf8");
  try {
    return JSON.parse(text);
  } catch {
    try {
      return parseYaml(text, LENIENT_YAML);
    } catch {
      return undefined;
    }
  }
}

/**
 * Whether a document is an OpenAPI or Swagger document. A file that does not parse counts
 * when its text has a top-level `openapi:`/`swagger:` line (a deliberately broken spec).
 * @param {unknown} document
 * @param {string} file
 * @returns {boolean}
 */
function isSpecDocument(document, file) {
  if (document === undefined) {
    return /^["']?(openapi|swagger)["']?\s*:/m.test(readFileSync(file, "utf8"));
  }
  return isObject(document) && ("openapi" in document || "swagger" in document);
}

/**
 * Absolute paths of the local files a document `$ref`s (URLs and in-document refs left out).
 * @param {unknown} document
 * @param {string} file
 * @returns {Set<string>}
 */
function fileReferences(document, file) {
  /** @type {Set<string>} */
  const targets = new Set();
  // YAML aliases share (and can nest) objects: visit each object once.
  const seen = new WeakSet();
  /** @param {unknown} value */
  const visit = (value) => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach(visit);
    const ref = /** @type {Record<string, unknown>} */ (value).$ref;
    if (typeof ref === "string") {
      const target = ref.split("#")[0];
      if (target && !/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        targets.add(resolve(dirname(file), decodeURIComponentSafe(target)));
      }
    }
    Object.values(value).forEach(visit);
  };
  visit(document);
  return targets;
}

/** @param {string} text */
function decodeURIComponentSafe(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
