/**
 * How the generated files are laid out: prettier's default style at `printWidth`, the only
 * formatting option there is. Tests hold the output to prettier with the same printWidth.
 */
export interface FormatOptions {
  readonly printWidth?: number;
}

/** The print width when neither the config nor the caller sets one. */
export const DEFAULT_PRINT_WIDTH = 100;
