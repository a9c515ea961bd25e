<?php
// Installs WordPress (if needed) for the test site and writes the connection facts (JSON) for the tests.
// Run by wordpress-local.sh with BBT_WP_URL, BBT_WP_ENV_FILE and BBT_WP_PERMALINKS set.
$url = getenv('BBT_WP_URL');
$envFile = getenv('BBT_WP_ENV_FILE');
$host = parse_url($url, PHP_URL_HOST);
$_SERVER['HTTP_HOST'] = $host; $_SERVER['REQUEST_URI'] = '/'; $_SERVER['SERVER_NAME'] = $host;
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

$adminPassword = 'bbt-admin-local-2026';
if (!is_blog_installed()) {
    $r = wp_install('Cổng thông tin thử nghiệm', 'admin', 'admin@example.test', false, '', $adminPassword);
    fwrite(STDERR, "installed WordPress, user id {$r['user_id']}\n");
}
update_option('siteurl', $url);
update_option('home', $url);
update_option('timezone_string', 'Asia/Ho_Chi_Minh');
update_option('blogdescription', 'Trang thử nghiệm cho Ban Biên Tập');
$pretty = getenv('BBT_WP_PERMALINKS') !== 'plain';
// Plain permalinks: /wp-json/ is not routed and clients must use /?rest_route=.
global $wp_rewrite;
$wp_rewrite->set_permalink_structure($pretty ? '/%postname%/' : '');
$wp_rewrite->flush_rules(false);

// A contributor (may not publish) to exercise 403s.
$contributor = get_user_by('login', 'congtacvien');
if (!$contributor) {
    $id = wp_insert_user(['user_login' => 'congtacvien', 'user_pass' => wp_generate_password(24),
        'user_email' => 'congtacvien@example.test', 'display_name' => 'Cộng tác viên', 'role' => 'contributor']);
    $contributor = get_user_by('id', $id);
}
// A category with a Vietnamese name for lookups.
if (!term_exists('tin-tuc-su-kien', 'category')) {
    wp_insert_term('Tin tức - Sự kiện', 'category', ['slug' => 'tin-tuc-su-kien']);
}

function bbt_app_password($userId) {
    WP_Application_Passwords::delete_all_application_passwords($userId);
    $created = WP_Application_Passwords::create_new_application_password($userId, ['name' => 'bbt-tests']);
    if (is_wp_error($created)) { fwrite(STDERR, $created->get_error_message() . "\n"); exit(1); }
    return $created[0];
}
$facts = [
    'url' => $url,
    'username' => 'admin',
    'appPassword' => bbt_app_password(1),
    'adminPassword' => $adminPassword,
    'contributor' => ['username' => 'congtacvien', 'appPassword' => bbt_app_password($contributor->ID)],
    'permalinks' => $pretty ? 'pretty' : 'plain',
    'wordpressVersion' => get_bloginfo('version'),
    'writtenAt' => gmdate('c'),
];
$tmp = $envFile . '.tmp';
file_put_contents($tmp, json_encode($facts, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES) . "\n");
chmod($tmp, 0644); // throwaway local credentials; tests may run as another user
rename($tmp, $envFile);
fwrite(STDERR, "wrote $envFile\n");
