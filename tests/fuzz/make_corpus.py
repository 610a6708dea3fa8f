#!/usr/bin/env python3
"""Writes the seed corpora under tests/fuzz/corpus/<target>/ from the tests' own data: the Slack request
fixtures (tests/fixtures), the labeled detector corpus (tests/data/detector/*.jsonl) and the phrases of
tests/handlers/time_phrases_test.cpp, plus a few hostile inputs per target. Files are named by the SHA-1 of their
content, as libFuzzer names what it finds. Rerun after the fixtures change: python3 tests/fuzz/make_corpus.py"""

import copy
import hashlib
import json
import pathlib
import re
import shutil
import urllib.parse

here = pathlib.Path(__file__).resolve().parent
tests = here.parent
out_root = here / "corpus"

fixtures = tests / "fixtures"
drafts = []
for f in sorted((tests / "data" / "detector").glob("*.jsonl")):
    for line in f.read_text(encoding="utf-8").splitlines():
        if line.strip():
            drafts.append(json.loads(line)["text"])

hostile_texts = [
    "", " ", "{{topic}}", "{{{topic}}}", "{{#vague}}x{{/vague}}", "{{> partial}}", "{{=<% %>=}}",
    "}}{{", "&amp; <@U0001> <#C0001|eng> <https://x.invalid|x> &lt;&gt;", "'; DROP TABLE commitments; --",
    "\x00\x01\x02 nul", "caf\u00e9 \u2014 \u201cquoted\u201d \U0001F600", "in 3 weeks by 2026-02-30 for $1e309",
    "x" * 3000, ("very " * 600) + "soon", "I don't think we can add SSO by Friday " * 40,
]
hostile_bytes = [b"\xff\xfe", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"abc\xe2\x82", b"\xe2\x82\xacok"]


