#!/usr/bin/env python3
"""Signs in through the proxy as the demo case worker and writes a wrk Lua script with that session: mixed reads
(caseload, dossier pages) and writes (logging a follow-up action: POST, answered 302 when saved)."""
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request
from html.parser import HTMLParser

base, out = sys.argv[1], sys.argv[2]
jar = http.cookiejar.CookieJar()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def fetch(path, data=None):
    try:
        with opener.open(base + path, data=urllib.parse.urlencode(data).encode() if data else None, timeout=30) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


class Form(HTMLParser):
    """The fields of the first form in <main> with method=post: defaults as a browser would send them."""

    def __init__(self):
        super().__init__()
        self.fields, self.select, self.options, self.in_main, self.done, self.in_form, self.textarea = {}, None, [], False, False, False, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "main":
            self.in_main = True
        if tag == "form" and self.in_main and not self.done and (a.get("method") or "").lower() == "post":
            self.in_form = True
        if not self.in_form:
            return
        if tag == "input" and a.get("name") and a.get("type") not in ("submit", "button"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields[a["name"]] = a.get("value") or ""
        elif tag == "select":
            self.select, self.options = a.get("name"), []
        elif tag == "option" and self.select:
            self.options.append((a.get("value") or "", "selected" in a))
        elif tag == "textarea":
            self.textarea = a.get("name")
            self.fields[self.textarea] = ""

    def handle_endtag(self, tag):
        if tag == "select" and self.select:
            chosen = [v for v, s in self.options if s] or [v for v, _ in self.options if v]
            self.fields[self.select] = chosen[0] if chosen else ""
            self.select = None
        if tag == "form" and self.in_form:
            self.in_form, self.done = False, True
        if tag == "textarea":
            self.textarea = None


def form_of(html):
    parser = Form()
    parser.feed(html)
    return parser.fields


status, login = fetch("/Account/Login")
fields = form_of(login)
fields.update({"Input.Email": "begeleider@inburgering.test", "Input.Password": "Demo-2026!"})
status, _ = fetch("/Account/Login", fields)
assert status == 302, f"sign-in answered {status}"
status, caseload = fetch("/Caseload")
assert status == 200, f"caseload answered {status}"
ids = list(dict.fromkeys(re.findall(r'/Dossiers/([0-9a-f-]{36})', caseload)))
bodies = {}
for dossier in ids:
    status, page = fetch(f"/Dossiers/{dossier}/Actions/Log")
    if status != 200:
        continue
    f = form_of(page)
    if "__RequestVerificationToken" not in f:
        continue
    f.update({"Input.Note": "Belastingstest", "Input.Outcome": "Afgerond tijdens de belastingstest"})
    # Only forms that the portal accepts as filled in: one trial write each (counted before the load starts).
    status, answer = fetch(f"/Dossiers/{dossier}/Actions/Log", f)
    if status == 302:
        bodies[dossier] = urllib.parse.urlencode(f)
    else:
        refused = re.findall(r'field-validation-error[^>]*>([^<]+)<', answer)
        print(f"trial write on {dossier} answered {status}: {refused[:3]}", file=sys.stderr)
assert bodies, "no dossier whose action form the portal accepts"
cookie = "; ".join(f"{c.name}={c.value}" for c in jar)


def lua(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


with open(out, "w") as script:
    script.write("local ids = {" + ", ".join(lua(i) for i in bodies) + "}\n")
    script.write("local bodies = {" + ", ".join(lua(b) for b in bodies.values()) + "}\n")
    script.write("local cookie = " + lua(cookie) + "\n")
    script.write(r'''
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) counter = 0; sent = 0; acked = 0; failed = 0; signed_out = 0 end
function request()
  counter = counter + 1
  local n = (counter % #ids) + 1
  local kind = counter % 10
  if kind == 0 then
    sent = sent + 1
    return wrk.format("POST", "/Dossiers/" .. ids[n] .. "/Actions/Log", { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }, bodies[n])
  elseif kind < 4 then
    return wrk.format("GET", "/Dossiers/" .. ids[n], { ["Cookie"] = cookie })
  end
  return wrk.format("GET", "/Caseload", { ["Cookie"] = cookie })
end
function response(status, headers, body)
  if status == 302 then
    if string.find(headers["Location"] or "", "Account/Login", 1, true) then signed_out = signed_out + 1 else acked = acked + 1 end
  elseif status >= 500 then
    failed = failed + 1
  end
end
function done(summary, latency, requests)
  local w, a, f, s = 0, 0, 0, 0
  for _, t in ipairs(threads) do w = w + t:get("sent"); a = a + t:get("acked"); f = f + t:get("failed"); s = s + t:get("signed_out") end
  io.write(string.format("RESULT requests=%d sent_writes=%d acked_writes=%d http_5xx=%d signed_out=%d socket_connect=%d socket_read=%d socket_write=%d timeouts=%d p50_ms=%.1f p99_ms=%.1f rps=%.0f\n",
    summary.requests, w, a, f, s, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
''')
print(f"{len(bodies)} dossiers with an action form")
