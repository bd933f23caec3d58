-- Deterministic bulk data for list benchmarks, inserted straight into PostgreSQL after Flyway has created the
-- schema: :posts posts with Chinese and English text, 12 categories in a tree, 200 tags, 3-8 tags per post,
-- publication dates spread over 5 years. Run with: psql -v posts=100000 -f seed-posts.sql <database>
\set ON_ERROR_STOP on
begin;
insert into category (id, slug, name, parent_id, tree_path, created_at, updated_at, version)
select i, 'bench-cat-' || i, '分类 ' || i,
       case when i <= 4 then null else (i - 1) / 3 end,
       case when i <= 4 then '/' when (i - 1) / 3 <= 4 then '/' || ((i - 1) / 3) || '/'
            else '/' || (((i - 1) / 3 - 1) / 3) || '/' || ((i - 1) / 3) || '/' end,
       now(), now(), 1
from generate_series(1, 12) i;
insert into tag (id, slug, name, created_at, updated_at, version)
select i, 'bench-tag-' || i, '标签 ' || i, now(), now(), 1 from generate_series(1, 200) i;
insert into post (id, slug, title, status, published_at, visible_at, created_at, updated_at, markdown, html,
                  excerpt, word_count, reading_minutes, version)
select i, 'bench-post-' || i, '第 ' || i || ' 篇：算力 and compute ' || i, 'published',
       timestamptz '2021-01-01' + (i * interval '1 second' * (157680000 / :posts)),
       timestamptz '2021-01-01' + (i * interval '1 second' * (157680000 / :posts)),
       now(), now(),
       '## 背景\n\n中国企业超越美国同行的机会不超过20%。 English paragraph number ' || i || '.',
       '<h2 id="背景">背景</h2><p>中国企业超越美国同行的机会不超过20%。 English paragraph number ' || i || '.</p>',
       '中国企业超越美国同行的机会不超过20%。', 24, 1, 1
from generate_series(1, :posts) i;
insert into post_tag (post_id, tag_id, position)
select p, ((p * 7 + k * 37) % 200) + 1, k
from generate_series(1, :posts) p, generate_series(0, 7) k
where k < 3 + p % 6;
insert into post_category (post_id, category_id, position)
select p, (p % 12) + 1, 0 from generate_series(1, :posts) p;
-- Keep the sequences ahead of the bulk ids.
select setval('post_seq', :posts + 1000), setval('tag_seq', 1000), setval('category_seq', 1000);
commit;
analyze;
