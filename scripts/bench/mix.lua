-- wrk script: a realistic mix of what readers of a news archive ask, drawn at random with popular things far more
-- often than rare ones (Zipf, as in search logs), so that some requests repeat and most do not.
--
--   wrk -t2 -c16 -d20s --latency -s scripts/bench/mix.lua http://127.0.0.1:7071 -- DOCS SEED [RATE CONNECTIONS]
--
-- DOCS and SEED name the bench corpus (article ids are syn-SEED-NNNNNNN); RATE and CONNECTIONS (wrk's -c), when
-- given, pace the run at about RATE requests/s (each connection waits CONNECTIONS/RATE s before each request; the
-- response time comes on top, so the rate reached is a little lower), for a soak below the saturation rate.
-- wrk itself counts answers other than 2xx/3xx ("Non-2xx or 3xx responses").
--
-- The mix: 35% one or two words, 8% phrases and OR, 20% words narrowed by a country, an official or a period,
-- 5% facet-only browsing, 5% deeper pages, 5% the home page and newest-first browsing, 12% article pages,
-- 4% official and country pages, 4% JSON API, 2% Atom feeds.

local words = {
  "talks", "minister", "visit", "security", "cooperation", "trade", "meeting", "foreign", "relations", "agreement",
  "bilateral", "support", "peace", "economic", "border", "defence", "policy", "president", "prime", "delegation",
  "energy", "investment", "corridor", "terrorism", "dialogue", "embassy", "envoy", "summit", "strategic",
  "infrastructure", "finance", "assistance", "military", "stability", "development", "climate", "water", "health",
  "refugees", "visa", "students", "rights", "humanitarian", "ceasefire", "negotiations", "sanctions", "nuclear",
  "treaty", "memorandum", "spokesperson", "briefing", "tariffs", "loan", "debt", "exports", "imports", "pipelines",
  "surplus", "technology", "diplomacy", "extradition", "narcotics", "cyber", "maritime", "aviation", "railway",
  "wheat", "textiles", "pilgrims", "floods", "earthquake", "polio", "scholarships", "consulate", "protocol",
  "gronoual", "thotruism", "plepaichouity",
}
local phrases = {
  "%22foreign+minister%22", "%22high+commissioner%22", "%22secretary+of+state%22", "%22special+envoy%22",
  "%22told+reporters%22", "%22border+security%22", "%22prime+minister%22", "%22trade+agreement%22",
}
local officials = {
  "arshad-watari", "tahira-madani", "elizabeth-dalberg", "yang-qiming", "amanullah-mohmand", "vikram-sharma",
  "catherine-whitfield", "nawaf-al-hamdan",
}
local countries = { "PK", "US", "CN", "AF", "IN", "GB", "SA", "IR", "AE", "TR", "QA", "RU", "JP", "DE", "FR" }

local docs, seed, pause = 100000, 42, 0

-- Zipf over n ranks (s = 1): the cumulative weights once, then a binary search per draw.
local function zipf(n)
  local cumulative, sum = {}, 0
  for r = 1, n do
    sum = sum + 1 / r
    cumulative[r] = sum
  end
  return function()
    local x, lo, hi = math.random() * sum, 1, n
    while lo < hi do
      local mid = math.floor((lo + hi) / 2)
      if cumulative[mid] < x then lo = mid + 1 else hi = mid end
    end
    return lo
  end
end

local word_rank, official_rank, country_rank = zipf(#words), zipf(#officials), zipf(#countries)

local function word() return words[word_rank()] end
local function official() return officials[official_rank()] end
local function country() return countries[country_rank()] end
local function year() return 2000 + math.random(0, 26) end
local function article() return string.format("/article/syn-%d-%07d", seed, math.random(0, docs - 1)) end

local function path()
  local p = math.random() * 100
  if p < 22 then return "/search?q=" .. word()
  elseif p < 35 then return "/search?q=" .. word() .. "+" .. word()
  elseif p < 40 then return "/search?q=" .. phrases[math.random(#phrases)]
  elseif p < 43 then return "/search?q=" .. word() .. "+OR+" .. word()
  elseif p < 53 then return "/search?q=" .. word() .. "&country=" .. country()
  elseif p < 58 then return "/search?q=" .. word() .. "&official=" .. official()
  elseif p < 63 then
    local from = year()
    return "/search?q=" .. word() .. "&from=" .. from .. "&to=" .. math.min(2026, from + math.random(0, 4))
  elseif p < 65 then return "/search?country=" .. country() .. "&sort=date"
  elseif p < 68 then return "/search?official=" .. official() .. "&sort=date"
  elseif p < 73 then return "/search?q=" .. word() .. "&page=" .. math.random(2, 5)
  elseif p < 76 then return "/"
  elseif p < 78 then return "/search?sort=date&page=" .. math.random(1, 3)
  elseif p < 86 then return article()
  elseif p < 90 then return article() .. "?q=" .. word()
  elseif p < 92 then return "/official/" .. official()
  elseif p < 94 then return "/country/" .. country()
  elseif p < 98 then return "/api/search?q=" .. word()
  else return "/search.atom?q=" .. word()
  end
end

local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

-- Each thread draws its own sequence, and each run a new one (the clock is in the seed): a measured run does not
-- replay the warm-up's requests into the server's result cache.
function init(args)
  docs = tonumber(args[1]) or docs
  seed = tonumber(args[2]) or seed
  local rate, connections = tonumber(args[3]), tonumber(args[4])
  if rate and connections then
    pause = math.floor(connections * 1000 / rate)
  end
  math.randomseed(os.time() * 1000 + (thread_id or 0))
end

function request()
  return wrk.format("GET", path())
end

function delay()
  return pause
end
