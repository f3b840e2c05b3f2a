/** Unit types that are configured by files (systemd.unit(5)); `device` units come from udev, not files. */
export const UNIT_FILE_TYPES = ['service', 'socket', 'timer', 'target', 'path', 'mount', 'automount', 'swap', 'slice', 'scope'] as const;

/** Every unit type a unit name may end with. */
export const UNIT_TYPES = [...UNIT_FILE_TYPES, 'device'] as const;

/** A name ending like a unit file: `foo.service`, `foo@.timer`. */
export const UNIT_FILE_SUFFIX = new RegExp(`\\.(${UNIT_FILE_TYPES.join('|')})$`);

/**
 * A unit file under a packaging name (issue 11): a build template `foo.service.in`, a Gentoo
 * revision `foo.service-r1`; Gentoo's `foo_at.service` already ends like a unit.
 */
export const PACKAGED_UNIT_FILE_SUFFIX = new RegExp(`\\.(${UNIT_FILE_TYPES.join('|')})(?:\\.in|-r?\\d+)$`);

/** A drop-in of a unit: `foo.service.d/override.conf`. */
export const DROP_IN_SUFFIX = new RegExp(`\\.(${UNIT_FILE_TYPES.join('|')})\\.d\\/[^/]+\\.conf$`);
