#!/usr/bin/python3
"""A real SMTP server for the alert tests (Debian's python3-aiosmtpd): listens on 127.0.0.1:PORT, with
STARTTLS required when --cert/--key are given and a login required when --user/--password are given, and
appends each received message to --out as one JSON line. Prints READY when it accepts connections and
stops when its standard input closes (the test ends)."""
import argparse
import json
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--out", required=True)
parser.add_argument("--cert")
parser.add_argument("--key")
parser.add_argument("--user")
parser.add_argument("--password")
args = parser.parse_args()


class Sink:
    async def handle_DATA(self, server, session, envelope):
        record = {
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "data": envelope.content.decode("utf-8", "replace"),
            "tls": session.ssl is not None,
            "authenticated": bool(session.authenticated),
        }
        with open(args.out, "a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")
        return "250 Message accepted"


def authenticator(server, session, envelope, mechanism, auth_data):
    if isinstance(auth_data, LoginPassword) and auth_data.login == args.user.encode() \
            and auth_data.password == args.password.encode():
        return AuthResult(success=True)
    return AuthResult(success=False, handled=False)


options = {}
if args.cert:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    options.update(tls_context=context, require_starttls=True)
if args.user:
    options.update(authenticator=authenticator, auth_required=True, auth_require_tls=bool(args.cert))

controller = Controller(Sink(), hostname="127.0.0.1", port=args.port, **options)
controller.start()
print("READY", flush=True)
sys.stdin.read()
controller.stop()
