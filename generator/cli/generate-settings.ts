import { type ChatgenConfig, DEFAULT_CONFIG_FILE, loadConfig } from "../config/index.js";
import { DEFAULT_PACKAGE, type GenerateOptions } from "../index.js";
import { DEFAULT_PRINT_WIDTH } from "../print/format-options.js";

export const DEFAULT_SPEC = "spec/chat.openapi.yaml";
export const DEFAULT_OUT = "generated/chat-client";

/** The flags of `chatgen generate` that the config file can also set. */
export interface SettingFlags {
  readonly config?: string;
  readonly spec?: string;
  readonly out?: string;
  readonly tag?: string[];
  /** Every operation, whatever the config's `tags` says. */
  readonly allTags?: boolean;
  readonly packageName?: string;
  readonly packageVersion?: string;
}

/** Resolved settings: each value from the flag, else the config file, else the default. */
export type GenerateSettings = Required<Pick<GenerateOptions, "specPath" | "outDir" | "packageInfo" | "format">> &
  Pick<GenerateOptions, "tags"> & { readonly configFile?: string };

/** Reads the config (`--config`, or chatgen.config.yaml when present) and lays the flags over it. */
export async function resolveSettings(flags: SettingFlags): Promise<GenerateSettings> {
  const configFile = flags.config ?? DEFAULT_CONFIG_FILE;
  const config: ChatgenConfig = await loadConfig(configFile, flags.config !== undefined);
  const loaded = Object.keys(config).length > 0 || flags.config !== undefined;
  const chosen = flags.allTags ? "all" : (flags.tag ?? config.tags);
  const tags = chosen === "all" ? undefined : chosen;
  return {
    specPath: flags.spec ?? config.spec ?? DEFAULT_SPEC,
    outDir: flags.out ?? config.out ?? DEFAULT_OUT,
    packageInfo: {
      name: flags.packageName ?? config.package?.name ?? DEFAULT_PACKAGE.name,
      version: flags.packageVersion ?? config.package?.version ?? DEFAULT_PACKAGE.version,
    },
    format: { printWidth: config.format?.printWidth ?? DEFAULT_PRINT_WIDTH },
    ...(tags ? { tags } : {}),
    ...(loaded ? { configFile } : {}),
  };
}
