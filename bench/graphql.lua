-- wrk script: POST a GraphQL query; count as an error any response that is
-- not 200 or whose body has "errors". Tokens come from TOKENS_FILE (one
-- "passage_id token" per line), each thread walking its own slice, or from
-- TOKEN for every request. BODY is the JSON request body.
local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("id", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

function init(args)
  errors = 0
  tokens = {}
  local file = os.getenv("TOKENS_FILE")
  if file and file ~= "" then
    for line in io.lines(file) do
      local token = line:match("^%S+%s+(%S+)$")
      if token then table.insert(tokens, token) end
    end
  else
    tokens = { os.getenv("TOKEN") }
  end
  local threads_total = tonumber(os.getenv("WRK_THREADS") or "2")
  -- This thread's slice of the token list, so no two threads share a user.
  local per = math.floor(#tokens / threads_total)
  if per < 1 then per = #tokens; first = 1 else first = id * per + 1 end
  last = first + per - 1
  next_index = first
  body = os.getenv("BODY")
end

function request()
  local token = tokens[next_index]
  next_index = next_index + 1
  if next_index > last then next_index = first end
  return wrk.format("POST", "/graphql", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
  }, body)
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local e = 0
  for _, t in ipairs(threads) do e = e + t:get("errors") end
  io.write(string.format(
    "RESULT requests=%d duration_us=%d errors=%d socket_errors=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, e,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end
