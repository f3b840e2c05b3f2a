/** Test-only: a complete LSB header, so a sysv rule's cases show only what they are about. */
export const LSB_HEADER = `#!/bin/sh
### BEGIN INIT INFO
# Provides:          foo
# Required-Start:    $remote_fs
# Required-Stop:     $remote_fs
# Default-Start:     2 3 4 5
# Default-Stop:      0 1 6
# Short-Description: foo daemon
### END INIT INFO
`;
