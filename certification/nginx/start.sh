#!/bin/sh
# Starts nginx in the foreground with the CORS recipe named by CORS_CONFIG (documented | default) on
# 127.0.0.1:$PORT. The configuration is generated from <config>.conf into target/run-$PORT/ (pid, logs and
# temp files live there too; nothing under /etc, /var or /run is touched). nginx runs as one process
# (master_process off) and replaces this shell (exec), so killing the started PID ends the server.
set -eu
: "${PORT:?PORT is not set}"
config=${CORS_CONFIG:-documented}
here=$(cd "$(dirname "$0")" && pwd)
template="$here/$config.conf"
[ -f "$template" ] || { echo "unknown CORS_CONFIG '$config': documented or default" >&2; exit 2; }
dir="$here/target/run-$PORT"
rm -rf "$dir"
mkdir -p "$dir/temp"
sed -e "s|@PORT@|$PORT|g" -e "s|@DIR@|$dir|g" "$template" > "$dir/nginx.conf"
exec /usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" -g 'daemon off;'
