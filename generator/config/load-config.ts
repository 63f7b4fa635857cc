import { readFile } from "node:fs/promises";
import { load } from "js-yaml";
import { ConfigError } from "./config-error.js";
import { type ChatgenConfig, checkConfig } from "./config-schema.js";

/** The config file the CLI reads when `--config` is not given and the file exists. */
export const DEFAULT_CONFIG_FILE = "chatgen.config.yaml";

/**
 * Reads and checks a config file. With `explicit` false (the default file), a missing
 * file means "no config"; a file named by `--config` must exist. Throws ConfigError.
 */
export async function loadConfig(file: string, explicit: boolean): Promise<ChatgenConfig> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && !explicit) return {};
    throw new ConfigError(`${file}: the config file cannot be read (${code ?? "unknown error"}).`);
  }
  let parsed: unknown;
  try {
    parsed = load(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ConfigError(`${file}: the config is not valid YAML (${reason}).`);
  }
  return checkConfig(parsed, file);
}
