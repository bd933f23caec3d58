#!/usr/bin/env python3
"""A webhook receiver for src/bench/webhooks.sh: answers 200 to every POST, notes when each arrived, and after
--count deliveries prints the rate between the first and the last one, then exits."""
import argparse
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--count", type=int, required=True)
args = parser.parse_args()

arrivals = []
seen = set()
lock = threading.Lock()
done = threading.Event()


class Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 with keep-alive, as real receivers speak: http.server's default HTTP/1.0 closes every connection, and
    # the sender's client, reusing one just as it closed, lost deliveries to backoff retries that then timed the run.
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with lock:
            arrivals.append(time.monotonic())
            seen.add(self.headers.get("Inkstone-Delivery"))
            if len(arrivals) >= args.count:
                done.set()
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_):
        pass


class Server(ThreadingHTTPServer):
    # socketserver's default listen backlog is 5: with 16 deliveries connecting at once the kernel drops the rest of
    # the SYNs and the clients retry after a second, which measured the backlog instead of the sender.
    request_queue_size = 128


server = Server(("127.0.0.1", args.port), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
print("ready", flush=True)
done.wait()
elapsed = arrivals[-1] - arrivals[0]
print(f"{len(arrivals)} deliveries ({len(seen)} distinct) in {elapsed:.2f} s: "
      f"{(len(arrivals) - 1) / elapsed:.0f} deliveries/s", flush=True)
server.shutdown()
