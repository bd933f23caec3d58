#!/usr/bin/env python3
"""Deterministic blog data set for benchmarks, loaded through Inkstone's own API.

N posts with Chinese and English paragraphs, 12 categories in a tree (4 roots with 2 children each), 200 tags,
3-8 tags per post, publication dates spread over 5 years. The same seed gives the same data, and loading uses the
idempotent PUT /api/v1/posts/slug/{slug}, so a rerun changes nothing.

Usage: generate.py --url http://127.0.0.1:18080 --token TOKEN --posts 10000 [--threads 4] [--batch 100] [--first 1]
"""
import argparse
import concurrent.futures
import datetime
import http.client
import json
import random
import threading
import time
import urllib.parse

HAN = ("算力模型训练推理数据中心芯片开源社区应用场景企业市场研究团队方向验证创新优化工程产品用户体验平台生态"
       "记忆学习范式竞争合作成本能源电力资本投入回报风险技术路线架构系统服务部署")
WORDS = ("model training inference data center chip open source community application enterprise market research "
         "team direction innovation optimization engineering product user experience platform ecosystem memory "
         "learning paradigm competition cost energy capital risk architecture system service deployment").split()


def paragraph(rng, chinese):
    if chinese:
        return "".join(rng.choice(HAN) for _ in range(rng.randint(60, 160))) + "。"
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 80))).capitalize() + "."


def post_body(i, rng, start):
    chinese = i % 3 != 0
    title = ("第%d篇：" % i + "".join(rng.choice(HAN) for _ in range(8))) if chinese else (
        "Post %d: " % i + " ".join(rng.choice(WORDS) for _ in range(4)))
    paragraphs = [paragraph(rng, chinese if k % 2 == 0 else not chinese) for k in range(rng.randint(3, 7))]
    markdown = "## " + ("背景" if chinese else "Background") + "\n\n" + "\n\n".join(paragraphs)
    published = start + datetime.timedelta(seconds=rng.randint(0, 5 * 365 * 86400))
    tags = sorted(rng.sample(range(1, 201), rng.randint(3, 8)))
    return {
        "title": title,
        "status": "published",
        "publishedAt": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "markdown": markdown,
        "tags": ["bench-tag-%d" % t for t in tags],
        "categories": ["bench-cat-%d" % (i % 12 + 1)],
    }


class Client:
    """One keep-alive connection per thread."""
    local = threading.local()

    def __init__(self, url, token):
        self.url = urllib.parse.urlparse(url)
        self.headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}

    def request(self, method, path, body):
        for attempt in range(3):
            conn = getattr(self.local, "conn", None)
            if conn is None:
                conn = self.local.conn = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=60)
            try:
                payload = None if body is None else json.dumps(body, ensure_ascii=False).encode()
                conn.request(method, urllib.parse.quote(path), payload, self.headers)
                response = conn.getresponse()
                data = response.read()
                if response.status >= 300 and response.status != 409:
                    raise SystemExit("%s %s: HTTP %d %s" % (method, path, response.status, data[:300]))
                return response.status, json.loads(data) if data else None
            except (ConnectionError, http.client.HTTPException):
                self.local.conn = None
                time.sleep(0.5 * (attempt + 1))
        raise SystemExit("%s %s: no answer" % (method, path))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--seed", type=int, default=20260113)
    parser.add_argument("--first", type=int, default=1,
                        help="number of the first post: a later run from past the last one writes new posts")
    parser.add_argument("--batch", type=int, default=0,
                        help="send posts N at a time through POST /api/v1/posts/batch instead of one PUT each")
    args = parser.parse_args()
    client = Client(args.url, args.token)
    # 4 root categories, each with 2 children: 12 in a tree. A 409 means a previous run made it already.
    ids = {}
    for c in range(1, 13):
        body = {"name": "分类 %d" % c, "slug": "bench-cat-%d" % c}
        if c > 4:
            body["parentId"] = ids[(c - 5) // 2 + 1]
        status, created = client.request("POST", "/api/v1/categories", body)
        if status == 409:
            created = client.request("GET", "/api/v1/categories/slug/bench-cat-%d" % c, None)[1]
        ids[c] = created["id"]
    for t in range(1, 201):
        client.request("POST", "/api/v1/tags", {"name": "标签 %d" % t, "slug": "bench-tag-%d" % t})
    start = datetime.datetime(2021, 1, 1, tzinfo=datetime.timezone.utc)
    bodies = ((i, post_body(i, random.Random(args.seed * 1_000_003 + i), start))
              for i in range(args.first, args.first + args.posts))
    began = time.perf_counter()
    if args.batch > 0:
        def send(chunk):
            posts = [dict(body, slug="bench-post-%d" % i) for i, body in chunk]
            status, answer = client.request("POST", "/api/v1/posts/batch", {"posts": posts})
            if answer["failed"]:
                raise SystemExit("batch: %d posts failed: %s" % (answer["failed"], answer["results"][:3]))
            return len(chunk)
        items = list(bodies)
        chunks = [items[k:k + args.batch] for k in range(0, len(items), args.batch)]
        with concurrent.futures.ThreadPoolExecutor(args.threads) as pool:
            list(pool.map(send, chunks))
    else:
        with concurrent.futures.ThreadPoolExecutor(args.threads) as pool:
            for n, _ in enumerate(pool.map(lambda item: client.request(
                    "PUT", "/api/v1/posts/slug/bench-post-%d" % item[0], item[1]), bodies), 1):
                if n % 1000 == 0:
                    print("  %d posts, %.0f/s" % (n, n / (time.perf_counter() - began)), flush=True)
    print("loaded %d posts in %.1f s" % (args.posts, time.perf_counter() - began))


if __name__ == "__main__":
    main()
