<?php
// Adds to the site setup.sh serves the post whose saved pages are the HTML import fixtures
// (src/test/resources/fixtures/saved-page/, see save-page.sh): a Chinese title and slug, a nested category and a second
// one, tags (one in Traditional Chinese), a featured image and a body that starts with a picture, on dated permalinks.
// Run after setup.sh: HTTP_HOST=127.0.0.1 php clip.php; prints the post's permalink.
$_SERVER['HTTP_HOST'] = getenv('HTTP_HOST') ?: '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

// Served pages redirect to themselves (PHP sees the Host without nginx's port, WordPress' canonical URL has it):
// a must-use plugin turns the canonical redirect off. The REST API, which setup.sh serves for, never redirects.
wp_mkdir_p(WP_CONTENT_DIR . '/mu-plugins');
file_put_contents(WP_CONTENT_DIR . '/mu-plugins/no-canonical-redirect.php',
    "<?php\nremove_action('template_redirect', 'redirect_canonical');\n");

global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%day%/%postname%/');
$wp_rewrite->flush_rules();
$admin = get_user_by('login', 'admin');
wp_set_current_user($admin->ID);

$china = get_term_by('slug', '中国故事', 'category')->term_id;
$odd = wp_insert_term('墙国的奇葩商业故事', 'category', ['slug' => '墙国的奇葩商业故事', 'parent' => $china])['term_id'];
$asia = get_term_by('slug', 'asia', 'category')->term_id;

// Two pictures drawn here: the featured image and the body's first picture.
$draw = function ($name, $w, $h, $r, $g, $b, $title, $alt) {
    $uploads = wp_upload_dir();
    $file = $uploads['path'] . '/' . $name;
    $img = imagecreatetruecolor($w, $h);
    for ($y = 0; $y < $h; $y++) {
        imagefilledrectangle($img, 0, $y, $w - 1, $y, imagecolorallocate($img, $r, ($g + $y) % 256, $b));
    }
    imagejpeg($img, $file, 85);
    $id = wp_insert_attachment(['post_title' => $title, 'post_mime_type' => 'image/jpeg', 'post_status' => 'inherit'],
        $file);
    wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $file));
    update_post_meta($id, '_wp_attachment_image_alt', $alt);
    return $id;
};
$cover = $draw('longjing-cover.jpg', 1200, 800, 40, 120, 60, '龙井村茶园', '龙井村的茶园');
$first = $draw('tea-hills.jpg', 800, 600, 90, 160, 80, '狮峰山', '雾里的狮峰山');
$src = wp_get_attachment_url($first);

$body = <<<HTML
<!-- wp:image {"id":$first,"sizeSlug":"full"} -->
<figure class="wp-block-image size-full"><img src="$src" alt="雾里的狮峰山" class="wp-image-$first"/></figure>
<!-- /wp:image -->

<!-- wp:paragraph -->
<p>清明前的龙井村，茶农凌晨四点就上山了。我们跟着一位做了三十年茶的师傅，看他怎么用一口铁锅炒出一斤明前茶。</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2>一杯茶里的算力</h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>村里的年轻人用 <strong>DeepSeek</strong> 写直播脚本，用大模型算每块茶地的采摘时间。师傅说：「机器算得再准，火候还是手上的事。」</p>
<!-- /wp:paragraph -->

<!-- wp:list -->
<ul><li>明前茶：每斤三千元</li><li>雨前茶：每斤八百元</li></ul>
<!-- /wp:list -->
HTML;
$id = wp_insert_post([
    'post_title' => '龙井村的算力故事：一杯茶里的中美AI競爭',
    'post_name' => '龙井村的算力故事',
    'post_content' => $body,
    'post_status' => 'publish',
    'post_author' => $admin->ID,
    'post_date' => '2026-01-13 09:30:00',
    'post_date_gmt' => '2026-01-13 01:30:00',
    'comment_status' => 'closed',
    'post_category' => [$odd, $asia],
    'tags_input' => ['中美AI競爭', '臺灣茶', 'DeepSeek', '算力'],
]);
set_post_thumbnail($id, $cover);
echo get_permalink($id), "\n";
