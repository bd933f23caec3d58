-- Varied text for the search benchmark, run after seed-posts.sql: every post gets a title and a body drawn
-- deterministically from 301 Chinese characters (frequent ones first) and 35 English words (those generate.py
-- uses), skewed so that early characters and words are common and late ones rare: term spreads look like real text
-- rather than one sentence repeated. Run with: psql -f seed-search.sql <database>
\set ON_ERROR_STOP on
\set han '算力模型训练推理数据中心芯片开源社区应用场景企业市研究团队方向验证创新优化工程产品户体平台生态记忆学习范式竞争合作成本能电资投入回报风险技术路线架构系统服务部署的一是在不了有和人这大为上个国我以要他时来们到地于出就分对会可主发年动同也下过子说种面而后多定行法所民得经十三之进着等度家里如水高自二起小物现实加量都两制机当使点从去把性好它还因由其些然前外天政四日那义事形相全表间样与关各重内正反你明看原又么利比或但质气第道命此变条只没结解问意建月公无军很情者最立代想已通并提直题党展五果料象员革位常文总次活设及管特件长求老头基边流级少图山接知较将组见计别她手角期根论运农指几九强放决西被干做必战先则任取处府'
begin;
create temporary table words (n integer primary key, word text not null);
insert into words
select row_number() over (), w from unnest(string_to_array('model training inference data center chip open source '
    || 'community application enterprise market research team direction innovation optimization engineering product '
    || 'user experience platform ecosystem memory learning paradigm competition cost energy capital risk '
    || 'architecture system service deployment', ' ')) w;
-- A two-character word from two skewed draws (r squared favours the start of the string).
create temporary table vocabulary as select :'han'::text as han;
create function pg_temp.han_word(seed bigint) returns text language sql immutable as $$
    select substr(han, (1 + floor(301 * power((seed % 10007) / 10007.0, 2)))::integer, 1)
        || substr(han, (1 + floor(301 * power(((seed * 31 + 17) % 10009) / 10009.0, 2)))::integer, 1)
    from vocabulary
$$;
create temporary table texts as
select p.id,
       (select string_agg(pg_temp.han_word(p.id * 7919 + k * 104729), '') from generate_series(1, 4) k) as title_han,
       (select string_agg(pg_temp.han_word(p.id * 6151 + k * 3571 + k * k * 17), '')
        from generate_series(1, 90) k) as body_han,
       (select string_agg(w.word, ' ') from generate_series(1, 50) k
        join words w on w.n = 1 + floor(35 * power(((p.id * 31 + k * 1013 + k * k * 7) % 10007) / 10007.0, 2)))
        as body_en
from post p;
update post p set
    title = '第 ' || p.id || ' 篇：' || t.title_han,
    markdown = '## 背景' || chr(10) || chr(10) || t.body_han || '。' || chr(10) || chr(10) || t.body_en || '.',
    html = '<h2 id="背景">背景</h2><p>' || t.body_han || '。</p><p>' || t.body_en || '.</p>'
from texts t where t.id = p.id;
commit;
analyze post;
