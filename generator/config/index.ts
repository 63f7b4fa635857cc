export { ConfigError } from "./config-error.js";
export { type ChatgenConfig, checkConfig } from "./config-schema.js";
export { DEFAULT_CONFIG_FILE, loadConfig } from "./load-config.js";
