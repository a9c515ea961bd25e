<?php
/**
 * Plugin Name: Ban Biên Tập — portal fields
 * Description: Post meta that the Ban Biên Tập desktop app writes and reads over the REST API.
 *
 * Copy into wp-content/mu-plugins/ on the portal (must-use plugins load automatically). Without it, WordPress
 * silently ignores these meta keys; the app detects that (schema of OPTIONS /wp/v2/posts) and says so.
 *
 *  bbt_sync_key      idempotency key per article + target: a retried publish finds the post instead of duplicating
 *  bbt_fingerprint   fingerprint of the signed (approved) version that was published
 *  bbt_responsible   "Chịu trách nhiệm chính" (person legally responsible for the article)
 *  bbt_content_hash  hash of the content the app sent, to notice edits made on the portal
 *  bbt_views         view count. WordPress core has NO view counter: this plugin adds 1 each time a published post
 *                    is shown on the site to a visitor who is not logged in. Portals that use a statistics plugin
 *                    instead (e.g. one that keeps counts in its own table) must copy the count into this meta for
 *                    the app to read it.
 *
 * Also adds an optional `bbt_sync_key` filter to GET /wp/v2/posts (declared in the collection's parameters so
 * clients can detect it; without this plugin WordPress would ignore the parameter and list every post).
 */

if (!defined('ABSPATH')) {
    exit;
}

const BBT_STRING_META = ['bbt_sync_key', 'bbt_fingerprint', 'bbt_responsible', 'bbt_content_hash'];

add_action('init', function () {
    $can_edit = function ($allowed, $meta_key, $post_id) {
        return current_user_can('edit_post', $post_id);
    };
    foreach (BBT_STRING_META as $key) {
        register_post_meta('post', $key, [
            'type' => 'string',
            'single' => true,
            'default' => '',
            'show_in_rest' => true,
            'auth_callback' => $can_edit,
        ]);
    }
    register_post_meta('post', 'bbt_views', [
        'type' => 'integer',
        'single' => true,
        'default' => 0,
        'show_in_rest' => true,
        'auth_callback' => $can_edit,
    ]);
});

// Count views of published single posts by anonymous visitors.
add_action('template_redirect', function () {
    if (!is_singular('post') || is_user_logged_in() || is_preview()) {
        return;
    }
    $id = get_queried_object_id();
    if ($id && get_post_status($id) === 'publish') {
        update_post_meta($id, 'bbt_views', (int) get_post_meta($id, 'bbt_views', true) + 1);
    }
});

// GET /wp/v2/posts?bbt_sync_key=… (exact match).
add_filter('rest_post_collection_params', function ($params) {
    $params['bbt_sync_key'] = [
        'description' => 'Limit result set to posts with this Ban Biên Tập sync key.',
        'type' => 'string',
    ];
    return $params;
});
add_filter('rest_post_query', function ($args, $request) {
    $key = $request->get_param('bbt_sync_key');
    if (is_string($key) && $key !== '') {
        $args['meta_query'] = [['key' => 'bbt_sync_key', 'value' => $key, 'compare' => '=']];
    }
    return $args;
}, 10, 2);
