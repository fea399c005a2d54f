-- wrk script: POST the invented 5 KB article to /api/extract.
local f = assert(io.open(os.getenv("ARTICLE") or "bench/server/article.txt", "r"))
local text = f:read("*a")
f:close()
local function esc(s)
  return (s:gsub('[%c"\\]', function(c)
    if c == "\n" then return "\\n" elseif c == '"' then return '\\"' elseif c == "\\" then return "\\\\" end
    return string.format("\\u%04x", string.byte(c))
  end))
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"text": "' .. esc(text) .. '", "published": "2024-05-14"}'

-- Count non-2xx answers so that errors are visible in the summary.
local bad = 0
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
function done(summary, latency, requests)
  io.write(string.format("non-200: %d\n", summary.errors.status))
  for _, p in ipairs({50, 90, 99}) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
