"""The registry upload rules: what counts as added, status changed, details changed, removed; what a status
change needs; mass removals; and the fast path of diff_files agreeing with the plain diff."""

from __future__ import annotations

from content.registry_diff import MASS_REMOVAL, check_upload, diff, diff_files, parse_rows

HEADER = (
    "licence_no,name,other_names,tin,status,issued_on,expires_on,status_changed_on,status_reason,"
    "region,address,phone,countries\n"
)


def row(
    n: int,
    status: str = "active",
    changed: str = "",
    reason: str = "",
    countries: str = "kr;de",
    address: str = "Addr",
) -> str:
    return (
        f"L-{n:04d},Agency {n},,{n:09d},{status},2024-01-01,2029-01-01,{changed},{reason},Toshkent,"
        f"{address},+998 00 000 00 00,{countries}\n"
    )


def test_each_kind_of_change_and_the_rules() -> None:
    old = (HEADER + row(1) + row(2) + row(3) + row(4)).encode()
    new = (
        HEADER + row(1, countries=" KR ; de") + row(2, "revoked") + row(3, address="New") + row(5)
    ).encode()
    assert check_upload(new) == []
    result = diff_files(old, new)
    assert result.counts == {
        "added": 1,
        "status_changed": 1,
        "details_changed": 1,
        "removed": 1,
        "unchanged": 1,
    }
    assert any("needs the date" in p for p in result.problems) and any(
        "needs the reason" in p for p in result.problems
    )
    fixed = new.replace(
        b"L-0002,Agency 2,,000000002,revoked,2024-01-01,2029-01-01,,",
        b"L-0002,Agency 2,,000000002,revoked,2024-01-01,2029-01-01,2026-12-01,Fees taken",
    )
    assert diff_files(old, fixed).problems == []
    assert diff_files(old, fixed).counts == diff(parse_rows(old), parse_rows(fixed)).counts


def test_removing_many_needs_the_count_typed() -> None:
    old = (HEADER + "".join(row(n) for n in range(MASS_REMOVAL + 5))).encode()
    new = (HEADER + row(0)).encode()
    assert "type 14 to confirm" in diff_files(old, new).problems[0]
    assert diff_files(old, new, confirm_removals=14).problems == []


def test_the_same_files_compared_again_keep_the_rule_on_removals() -> None:
    """diff_files remembers the last two files it compared (the console compares an upload on arrival, on
    apply and in the publish summary); what the officer typed is still checked each time."""
    old = (HEADER + "".join(row(n) for n in range(MASS_REMOVAL + 5))).encode()
    new = (HEADER + row(0)).encode()
    first = diff_files(old, new)
    first.problems.append("a caller's own note")
    again = diff_files(old, new)
    assert again.problems == [first.problems[0]] and "type 14" in again.problems[0]
    assert diff_files(old, new, confirm_removals=14).problems == []
    assert diff_files(old, new).problems == again.problems


def test_a_changed_reason_code_is_a_changed_detail() -> None:
    """`status_reason_code` words the reason in the traveller's language on every kiosk: an upload that
    changes or drops it changes what kiosks say, so the desk must see it before it is signed. A file
    without the column and one with it empty are the same registry."""
    header = HEADER.rstrip("\n") + ",status_reason_code\n"
    revoked = row(2, "revoked", "2026-01-05", "Gave false information").rstrip("\n")
    old = (header + row(1).rstrip("\n") + ",\n" + revoked + ",false_information\n").encode()
    for new in ((header + row(1).rstrip("\n") + ",\n" + revoked + ",\n").encode(),
                (HEADER + row(1) + revoked + "\n").encode()):
        assert check_upload(new) == []
        result = diff_files(old, new)
        assert result.counts["details_changed"] == 1, result.counts
        assert result.details_changed[0].key == "L-0002"
        assert "status_reason_code" in result.details_changed[0].fields
        assert result.counts == diff(parse_rows(old), parse_rows(new)).counts
    plain = (HEADER + row(1)).encode()
    assert diff_files(plain, (header + row(1).rstrip("\n") + ",\n").encode()).counts["unchanged"] == 1
