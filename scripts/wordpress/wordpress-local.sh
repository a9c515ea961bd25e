#!/usr/bin/env bash
# Stand up a real WordPress (Debian packages) on 127.0.0.1 for the project's tests.
#
#   scripts/wordpress/wordpress-local.sh [up|down|status]      (default: up; run as root)
#
# Idempotent: when WordPress already answers and the connection file's application password still works it
# only refreshes the mu-plugin and the sample categories and returns (about a second). Otherwise it installs what is missing
# (apt-get: wordpress php-cli php-mysql mariadb-server), starts MariaDB, writes the site config, installs
# WordPress, creates application passwords and starts `php -S` in the background.
#
# Environment:
#   BBT_WORDPRESS_PORT  port to serve on (default 8089)
#   BBT_WORDPRESS_ENV   where to write the connection facts as JSON (default /tmp/bbt-wordpress.json):
#                       {"url","username","appPassword","contributor":{"username","appPassword"},...}
#   BBT_WORDPRESS_PERMALINKS  "pretty" (default: /wp-json/ works) or "plain" (only /?rest_route= works)
# Logs and the server's pid live in /tmp/bbt-wordpress/.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${BBT_WORDPRESS_PORT:-8089}"
HOST=127.0.0.1
URL="http://$HOST:$PORT"
ENV_FILE="${BBT_WORDPRESS_ENV:-/tmp/bbt-wordpress.json}"
PERMALINKS="${BBT_WORDPRESS_PERMALINKS:-pretty}"
STATE=/tmp/bbt-wordpress
WP_DIR=/usr/share/wordpress
DB_NAME=bbt_wordpress DB_USER=bbt_wordpress DB_PASSWORD=bbt-wordpress-local
PACKAGES=(wordpress php-cli php-mysql mariadb-server curl)

log() { echo "wordpress-local: $*" >&2; }
die() { log "$*"; exit 1; }
answers() { [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$URL/?rest_route=/" 2>/dev/null)" = 200 ]; }
server_pid() { [ -f "$STATE/php.pid" ] && kill -0 "$(cat "$STATE/php.pid")" 2>/dev/null && cat "$STATE/php.pid"; }

# The connection file is valid when its application password authenticates against this server.
env_valid() {
  [ -s "$ENV_FILE" ] || return 1
  local user pw
  user=$(php -r '$j=json_decode(file_get_contents($argv[1]),true); echo $j["username"] ?? "";' "$ENV_FILE" 2>/dev/null) || return 1
  pw=$(php -r '$j=json_decode(file_get_contents($argv[1]),true); echo ($j["url"] ?? "") === $argv[2] && ($j["permalinks"] ?? "") === $argv[3] ? ($j["appPassword"] ?? "") : "";' "$ENV_FILE" "$URL" "$PERMALINKS" 2>/dev/null) || return 1
  [ -n "$user" ] && [ -n "$pw" ] || return 1
  [ "$(curl -s -o /dev/null -m 5 -u "$user:$pw" -w '%{http_code}' "$URL/?rest_route=/wp/v2/users/me" 2>/dev/null)" = 200 ]
}

install_mu_plugin() {
  mkdir -p /var/lib/wordpress/wp-content/mu-plugins
  cp "$HERE/mu-plugins/ban-bien-tap.php" /var/lib/wordpress/wp-content/mu-plugins/ban-bien-tap.php
}

# The sample articles' categories (see sample-categories.php); cheap and idempotent, so on every `up`.
ensure_categories() {
  BBT_WP_URL="$URL" php "$HERE/sample-categories.php" >"$STATE/categories.log" 2>&1 || { tail -5 "$STATE/categories.log" >&2; die "could not create the sample categories"; }
}

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "packages missing (${missing[*]}); run as root"
  log "installing ${missing[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  # Keep package scripts from starting services (no systemd here); we start MariaDB ourselves.
  local made_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; made_policy=1; fi
  local rc=0
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$STATE/apt.log" 2>&1 || rc=$?
  [ -n "$made_policy" ] && rm -f /usr/sbin/policy-rc.d
  [ $rc -eq 0 ] || { tail -5 "$STATE/apt.log" >&2; die "apt-get install failed (log: $STATE/apt.log)"; }
}

