import manifest from '../../package.json' with { type: 'json' };

/** initlint's version: package.json's, and nowhere else (CLI `--version`, SARIF, the action's user agent). */
export const VERSION: string = manifest.version;
