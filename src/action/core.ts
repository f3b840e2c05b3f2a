import * as actionsCore from '@actions/core';
import type { ActionCore } from './context.js';
import { redact } from './errors.js';
import { escapeData } from '../reporters/github.js';

/**
 * The workflow-command encoding (`%` → `%25`, CR → `%0D`, LF → `%0A`): text
 * from a file name or content can never end the line and start a new one, so
 * it can never put a workflow command (`::add-mask::`, `::stop-commands::`) at
 * the start of a line of the log. A line that itself begins with `::` gets its
 * first colon encoded. @actions/core encodes the data of the commands it writes
 * (warning, error, notice, debug) the same way; plain log lines go through here.
 */
export function escapeLogLine(text: string): string {
  const encoded = escapeData(text);
  return encoded.startsWith('::') ? `%3A${encoded.slice(1)}` : encoded;
}

/** The real runner channels: workflow commands, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. */
export function runnerCore(): ActionCore {
  return {
    info: (m) => actionsCore.info(escapeLogLine(m)),
    debug: (m) => actionsCore.debug(m),
    warning: (m, p) => actionsCore.warning(m, p),
    error: (m, p) => actionsCore.error(m, p),
    notice: (m, p) => actionsCore.notice(m, p),
    setOutput: (name, value) => actionsCore.setOutput(name, value),
    setFailed: (m) => actionsCore.setFailed(m),
    setSecret: (s) => actionsCore.setSecret(s),
    appendSummary: async (markdown) => {
      await actionsCore.summary.addRaw(markdown, true).write();
    },
  };
}

/**
 * Wraps a core so that no secret reaches a log line, an annotation, an output
 * or the summary, whatever an error message carries.
 */
export function redactingCore(core: ActionCore, secrets: () => readonly string[]): ActionCore {
  const r = (text: string) => redact(text, secrets());
  return {
    info: (m) => core.info(r(m)),
    debug: (m) => core.debug(r(m)),
    warning: (m, p) => core.warning(r(m), p),
    error: (m, p) => core.error(r(m), p),
    notice: (m, p) => core.notice(r(m), p),
    setOutput: (name, value) => core.setOutput(name, typeof value === 'string' ? r(value) : value),
    setFailed: (m) => core.setFailed(r(m)),
    setSecret: (s) => core.setSecret(s),
    appendSummary: (markdown) => core.appendSummary(r(markdown)),
  };
}
