#!/usr/bin/env python3
"""Regenerates assets/map/region.txt, the country outlines of the explorer's map.

Source: Natural Earth 1:110m admin-0 countries (public domain) as the npm package world-atlas
ships them (countries-110m.json, TopoJSON; see assets/map/SOURCE.md). Standard library only:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 tools/make-map.py package/countries-110m.json

The version written into the header is read from the package.json (and the Natural Earth
version from the README.md) next to the JSON file, when they are there.

Kept: every country with at least one polygon whose bounding box meets longitude 10..180,
latitude -12..90, with all of its polygons (Russia's piece east of the antimeridian, which
Natural Earth stores at longitudes -180..-169, is kept as it is; any other included country's
polygon lying wholly west of -165 would be dropped). Output, countries sorted by ISO 3166-1
alpha-3 code, polygons in source order:

    # comment lines
    C <ISO3> <sco|ctx> <name as in the source>
    P                       a polygon; its first R is the outer ring, further R lines holes
    R lon,lat lon,lat ...   degrees, at most 2 decimals, ring implicitly closed

Rings lose consecutive duplicate points after rounding and their repeated closing point.
world-atlas 2 has stitched Natural Earth's cut at the antimeridian back together (Russia's
mainland and Wrangel Island are single rings running from 178.6 to -180 and back); such rings
are cut at +-180 again, so that every polygon can be drawn on a flat map (see
split_at_antimeridian).
"""

import hashlib
import json
import pathlib
import re
import sys

OUT = pathlib.Path(__file__).resolve().parent.parent / "assets" / "map" / "region.txt"

BOX = (10.0, -12.0, 180.0, 90.0)  # min lon, min lat, max lon, max lat
WEST_CUTOFF = -165.0  # polygons wholly west of this are dropped, except Russia's
SCO = {"CHN", "IND", "RUS", "IRN", "PAK", "KAZ", "UZB", "BLR", "KGZ", "TJK", "MNG", "AFG"}

# ISO 3166-1 numeric -> alpha-3, for every id countries-110m.json uses.
ALPHA3 = {
    "004": "AFG", "008": "ALB", "010": "ATA", "012": "DZA", "024": "AGO", "031": "AZE",
    "032": "ARG", "036": "AUS", "040": "AUT", "044": "BHS", "050": "BGD", "051": "ARM",
    "056": "BEL", "064": "BTN", "068": "BOL", "070": "BIH", "072": "BWA", "076": "BRA",
    "084": "BLZ", "090": "SLB", "096": "BRN", "100": "BGR", "104": "MMR", "108": "BDI",
    "112": "BLR", "116": "KHM", "120": "CMR", "124": "CAN", "140": "CAF", "144": "LKA",
    "148": "TCD", "152": "CHL", "156": "CHN", "158": "TWN", "170": "COL", "178": "COG",
    "180": "COD", "188": "CRI", "191": "HRV", "192": "CUB", "196": "CYP", "203": "CZE",
    "204": "BEN", "208": "DNK", "214": "DOM", "218": "ECU", "222": "SLV", "226": "GNQ",
    "231": "ETH", "232": "ERI", "233": "EST", "238": "FLK", "242": "FJI", "246": "FIN",
    "250": "FRA", "260": "ATF", "262": "DJI", "266": "GAB", "268": "GEO", "270": "GMB",
    "275": "PSE", "276": "DEU", "288": "GHA", "300": "GRC", "304": "GRL", "320": "GTM",
    "324": "GIN", "328": "GUY", "332": "HTI", "340": "HND", "348": "HUN", "352": "ISL",
    "356": "IND", "360": "IDN", "364": "IRN", "368": "IRQ", "372": "IRL", "376": "ISR",
    "380": "ITA", "384": "CIV", "388": "JAM", "392": "JPN", "398": "KAZ", "400": "JOR",
    "404": "KEN", "408": "PRK", "410": "KOR", "414": "KWT", "417": "KGZ", "418": "LAO",
    "422": "LBN", "426": "LSO", "428": "LVA", "430": "LBR", "434": "LBY", "440": "LTU",
    "442": "LUX", "450": "MDG", "454": "MWI", "458": "MYS", "466": "MLI", "478": "MRT",
    "484": "MEX", "496": "MNG", "498": "MDA", "499": "MNE", "504": "MAR", "508": "MOZ",
    "512": "OMN", "516": "NAM", "524": "NPL", "528": "NLD", "540": "NCL", "548": "VUT",
    "554": "NZL", "558": "NIC", "562": "NER", "566": "NGA", "578": "NOR", "586": "PAK",
    "591": "PAN", "598": "PNG", "600": "PRY", "604": "PER", "608": "PHL", "616": "POL",
    "620": "PRT", "624": "GNB", "626": "TLS", "630": "PRI", "634": "QAT", "642": "ROU",
    "643": "RUS", "646": "RWA", "682": "SAU", "686": "SEN", "688": "SRB", "694": "SLE",
    "703": "SVK", "704": "VNM", "705": "SVN", "706": "SOM", "710": "ZAF", "716": "ZWE",
    "724": "ESP", "728": "SSD", "729": "SDN", "732": "ESH", "740": "SUR", "748": "SWZ",
    "752": "SWE", "756": "CHE", "760": "SYR", "762": "TJK", "764": "THA", "768": "TGO",
    "780": "TTO", "784": "ARE", "788": "TUN", "792": "TUR", "795": "TKM", "800": "UGA",
    "804": "UKR", "807": "MKD", "818": "EGY", "826": "GBR", "834": "TZA", "840": "USA",
    "854": "BFA", "858": "URY", "860": "UZB", "862": "VEN", "887": "YEM", "894": "ZMB",
}

