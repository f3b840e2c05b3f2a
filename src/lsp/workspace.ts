import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { collectFiles } from '../core/collect.js';
import { ConfigError, defaultConfig, findConfigFile, loadConfig, type Config } from '../core/config.js';
import type { ProjectEntry } from '../core/project.js';
import type { FileResult } from '../core/types.js';
import { configurableRules, createLinter, type Linter } from '../linter/index.js';

/** At most this many init files of a workspace folder are read for cross-file rules. */
const MAX_CONTEXT_FILES = 5000;

/**
 * What the language server lints with: the config nearest each file (re-read when it changes), and
 * per workspace folder the other init files, parsed once, that cross-file rules look at.
 */
export class WorkspaceLinter {
  folders: string[] = [];
  private readonly configs = new Map<string, { mtimeMs: number; linter: Linter }>();
  private readonly defaults = createLinter({ config: defaultConfig() });
  private readonly contexts = new Map<string, Promise<ProjectEntry[]>>();

  setFolders(folders: readonly string[]): void {
    this.folders = [...folders];
  }

  /** Forget configs and parsed folders (a watched file changed). */
  invalidate(): void {
    this.configs.clear();
    this.contexts.clear();
  }

  /** A saved file replaces its entry in its folder's context. */
  update(root: string, path: string, text: string): void {
    const context = this.contexts.get(root);
    if (!context) return;
    this.contexts.set(
      root,
      Promise.all([context, this.defaults.parseContext([{ path, text }])]).then(([entries, [entry]]) => {
        const others = entries.filter((e) => e.path !== path);
        return entry ? [...others, entry] : others;
      }),
    );
  }

  async lint(root: string, path: string, text: string): Promise<FileResult> {
    const [result] = await this.linterFor(join(root, path)).lintFiles([{ path, text }], { context: await this.context(root) });
    return result;
  }

  /** The text with every safe fix applied, or undefined when there is none. */
  async fixAllSafe(root: string, path: string, text: string): Promise<{ output: string; count: number } | undefined> {
    const fixed = await this.linterFor(join(root, path)).fixText(path, text, { context: await this.context(root) });
    return fixed.output === text ? undefined : { output: fixed.output, count: fixed.fixed.length };
  }

  /**
   * A linter with the nearest `.initlint.yml` above the file, re-read when its mtime changes; the
   * defaults when there is none or it is broken. shellcheck is not run (see docs/editors.md).
   */
  linterFor(absolutePath: string): Linter {
    const file = findConfigFile(dirname(absolutePath));
    if (!file) return this.defaults;
    let mtimeMs = 0;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return this.defaults;
    }
    const cached = this.configs.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.linter;
    let config: Config;
    try {
      config = loadConfig(dirname(file), configurableRules(), file);
    } catch (error) {
      // A config being edited is often broken for a moment: lint with the defaults meanwhile.
      if (!(error instanceof ConfigError)) throw error;
      config = defaultConfig();
    }
    const linter = createLinter({ config });
    this.configs.set(file, { mtimeMs, linter });
    return linter;
  }

  private context(root: string): Promise<ProjectEntry[]> {
    let context = this.contexts.get(root);
    if (!context) {
      context = (async () => {
        if (!this.folders.includes(root)) return [];
        const linter = this.linterFor(join(root, '.initlint.yml'));
        const { inputs } = collectFiles(['.'], { cwd: root, ignore: linter.config.ignore });
        return linter.parseContext(inputs.slice(0, MAX_CONTEXT_FILES));
      })();
      this.contexts.set(root, context);
    }
    return context;
  }
}
