-- wrk script for search-scale.sh: the distinct queries of search-latency.py (its --list output: class TAB path per
-- line), taken in turn as a token holder, one connection per wrk thread (-t and -c equal), so that each thread's
-- requests and responses alternate and each response's latency is known with its query class. The latencies go to
-- DIR/latency-<thread>.tsv (class TAB microseconds TAB status), which search-latency.py --summarize=DIR tabulates.
-- wrk's C event loop costs the two cores far less than Python's threads (about a fifth of a core at 750-1,200
-- req/s), which otherwise compete with the app they measure.
-- Usage: wrk -tN -cN -d20s -s search-classes.lua URL -- N queries.tsv DIR token
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } inkstone_timespec;
int clock_gettime(int clock, inkstone_timespec *now);
]]
local CLOCK_MONOTONIC = 1
local now = ffi.new("inkstone_timespec")

local function micros()
    ffi.C.clock_gettime(CLOCK_MONOTONIC, now)
    return tonumber(now.tv_sec) * 1e6 + tonumber(now.tv_nsec) / 1e3
end

local threads = 0
function setup(thread)
    thread:set("number", threads)
    threads = threads + 1
end

local queries, position, out, token, started, class = {}, 0, nil, nil, 0, nil

function init(args)
    for line in io.lines(args[2]) do
        local name, path = line:match("^(.-)\t(.*)$")
        queries[#queries + 1] = { name, path }
    end
    -- Connections start evenly apart in the rotation, as search-latency.py's do.
    position = math.floor(number * #queries / tonumber(args[1]))
    out = assert(io.open(args[3] .. "/latency-" .. number .. ".tsv", "w"))
    -- wrk never closes a thread's Lua state; the C library flushes the buffer when wrk exits.
    out:setvbuf("full", 65536)
    token = args[4]
end

function request()
    local query = queries[position % #queries + 1]
    position = position + 1
    class = query[1]
    started = micros()
    return wrk.format("GET", query[2], { Authorization = "Bearer " .. token })
end

function response(status)
    out:write(class, "\t", string.format("%.0f", micros() - started), "\t", status, "\n")
end