# Natural Earth units that have no ISO 3166-1 numeric code (world-atlas gives them no id),
# by their name in the source. XKX is the user-assigned code in common use for Kosovo;
# CYN and SOL are Natural Earth's own ADM0_A3 codes.
NO_ID = {"Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL"}


def decode_arcs(topo):
    """Absolute lon/lat arcs: delta-decode the quantized positions, then scale and translate."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def stitch(ring_arcs, arcs):
    """One ring from its arc indices; ~i is arc i reversed; each following arc's first point,
    the previous arc's last, is dropped."""
    ring = []
    for index in ring_arcs:
        points = arcs[~index][::-1] if index < 0 else arcs[index]
        ring.extend(points[1:] if ring else points)
    return ring


def clip(ring, line, keep_west):
    """Sutherland-Hodgman: the part of the ring west (or east) of the meridian `line`."""
    def inside(p):
        return p[0] <= line if keep_west else p[0] >= line
    out = []
    for i, current in enumerate(ring):
        previous = ring[i - 1]
        if inside(current):
            if not inside(previous):
                out.append(cross(previous, current, line))
            out.append(current)
        elif inside(previous):
            out.append(cross(previous, current, line))
    return out


def cross(a, b, line):
    t = (line - a[0]) / (b[0] - a[0])
    return (line, a[1] + t * (b[1] - a[1]))


def split_at_antimeridian(polygon):
    """world-atlas 2 stitches Natural Earth's cut at the antimeridian back together: a ring such
    as Russia's mainland jumps from 178.6 to -180 and back. Drawn on a flat map such a ring
    spans the whole world, so it is cut at +-180 again: the piece on the far side keeps its
    negative (or positive) longitudes and follows as a polygon of its own."""
    outer = polygon[0]
    if all(abs(b[0] - a[0]) <= 180 for a, b in zip(outer, outer[1:])):
        return [polygon]
    if len(polygon) > 1:
        sys.exit("a polygon with holes crosses the antimeridian; splitting it is not implemented")
    unwrapped = [outer[0]]
    for lon, lat in outer[1:]:
        previous = unwrapped[-1][0]
        while lon - previous > 180:
            lon -= 360
        while lon - previous < -180:
            lon += 360
        unwrapped.append((lon, lat))
    lons = [p[0] for p in unwrapped]
    line = 180.0 if max(lons) > 180 else -180.0
    near = clip(unwrapped, line, keep_west=line > 0)
    far = clip(unwrapped, line, keep_west=line < 0)
    shift = -360.0 if line > 0 else 360.0
    far = [(lon + shift, lat) for lon, lat in far]
    if min(lons) < -180 and max(lons) > 180:
        sys.exit("a ring wraps the whole globe")
    return [[piece] for piece in (near, far) if len(piece) >= 3]


