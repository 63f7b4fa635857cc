import { fileURLToPath } from "node:url";

/**
 * The generator's own root (the folder holding templates/).
 * This file sits one level below it both as source (generator/) and bundled (dist/).
 */
export const GENERATOR_ROOT = fileURLToPath(new URL("../", import.meta.url));
