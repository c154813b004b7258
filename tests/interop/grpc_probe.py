#!/usr/bin/python3
"""Calls a LandPlatform gRPC endpoint with grpcio, an implementation nobody here wrote.

Run with Debian's interpreter, which has python3-grpcio (pyenv's python3 on PATH does not):

    /usr/bin/python3 tests/interop/grpc_probe.py --target 127.0.0.1:5101 health [--service NAME]
    /usr/bin/python3 tests/interop/grpc_probe.py --target 127.0.0.1:5101 credit --uscc 9135...
    /usr/bin/python3 tests/interop/grpc_probe.py --target 127.0.0.1:5101 --token eyJ... credit --uscc 9135...
    /usr/bin/python3 tests/interop/grpc_probe.py --target 127.0.0.1:5103 --token eyJ... commitments --contract-id 0192...

--token sends "authorization: Bearer <token>" metadata (Check requires admission's or contracts'
service identity).

Prints one JSON object: {"code": "OK"|"NOT_FOUND"|..., "details": str|null, "response": {...}|null}
and exits 0 whenever the call completed (whatever its status); 2 on usage errors, 3 when grpcio
is missing. Messages are encoded by hand (no generated stubs) so the probe stays one file.
"""
import argparse
import json
import struct
import sys

try:
    import grpc
except ImportError:
    print("grpcio is not importable: install Debian's python3-grpcio and run with /usr/bin/python3",
          file=sys.stderr)
    sys.exit(3)


# --- a tiny protobuf wire-format codec (developers.google.com/protocol-buffers/docs/encoding) ---

def _varint(value):
    out = bytearray()
    value &= (1 << 64) - 1  # negative int64 travels as ten bytes, two's complement
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _string_field(number, text):
    if not text:
        return b""  # proto3 omits default values
    data = text.encode("utf-8")
    return _varint(number << 3 | 2) + _varint(len(data)) + data


