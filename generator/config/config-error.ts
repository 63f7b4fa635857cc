/** A config file that cannot be read or has a bad key; the message names the file and the key. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
