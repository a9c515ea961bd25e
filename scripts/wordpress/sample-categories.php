<?php
// Gives the test site the categories of the app's sample articles (DEFAULT_CATEGORIES in src/shared/article.ts,
// the seed portal's "Phân loại" values), so that a newcomer can publish a sample article to it: the app never
// creates categories on a portal, and its checklist stops an article whose category the portal lacks.
// Run by wordpress-local.sh on every `up` (idempotent). src/main/publishing/sample-wordpress.test.ts checks the lists agree.
$host = parse_url(getenv('BBT_WP_URL'), PHP_URL_HOST);
$_SERVER['HTTP_HOST'] = $host; $_SERVER['REQUEST_URI'] = '/'; $_SERVER['SERVER_NAME'] = $host;
require '/usr/share/wordpress/wp-load.php';

$names = ['Tin tức – sự kiện', 'Thông báo', 'Chỉ đạo – điều hành', 'Văn bản', 'Cải cách hành chính', 'Kinh tế',
    'Văn hóa – Xã hội', 'Quốc phòng – An ninh', 'Nông thôn mới'];
// Names the app's category matching treats as the same (case, dashes, spacing): one of them is enough, and two would
// be ambiguous ("Tin tức - Sự kiện" from install.php already stands for "Tin tức – sự kiện").
// sanitize_title folds case, accents and punctuation (no mbstring needed): coarser than the app, enough here.
$key = function ($s) { return sanitize_title(html_entity_decode($s)); };
$have = array_map(function ($t) use ($key) { return $key($t->name); }, get_terms(['taxonomy' => 'category', 'hide_empty' => false]));
foreach ($names as $name) {
    if (in_array($key($name), $have, true)) continue;
    $made = wp_insert_term($name, 'category');
    if (is_wp_error($made)) { fwrite(STDERR, "category $name: " . $made->get_error_message() . "\n"); exit(1); }
}
