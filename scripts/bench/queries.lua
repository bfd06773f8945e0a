-- wrk script: rotates a realistic mix of results-page requests (the bench task file's page and filter queries).
-- Each connection starts at a different point of the list so 16 connections do not ask the same thing in step.
local paths = {
  "/search?q=talks",
  "/search?q=trade+security",
  "/search?q=%22foreign+minister%22",
  "/search?q=visa",
  "/search?q=vikram+sharma",
  "/search?q=diplomacy+pipelines",
  "/search?q=surplus+OR+technology",
  "/search?q=policy",
  "/search?q=%22high+commissioner%22",
  "/search?q=gronoual",
  "/search?q=talks&country=PK",
  "/search?q=trade&country=CN&from=2010-01-01&to=2020-12-31",
  "/search?q=visit&official=yang-qiming",
  "/search?country=US&sort=date",
  "/search?sort=date",
  "/search?q=talks&page=5",
}

local counter = 0

function setup(thread)
  thread:set("offset", counter * 7)
  counter = counter + 1
end

function init(args)
  i = offset or 0
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
