#!/usr/bin/env bash
# A real WordPress on this machine for the live import test and for recording the REST fixtures:
# Debian's wordpress package served by nginx + php-fpm on 127.0.0.1:$WP_PORT, its database on the local MariaDB
# (root, empty password), filled by seed.php with ~30 posts in Chinese and English, nested categories, tags, a page,
# a draft, an image with alt text and an application password. Idempotent: a second run resets the site.
# Needs root (apt-get, nginx, php-fpm). Prints the application password as the last line: "user:password".
set -euo pipefail
WP_PORT=${WP_PORT:-8090}
WP_DB=${WP_DB:-inkstone_wp}
HERE=$(cd "$(dirname "$0")" && pwd)
RUN=${WP_RUN_DIR:-/tmp/inkstone-wp}

if ! dpkg -s wordpress php-fpm php-mysql nginx-light >/dev/null 2>&1 && ! command -v nginx >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wordpress php-fpm php-mysql php-gd nginx-light >&2
fi
PHP_FPM=$(ls /usr/sbin/php-fpm* | head -1)
mkdir -p "$RUN"

mysql -h 127.0.0.1 -u root -e "drop database if exists $WP_DB; create database $WP_DB character set utf8mb4;
  create user if not exists 'inkstone_wp'@'localhost' identified by 'inkstone_wp';
  create user if not exists 'inkstone_wp'@'127.0.0.1' identified by 'inkstone_wp';
  grant all on $WP_DB.* to 'inkstone_wp'@'localhost'; grant all on $WP_DB.* to 'inkstone_wp'@'127.0.0.1';"

# Debian's wp-config.php picks /etc/wordpress/config-<host>.php by the request's Host.
cat > /etc/wordpress/config-127.0.0.1.php <<PHP
<?php
define('DB_NAME', '$WP_DB');
define('DB_USER', 'inkstone_wp');
define('DB_PASSWORD', 'inkstone_wp');
define('DB_HOST', '127.0.0.1');
define('WP_CONTENT_DIR', '$RUN/wp-content');
define('WP_CONTENT_URL', 'http://127.0.0.1:$WP_PORT/wp-content');
// Application passwords need HTTPS unless the site says it is a local one.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HOME', 'http://127.0.0.1:$WP_PORT');
define('WP_SITEURL', 'http://127.0.0.1:$WP_PORT');
PHP
rm -rf "$RUN/wp-content" && mkdir -p "$RUN/wp-content/uploads"
cp -r /usr/share/wordpress/wp-content/themes "$RUN/wp-content/" 2>/dev/null || true
chown -R www-data "$RUN/wp-content"

cat > "$RUN/php-fpm.conf" <<CONF
[global]
pid = $RUN/php-fpm.pid
error_log = $RUN/php-fpm.log
[wp]
user = www-data
listen = $RUN/php-fpm.sock
listen.owner = www-data
listen.mode = 0666
pm = static
pm.max_children = 2
CONF
cat > "$RUN/nginx.conf" <<CONF
pid $RUN/nginx.pid;
error_log $RUN/nginx-error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log $RUN/nginx-access.log;
  client_body_temp_path $RUN/body; fastcgi_temp_path $RUN/fastcgi; proxy_temp_path $RUN/proxy;
  uwsgi_temp_path $RUN/uwsgi; scgi_temp_path $RUN/scgi;
  server {
    listen 127.0.0.1:$WP_PORT;
    root /usr/share/wordpress;
    index index.php;
    location /wp-content/ { root $RUN; }
    location / { try_files \$uri \$uri/ /index.php?\$args; }
    location ~ \.php\$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
      # nginx does not pass the Authorization header to PHP by itself: application passwords need it.
      fastcgi_param HTTP_AUTHORIZATION \$http_authorization;
      fastcgi_pass unix:$RUN/php-fpm.sock;
    }
  }
}
CONF
[ -f "$RUN/nginx.pid" ] && kill "$(cat "$RUN/nginx.pid")" 2>/dev/null || true
[ -f "$RUN/php-fpm.pid" ] && kill "$(cat "$RUN/php-fpm.pid")" 2>/dev/null || true
sleep 1
$PHP_FPM --fpm-config "$RUN/php-fpm.conf"
nginx -c "$RUN/nginx.conf"

HTTP_HOST=127.0.0.1 WP_PORT=$WP_PORT php "$HERE/seed.php"
