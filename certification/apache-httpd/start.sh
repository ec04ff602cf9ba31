#!/bin/sh
# Starts Apache httpd 2.4 in the foreground (-X: one process, no children, no detaching) with the CORS recipe
# named by CORS_CONFIG (documented | default) on 127.0.0.1:$PORT. The configuration is generated from
# server.conf + <config>.conf into target/run-$PORT/ (pid, logs, mutexes and runtime files live there; nothing
# under /etc/apache2, /var or /run is used). httpd replaces this shell (exec), so killing the started PID ends it.
set -eu
: "${PORT:?PORT is not set}"
config=${CORS_CONFIG:-documented}
here=$(cd "$(dirname "$0")" && pwd)
[ -f "$here/$config.conf" ] || { echo "unknown CORS_CONFIG '$config': documented or default" >&2; exit 2; }
dir="$here/target/run-$PORT"
rm -rf "$dir"
mkdir -p "$dir"
sed -e "s|@PORT@|$PORT|g" -e "s|@DIR@|$dir|g" -e "s|@HERE@|$here|g" "$here/server.conf" > "$dir/httpd.conf"
cp "$here/$config.conf" "$dir/cors.conf"
exec /usr/sbin/apache2 -X -d "$dir" -f "$dir/httpd.conf"