def number(v):
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def rounded_ring(ring):
    """The ring as text points: rounded, no consecutive duplicates, no closing point."""
    out = []
    for lon, lat in ring:
        p = f"{number(lon)},{number(lat)}"
        if not out or out[-1] != p:
            out.append(p)
    while len(out) > 1 and out[-1] == out[0]:
        out.pop()
    return out


def bbox(ring):
    lons = [p[0] for p in ring]
    lats = [p[1] for p in ring]
    return min(lons), min(lats), max(lons), max(lats)


def meets_box(b):
    return b[0] <= BOX[2] and b[2] >= BOX[0] and b[1] <= BOX[3] and b[3] >= BOX[1]


def polygons_of(geometry, arcs):
    if geometry["type"] == "Polygon":
        parts = [geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        parts = geometry["arcs"]
    else:
        return []
    polygons = []
    for rings in parts:
        polygons.extend(split_at_antimeridian([stitch(r, arcs) for r in rings]))
    return polygons


def versions(source):
    """(world-atlas version, Natural Earth version) from the files next to the JSON, if any."""
    package = source.parent / "package.json"
    readme = source.parent / "README.md"
    atlas = natural_earth = "unknown"
    if package.exists():
        meta = json.loads(package.read_text(encoding="utf-8"))
        if meta.get("name") == "world-atlas":
            atlas = meta.get("version", atlas)
    if readme.exists():
        found = re.search(r"vector data\]\([^)]*\), version ([0-9.]+)", readme.read_text(encoding="utf-8"))
        if found:
            natural_earth = found.group(1)
    return atlas, natural_earth


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 tools/make-map.py path/to/countries-110m.json")
    source = pathlib.Path(sys.argv[1])
    raw = source.read_bytes()
    topo = json.loads(raw)
    arcs = decode_arcs(topo)
    atlas, natural_earth = versions(source)

    countries = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        numeric = geometry.get("id")
        code = ALPHA3[numeric] if numeric is not None else NO_ID[name]
        polygons = polygons_of(geometry, arcs)
        if not any(meets_box(bbox(p[0])) for p in polygons):
            continue
        kept = [p for p in polygons if code == "RUS" or bbox(p[0])[2] >= WEST_CUTOFF]
        countries.append((code, name, kept))
    countries.sort(key=lambda c: c[0])
    if len({c[0] for c in countries}) != len(countries):
        sys.exit("two countries share an ISO3 code")
    missing = SCO - {c[0] for c in countries}
    if missing:
        sys.exit(f"SCO members missing: {sorted(missing)}")

    lines = [
        "# Country outlines for the explorer's map of the SCO region.",
        f"# Source: Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (version {natural_earth}),",
        f"# as TopoJSON in the npm package world-atlas {atlas} (countries-110m.json,",
        f"# sha256 {hashlib.sha256(raw).hexdigest()}).",
        "# Natural Earth is in the public domain; world-atlas is ISC licensed",
        "# (assets/map/LICENSE-world-atlas.txt); details in assets/map/SOURCE.md.",
        "# Boundaries follow Natural Earth's de facto view and imply no position on any border.",
        f"# Regenerate: npm pack world-atlas@{atlas}; tar xzf world-atlas-{atlas}.tgz;",
        "#   python3 tools/make-map.py package/countries-110m.json",
        "# C <ISO3> <sco|ctx> <name>: a country; P: a polygon; R: a ring of lon,lat points in degrees",
        "# (first R of a P is the outer ring, further ones holes; rings are implicitly closed).",
        "# Rings crossing the antimeridian are cut at +-180: Russia's Chukotka and the east of",
        "# Wrangel Island are polygons of their own with longitudes -180..-169.",
    ]
    n_polygons = n_rings = n_points = 0
    for code, name, polygons in countries:
        lines.append(f"C {code} {'sco' if code in SCO else 'ctx'} {name}")
        for polygon in polygons:
            rings = [rounded_ring(r) for r in polygon]
            if len(rings[0]) < 3:
                continue  # outer ring vanished at 2 decimals
            rings = [rings[0]] + [r for r in rings[1:] if len(r) >= 3]
            lines.append("P")
            n_polygons += 1
            for ring in rings:
                lines.append("R " + " ".join(ring))
                n_rings += 1
                n_points += len(ring)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {n_polygons} polygons, {n_rings} rings, "
          f"{n_points} points, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
