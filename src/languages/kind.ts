/** What an init file is. Files of no known kind are skipped. */
export type Kind = 'systemd' | 'openrc' | 'openrc-conf' | 'sysv';
