#!/bin/sh
# Starts Caddy in the foreground (caddy run never daemonizes) on 127.0.0.1:$PORT with the Caddyfile of
# CORS_CONFIG (documented: ./Caddyfile). The admin endpoint is off (`admin off`); Caddy's config and data
# directories (autosave.json, certificates) are kept in target/ instead of the home directory. Caddy replaces
# this shell (exec), so killing the started PID ends the server.
set -eu
: "${PORT:?PORT is not set}"
config=${CORS_CONFIG:-documented}
here=$(cd "$(dirname "$0")" && pwd)
case "$config" in
    documented) caddyfile="$here/Caddyfile" ;;
    *) echo "unknown CORS_CONFIG '$config': documented" >&2; exit 2 ;;
esac
export XDG_CONFIG_HOME="$here/target/config" XDG_DATA_HOME="$here/target/data"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
exec /usr/bin/caddy run --config "$caddyfile" --adapter caddyfile
