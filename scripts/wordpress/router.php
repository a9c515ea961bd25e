<?php
// Router for `php -S` serving Debian's WordPress (/usr/share/wordpress, content in /var/lib/wordpress).
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (strpos($path, '/wp-content/') === 0) {
    $file = realpath('/var/lib/wordpress' . $path);
    if ($file !== false && strpos($file, '/var/lib/wordpress/wp-content/') === 0 && is_file($file)) {
        $type = function_exists('mime_content_type') ? mime_content_type($file) : 'application/octet-stream';
        header('Content-Type: ' . $type);
        readfile($file);
        return true;
    }
}
$file = '/usr/share/wordpress' . $path;
if ($path !== '/' && is_file($file) && substr($file, -4) !== '.php') {
    return false; // static file: let the built-in server send it
}
if ($path !== '/' && is_file($file)) { // wp-login.php, wp-admin/*.php, …
    $_SERVER['SCRIPT_NAME'] = $path; $_SERVER['SCRIPT_FILENAME'] = $file;
    chdir(dirname($file));
    require $file;
    return true;
}
$_SERVER['SCRIPT_NAME'] = '/index.php'; $_SERVER['SCRIPT_FILENAME'] = '/usr/share/wordpress/index.php';
chdir('/usr/share/wordpress');
require '/usr/share/wordpress/index.php';