def _read_varint(data, pos):
    shift = result = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def _fields(data):
    """Yields (field number, wire type, value) for every field; value is int or bytes."""
    pos = 0
    while pos < len(data):
        key, pos = _read_varint(data, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _read_varint(data, pos)
        elif wire == 2:
            length, pos = _read_varint(data, pos)
            value, pos = data[pos:pos + length], pos + length
        elif wire == 1:
            value, pos = struct.unpack_from("<q", data, pos)[0], pos + 8
        elif wire == 5:
            value, pos = struct.unpack_from("<i", data, pos)[0], pos + 4
        else:
            raise ValueError("unsupported wire type %d" % wire)
        yield number, wire, value


# --- grpc.health.v1 -----------------------------------------------------------------------

SERVING_STATUS = {0: "UNKNOWN", 1: "SERVING", 2: "NOT_SERVING", 3: "SERVICE_UNKNOWN"}


def encode_health_request(service):
    return _string_field(1, service)


def decode_health_response(data):
    status = 0
    for number, _, value in _fields(data):
        if number == 1:
            status = value
    return {"status": SERVING_STATUS.get(status, str(status))}


# --- landplatform.credit.v1 ---------------------------------------------------------------

def encode_check_request(uscc):
    return _string_field(1, uscc)


def _decode_timestamp(data):
    seconds = nanos = 0
    for number, _, value in _fields(data):
        if number == 1:
            seconds = value
        elif number == 2:
            nanos = value
    return {"seconds": seconds, "nanos": nanos}


CREDIT_STANDING = {0: "UNSPECIFIED", 1: "CLEAR", 2: "NOTICED", 3: "LISTED"}
SUBJECT_RELATION = {0: "UNSPECIFIED", 1: "SAME_LEGAL_REPRESENTATIVE",
                    2: "CONTROLLED_BY_THE_ENTERPRISE", 3: "CONTROLS_THE_ENTERPRISE"}


def _decode_document(data):
    document = {"type": "", "number": "", "date": ""}
    names = {1: "type", 2: "number", 3: "date"}
    for number, _, value in _fields(data):
        if number in names:
            document[names[number]] = value.decode("utf-8")
    return document


def _decode_listing(data):
    listing = {"listing_id": "", "reason": "", "listed_at": None, "enterprise_name": "", "uscc": "",
               "status": "", "document": None, "noticed_at": None, "last_day_to_object": "",
               "period_ends_at": None}
    strings = {1: "listing_id", 2: "reason", 4: "enterprise_name", 5: "uscc", 6: "status", 9: "last_day_to_object"}
    stamps = {3: "listed_at", 8: "noticed_at", 10: "period_ends_at"}
    for number, _, value in _fields(data):
        if number in strings:
            listing[strings[number]] = value.decode("utf-8")
        elif number in stamps:
            listing[stamps[number]] = _decode_timestamp(value)
        elif number == 7:
            listing["document"] = _decode_document(value)
    return listing


def _decode_hit(data):
    hit = {"related_uscc": "", "relation": SUBJECT_RELATION[0], "listing": None}
    for number, _, value in _fields(data):
        if number == 1:
            hit["related_uscc"] = value.decode("utf-8")
        elif number == 2:
            hit["relation"] = SUBJECT_RELATION.get(value, str(value))
        elif number == 3:
            hit["listing"] = _decode_listing(value)
    return hit


def decode_check_response(data):
    response = {"uscc": "", "blacklisted": False, "listings": [], "status": CREDIT_STANDING[0],
                "pending_notices": [], "related_subject_hits": []}
    for number, _, value in _fields(data):
        if number == 1:
            response["uscc"] = value.decode("utf-8")
        elif number == 2:
            response["blacklisted"] = bool(value)
        elif number == 3:
            response["listings"].append(_decode_listing(value))
        elif number == 4:
            response["status"] = CREDIT_STANDING.get(value, str(value))
        elif number == 5:
            response["pending_notices"].append(_decode_listing(value))
        elif number == 6:
            response["related_subject_hits"].append(_decode_hit(value))
    return response


# --- landplatform.contracts.v1 ------------------------------------------------------------

COMMITMENTS_STRINGS = {1: "contract_id", 2: "uscc", 3: "enterprise_name", 4: "parcel_code", 5: "policy_pack_id",
                       6: "supply_mode", 7: "land_area_m2", 8: "developed_land_area_m2", 9: "floor_area_m2",
                       10: "self_held_share_percent", 12: "signed_on", 13: "delivered_on", 14: "agreed_start_by",
                       15: "started_on", 16: "agreed_completion_by", 17: "completed_on",
                       18: "assessment_window_opens_on", 19: "assessment_window_closes_on", 20: "state",
                       21: "transaction_price", 23: "land_use"}


def encode_commitments_request(contract_id):
    return _string_field(1, contract_id)


def _decode_indicator(data):
    indicator = {"code": "", "value": "", "unit": "", "clause": ""}
    names = {1: "code", 2: "value", 3: "unit", 4: "clause"}
    for number, _, value in _fields(data):
        if number in names:
            indicator[names[number]] = value.decode("utf-8")
    return indicator


def decode_commitments(data):
    response = {name: "" for name in COMMITMENTS_STRINGS.values()}
    response["indicators"] = []
    response["term_years"] = 0
    for number, _, value in _fields(data):
        if number in COMMITMENTS_STRINGS:
            response[COMMITMENTS_STRINGS[number]] = value.decode("utf-8")
        elif number == 11:
            response["indicators"].append(_decode_indicator(value))
        elif number == 22:
            response["term_years"] = value
    return response


# --- the call ------------------------------------------------------------------------------

def call(target, path, request_bytes, decode, timeout, token=None):
    with grpc.insecure_channel(target) as channel:
        method = channel.unary_unary(
            path,
            request_serializer=lambda raw: raw,  # already encoded
            response_deserializer=decode,
        )
        try:
            metadata = [("authorization", "Bearer " + token)] if token else None
            response = method(request_bytes, timeout=timeout, metadata=metadata)
            return {"code": "OK", "details": None, "response": response}
        except grpc.RpcError as error:
            return {"code": error.code().name, "details": error.details(), "response": None}


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", required=True, help="host:port of the h2c gRPC endpoint")
    parser.add_argument("--timeout", type=float, default=10.0, help="deadline in seconds")
    parser.add_argument("--token", default=None, help="bearer token sent as authorization metadata")
    commands = parser.add_subparsers(dest="command", required=True)
    health = commands.add_parser("health", help="grpc.health.v1.Health/Check")
    health.add_argument("--service", default="")
    credit = commands.add_parser("credit", help="landplatform.credit.v1.CreditCheck/Check")
    credit.add_argument("--uscc", required=True)
    commitments = commands.add_parser("commitments", help="landplatform.contracts.v1.ContractCommitments/GetCommitments")
    commitments.add_argument("--contract-id", required=True)
    raw = commands.add_parser("call", help="any method taking and returning CheckRequest/CheckResponse")
    raw.add_argument("--path", required=True)
    raw.add_argument("--uscc", default="")
    args = parser.parse_args(argv)

    if args.command == "health":
        result = call(args.target, "/grpc.health.v1.Health/Check",
                      encode_health_request(args.service), decode_health_response, args.timeout, args.token)
    elif args.command == "credit":
        result = call(args.target, "/landplatform.credit.v1.CreditCheck/Check",
                      encode_check_request(args.uscc), decode_check_response, args.timeout, args.token)
    elif args.command == "commitments":
        result = call(args.target, "/landplatform.contracts.v1.ContractCommitments/GetCommitments",
                      encode_commitments_request(args.contract_id), decode_commitments, args.timeout, args.token)
    else:
        result = call(args.target, args.path,
                      encode_check_request(args.uscc), decode_check_response, args.timeout, args.token)

    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
