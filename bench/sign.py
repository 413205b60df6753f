"""Prints COUNT calls of QueryTransferInByInstanceId signed with V1 (HMAC-SHA1), one per
line as a path and query, each with a nonce of its own: bench/signatures.sh sends them.

    python3 bench/sign.py ACCESS_KEY_ID SECRET INSTANCE_ID COUNT
"""
import base64
import datetime
import hashlib
import hmac
import sys
import urllib.parse
import uuid


def encode(value):
    return urllib.parse.quote(value, safe="-_.~")


def main():
    key, secret, instance, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    timestamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    signing_key = (secret + "&").encode()
    out = sys.stdout
    for _ in range(count):
        parameters = {
            "Action": "QueryTransferInByInstanceId", "Version": "2018-01-29", "Format": "JSON",
            "InstanceId": instance, "AccessKeyId": key, "SignatureMethod": "HMAC-SHA1",
            "SignatureVersion": "1.0", "SignatureNonce": uuid.uuid4().hex, "Timestamp": timestamp,
        }
        canonical = "&".join(encode(k) + "=" + encode(v) for k, v in sorted(parameters.items()))
        string_to_sign = "POST&%2F&" + encode(canonical)
        signature = base64.b64encode(hmac.new(signing_key, string_to_sign.encode(), hashlib.sha1).digest())
        out.write("/?" + canonical + "&Signature=" + encode(signature.decode()) + "\n")


if __name__ == "__main__":
    main()
