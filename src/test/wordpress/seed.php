<?php
// Installs the WordPress that setup.sh serves and fills it with the content the import tests expect.
// Run by setup.sh (php seed.php, HTTP_HOST set so Debian's wp-config.php finds the site's config).
$_SERVER['HTTP_HOST'] = getenv('HTTP_HOST') ?: '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

wp_install('Inkstone WordPress fixture', 'admin', 'admin@example.com', true, '', 'admin-password-' . wp_rand());
update_option('permalink_structure', '/%postname%/');
update_option('timezone_string', 'Asia/Shanghai');
$admin = get_user_by('login', 'admin');
wp_update_user(['ID' => $admin->ID, 'display_name' => '林小山']);
wp_set_current_user($admin->ID);
$writer = wp_insert_user(['user_login' => 'ada', 'user_pass' => wp_generate_password(), 'display_name' => 'Ada Writer',
    'role' => 'author']);
wp_delete_post(1, true); // "Hello world!"
wp_delete_post(2, true); // "Sample Page"

// Nested categories: 中国故事 › 商业 › 奇葩故事, and Travel › Asia.
$term = fn($name, $tax, $args = []) => wp_insert_term($name, $tax, $args)['term_id'];
$china = $term('中国故事', 'category', ['slug' => '中国故事', 'description' => '关于中国的故事']);
$business = $term('商业', 'category', ['slug' => 'business-cn', 'parent' => $china]);
$odd = $term('奇葩故事', 'category', ['slug' => '奇葩故事', 'parent' => $business]);
$travel = $term('Travel', 'category', ['slug' => 'travel']);
$asia = $term('Asia', 'category', ['slug' => 'asia', 'parent' => $travel]);
$tags = ['deepseek', 'AI Agent', '杭州', 'photography', '算力'];

// An image with alt text and a caption, drawn here (no file from elsewhere).
$uploads = wp_upload_dir();
$file = $uploads['path'] . '/west-lake.jpg';
$img = imagecreatetruecolor(640, 480);
for ($y = 0; $y < 480; $y++) {
    imagefilledrectangle($img, 0, $y, 639, $y, imagecolorallocate($img, 200 - intdiv($y, 4), 120, 60 + intdiv($y, 3)));
}
imagejpeg($img, $file, 85);
$attachment = wp_insert_attachment(['post_title' => '雷峰塔', 'post_mime_type' => 'image/jpeg',
    'post_excerpt' => '杭州西湖', 'post_status' => 'inherit'], $file);
wp_update_attachment_metadata($attachment, wp_generate_attachment_metadata($attachment, $file));
update_post_meta($attachment, '_wp_attachment_image_alt', '雷峰塔与西湖的日落');
$src = wp_get_attachment_url($attachment);

// 30 published posts, alternating Chinese and English, one hour apart.
for ($i = 1; $i <= 30; $i++) {
    $zh = $i % 2 == 1;
    $id = wp_insert_post([
        'post_title' => $zh ? "第{$i}篇：西湖边的算力故事" : "Post {$i}: notes from the lake",
        'post_name' => $zh ? "西湖-{$i}" : "lake-notes-{$i}",
        'post_content' => $zh ? "<!-- wp:paragraph -->\n<p>这是第{$i}篇文章。中国企业的机会。</p>\n<!-- /wp:paragraph -->"
            : "<!-- wp:paragraph -->\n<p>This is post {$i}, written in <strong>English</strong>.</p>\n<!-- /wp:paragraph -->",
        'post_excerpt' => $i == 2 ? 'A hand-written excerpt.' : '',
        'post_status' => 'publish',
        'post_author' => $i % 3 == 0 ? $writer : $admin->ID,
        'post_date_gmt' => gmdate('Y-m-d H:i:s', strtotime('2026-01-01 00:00:00 UTC') + $i * 3600),
        'post_date' => gmdate('Y-m-d H:i:s', strtotime('2026-01-01 08:00:00 UTC') + $i * 3600),
        'post_category' => [$zh ? ($i % 3 == 1 ? $odd : $business) : ($i % 4 == 0 ? $asia : $travel)],
        'tags_input' => [$tags[$i % 5], $tags[($i + 2) % 5]],
    ]);
    if ($i == 1) {
        set_post_thumbnail($id, $attachment);
        wp_update_post(['ID' => $id, 'post_content' => "<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"$src\" alt=\"雷峰塔与西湖的日落\"/></figure>\n<!-- /wp:image -->\n<p>这是第1篇文章，有一张图。</p>"]);
    }
}
wp_insert_post(['post_title' => '草稿：还没写完', 'post_name' => 'draft-unfinished', 'post_status' => 'draft',
    'post_content' => '<p>草稿正文。</p>', 'post_category' => [$china], 'tags_input' => ['deepseek']]);
wp_insert_post(['post_title' => 'A private note', 'post_name' => 'private-note', 'post_status' => 'private',
    'post_content' => '<p>Only for me.</p>']);
wp_insert_post(['post_title' => '关于本站', 'post_name' => 'about', 'post_type' => 'page', 'post_status' => 'publish',
    'post_content' => '<p>一个用来测试导入的站点。</p>']);

[$password] = WP_Application_Passwords::create_new_application_password($admin->ID, ['name' => 'inkstone-import']);
echo "admin:$password\n";
