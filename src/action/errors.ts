/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * One line about an error: status and first line of the message. Octokit
 * redacts the authorization header from its errors; run() also masks the token
 * in everything it logs.
 */
export function describeError(error: unknown): string {
  const status = statusOf(error);
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 300);
  return status && !message.startsWith(String(status)) ? `${status} ${message}` : message;
}

/** Replaces every occurrence of the secrets in `text`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('***');
  return out;
}
