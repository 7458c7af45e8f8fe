"""Shared helpers for the report generators: read a src file = 'key: value' header, '---', body."""
import re


def read_src(path):
    text = open(path, encoding="utf-8").read()
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if not line.strip():
            continue
        k, _, v = line.partition(":")
        meta.setdefault(k.strip(), []).append(v.strip())
    return meta, body


def one(meta, key, default=""):
    return meta.get(key, [default])[0]