def write(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    d = out_root / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def form(pairs):
    return urllib.parse.urlencode(pairs, quote_via=urllib.parse.quote_plus)


def payload_body(obj):
    return form([("payload", json.dumps(obj, separators=(",", ":")))])


def slash(text, command="/pushback"):
    base = dict(urllib.parse.parse_qsl((fixtures / "slash_command.form").read_text(), keep_blank_values=True))
    base["command"] = command
    base["text"] = text
    return form(list(base.items()))


if out_root.exists():
    shutil.rmtree(out_root)

# form: the raw form fixtures, every JSON fixture as an interactivity body, and malformed escapes.
form_fixtures = [p.read_text() for p in sorted(fixtures.glob("*.form"))]
json_fixtures = {p.stem: json.loads(p.read_text()) for p in sorted(fixtures.glob("*.json"))}
for body in form_fixtures:
    write("form", body)
for obj in json_fixtures.values():
    write("form", payload_body(obj))
for body in ["a=1&a=2&b", "&&=&", "%", "%4", "%zz=1", "k%3D=v%26w", "+%2B+=%20", "text=%E2%80%94%00", "=" * 5]:
    write("form", body)

# signature: "<timestamp>\n<signature>\n<body>", starting from Slack's worked example.
doc_body = (fixtures / "slack_doc_signature_example.form").read_text()
doc_sig = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
for ts, sig in [("1531420618", doc_sig), ("1531420618", doc_sig.upper().replace("V0=", "v0=")),
                ("1531420000", doc_sig), ("01531420618", doc_sig), ("-1531420618", doc_sig), ("", doc_sig),
                ("1531420618", ""), ("1531420618", "v0="), ("1531420618", "v1=" + doc_sig[3:]),
                ("9999999999999", doc_sig), ("1531420618", doc_sig[:-1] + "g")]:
    write("signature", f"{ts}\n{sig}\n{doc_body}")

# dispatch: byte 0 = shape (bit 0: JSON content type, bit 1: retry header, bit 2: Slack calls fail).
def dispatch(body, shape=0):
    write("dispatch", bytes([shape]) + body.encode("utf-8"))

for body in form_fixtures:
    dispatch(body)
for text in ["", "help", "ladder", "checklist", "commit Ship SSO by Friday", "log", "log SSO", "export",
             "followup <@U0002|alex> tomorrow 9am", "followup <@U0002> in 2h", "followup", "followup me eod",
             "{{topic}} &lt;script&gt;", "x" * 3000] + drafts[::60]:
    dispatch(slash(text))
dispatch(slash("help", "/unknown"))
msg_action = json_fixtures["message_action"]
dispatch(payload_body(msg_action))
actions = json_fixtures["block_actions"]
for action_id, value in [("log_commitment", actions["actions"][0]["value"]), ("show_ladder", "ladder"),
                         ("commitment_edit", "1"), ("commitment_done", "1"), ("remind_followup", "Ship SSO"),
                         ("reminder_done", "1"), ("reminder_snooze", "1"), ("reminder_tomorrow", "2"),
                         ("unknown_action", "")]:
    a = copy.deepcopy(actions)
    a["actions"][0]["action_id"] = action_id
    a["actions"][0]["value"] = value
    dispatch(payload_body(a))
view = json_fixtures["view_submission"]
dispatch(payload_body(view))
v = copy.deepcopy(view)
v["view"]["private_metadata"] = "1"
dispatch(payload_body(v))
v = copy.deepcopy(view)
v["view"]["callback_id"] = "reframe_modal"
v["view"]["private_metadata"] = json.dumps({"c": "C0001", "t": "1716540000.000100"})
v["view"]["state"]["values"] = {"reply": {"reply_input": {"type": "plain_text_input", "value": "Can we do X by Friday?"}}}
dispatch(payload_body(v))
v = copy.deepcopy(view)
v["view"]["callback_id"] = "followup_modal"
v["view"]["private_metadata"] = json.dumps({"c": "C0001", "r": "https://hooks.slack.com/x"})
v["view"]["state"]["values"] = {
    "person": {"person": {"type": "users_select", "selected_user": "U0002"}},
    "when": {"when": {"type": "plain_text_input", "value": "tomorrow 9am"}},
    "raised": {"raised": {"type": "plain_text_input", "value": "SSO scope"}}}
dispatch(payload_body(v))
v = copy.deepcopy(view)
v["type"] = "view_closed"
dispatch(payload_body(v))
dispatch(json.dumps(json_fixtures["app_home_opened"]), 1)
dispatch(json.dumps(json_fixtures["app_home_opened"]), 3)
dispatch(json.dumps(json_fixtures["url_verification"]), 1)
dispatch(json.dumps({"type": "app_rate_limited", "team_id": "T0001"}), 1)
dispatch("[" * 70 + "]" * 70, 1)
dispatch(payload_body({"type": "block_actions", "team": {"id": "T1"}, "user": {"id": "U1"}, "actions": [[]]}))

# detector: every labeled draft, and hostile text.
for text in drafts + hostile_texts:
    write("detector", text)
for b in hostile_bytes:
    write("detector", b + b" we might need a few tweaks soon")

# templates: byte 0 = perspective and template choice; summary fields are split on 0x1F.
for i, text in enumerate(drafts[::8] + hostile_texts):
    write("templates", bytes([i % 256]) + text.encode("utf-8"))
for b in hostile_bytes:
    write("templates", b"\x01" + b + b"{{topic}} by Friday")
for fields in [["<@U0002>", "SSO by Friday", "SAML only; both later", "SAML Friday", "audit logs next sprint"],
               ["alex", "", "", "", ""], ["{{with_whom}}", "{{#has_raised}}x{{/has_raised}}", "&<>", "", "}}"],
               ["x" * 2000] * 5]:
    write("templates", b"\x00" + "\x1f".join(fields).encode("utf-8"))

# when: byte 0 = zone, byte 1 = now (see when_fuzz.cpp); phrases from the storage tests.
source = (tests / "handlers" / "time_phrases_test.cpp").read_text()
phrases = sorted(set(re.findall(r'(?:when|error)\("([^"\\]*)"', source)))
phrases += ["in 99999999999999999999 hours", "in -1h", "at 25:61", "next next friday", "\xff", "in 1h" * 50]
for i, p in enumerate(phrases):
    write("when", bytes([i % 10, (i * 7) % 10]) + p.encode("utf-8", "surrogateescape"))

for d in sorted(out_root.iterdir()):
    files = list(d.iterdir())
    print(f"{d.name}: {len(files)} files, {sum(f.stat().st_size for f in files)} bytes")