start_mariadb() {
  if ! mysqladmin ping >/dev/null 2>&1; then
    setsid service mariadb start >"$STATE/mariadb.log" 2>&1 < /dev/null || service mysql start >>"$STATE/mariadb.log" 2>&1 || { cat "$STATE/mariadb.log" >&2; die "mariadb did not start"; }
  fi
  mysql -e "CREATE DATABASE IF NOT EXISTS $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
    GRANT ALL ON $DB_NAME.* TO '$DB_USER'@'localhost'; FLUSH PRIVILEGES;" || die "mariadb: could not create the database"
}

write_site_config() {
  # Debian's wp-config.php loads /etc/wordpress/config-<HTTP_HOST without port>.php.
  local salt
  salt=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  [ -f /etc/wordpress/config-$HOST.php ] && grep -q "BBT_WORDPRESS_LOCAL" /etc/wordpress/config-$HOST.php && return 0
  cat > /etc/wordpress/config-$HOST.php <<PHP
<?php
// Written by scripts/wordpress/wordpress-local.sh (BBT_WORDPRESS_LOCAL) — a throwaway test site.
define('DB_NAME', '$DB_NAME'); define('DB_USER', '$DB_USER'); define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost'); define('DB_CHARSET', 'utf8mb4');
// "local" lets application passwords work over plain http.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_HTTP_BLOCK_EXTERNAL', true); define('DISABLE_WP_CRON', true);
foreach (['AUTH_KEY','SECURE_AUTH_KEY','LOGGED_IN_KEY','NONCE_KEY','AUTH_SALT','SECURE_AUTH_SALT','LOGGED_IN_SALT','NONCE_SALT'] as \$k) define(\$k, '$salt' . \$k);
\$table_prefix = 'wp_';
PHP
}

start_server() {
  local pid; pid=$(server_pid || true)
  if [ -n "$pid" ]; then kill -- "-$pid" 2>/dev/null || true; sleep 0.3; fi
  # Several workers so parallel test files do not queue behind each other.
  # setsid: its own session, so it outlives this script; the shell records its pid (= the group id) and execs php.
  # Every descriptor of the background process goes to the log: one left on our stdout would keep a caller's pipe
  # (`.ci/run | tee`) open for as long as the server runs.
  (
    cd "$WP_DIR" || exit 1
    export PHP_CLI_SERVER_WORKERS=4
    exec setsid sh -c 'echo $$ > "$1"; shift; exec "$@"' sh "$STATE/php.pid" \
      php -d upload_max_filesize=32M -d post_max_size=32M -S "$HOST:$PORT" "$HERE/router.php"
  ) >"$STATE/php.log" 2>&1 < /dev/null &
  for _ in $(seq 1 60); do answers && return 0; sleep 0.5; done
  tail -5 "$STATE/php.log" >&2; die "WordPress did not answer on $URL"
}

up() {
  mkdir -p "$STATE"
  if answers && env_valid; then install_mu_plugin; ensure_categories; log "already up at $URL ($ENV_FILE)"; return 0; fi
  install_packages
  start_mariadb
  write_site_config
  install_mu_plugin
  BBT_WP_URL="$URL" BBT_WP_ENV_FILE="$ENV_FILE" BBT_WP_PERMALINKS="$PERMALINKS" \
    php "$HERE/install.php" >"$STATE/install.log" 2>&1 || { tail -5 "$STATE/install.log" >&2; die "WordPress install failed"; }
  answers || start_server
  env_valid || die "the new application password does not authenticate against $URL"
  ensure_categories
  log "up at $URL ($ENV_FILE)"
}

down() {
  local pid; pid=$(server_pid || true)
  if [ -n "$pid" ]; then kill -- "-$pid" && log "stopped php -S (process group $pid)"; else log "not running (no $STATE/php.pid)"; fi
  rm -f "$STATE/php.pid"
}

case "${1:-up}" in
  up) up ;;
  down) down ;;
  status) if answers && env_valid; then echo "up $URL $ENV_FILE"; else echo "down"; exit 1; fi ;;
  *) die "usage: $0 [up|down|status]" ;;
esac
