"""The pages of the report, laid out in order. No Qt."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from fpdf.enums import XPos, YPos
from PIL import Image

from .. import media
from ..evidence import Item
from ..journal import Entry
from ..signing import CERT_FINGERPRINT_COMMAND, FINGERPRINT_COMMAND
from .catalogue import LABELS
from .declaration import FrontPage, declaration_page
from .layout import FONT, RULE, ReportPdf


def _field_rows(pdf: ReportPdf, entry: Entry, person: dict[str, str] | None,
                tx: dict[str, str], kind_names: dict[str, str], history: int,
                numbers: dict[int, int] | None = None,
                orders: dict[int, str] | None = None) -> list[tuple[str, str]]:
    """`history`: the number of the appendix holding the history, 0 if none."""
    r = entry.latest
    yes_no = {True: tx["yes"], False: tx["no"]}
    when = pdf.formats.date(r.get("date", "")) + (f" {r.get('time')}" if r.get("time") else "")
    if r.get("approximate"):
        when += " (" + tx["f_approximate"].format(note=r.get("approximate_note") or "≈") + ")"
    rows = [(tx["f_when"], when)]
    optional = [
        ("f_duration", r.get("duration")), ("f_place", r.get("place")),
        ("f_person", f"{person['name']} ({person.get('relationship', '')})" if person else ""),
        ("f_kinds", ", ".join(kind_names.get(k, k) for k in r.get("kinds") or ())),
        ("f_description", r.get("description")), ("f_exact_words", r.get("exact_words")),
        ("f_injuries", r.get("injuries")), ("f_witnesses", r.get("witnesses")),
    ]
    rows += [(tx[key], str(value)) for key, value in optional if value]
    rows.append((tx["f_children"], yes_no[bool(r.get("children_present"))]))
    rows.append((tx["f_police"], yes_no[bool(r.get("police_contacted"))]))
    police = ", ".join(p for p in (r.get("police_station"), r.get("police_officer"),
                                   r.get("police_report")) if p)
    if police:
        rows.append((tx["f_police_details"], police))
    rows.append((tx["f_medical"], yes_no[bool(r.get("medical_help"))]))
    medical = ", ".join(p for p in (r.get("medical_where"), r.get("medical_record")) if p)
    if medical:
        rows.append((tx["f_medical_details"], medical))
    rows += _exam_rows(r, tx, yes_no, numbers or {})
    if r.get("order_id") is not None:
        rows.append((tx["f_order_breached"],
                     (orders or {}).get(r.get("order_id")) or tx["order_not_included"]))
    rows.append((tx["f_fear"], str(r.get("fear", 0))))
    if r.get("tags"):
        rows.append((tx["f_tags"], ", ".join(r.get("tags"))))
    rows.append((tx["f_recorded"], pdf.formats.moment(entry.recorded_at)))
    count = len(entry.revisions)
    key = "versions_value" if history and count > 1 else "versions_value_plain"
    rows.append((tx["f_versions"], tx[key].format(count=count, appendix=history)))
    return rows


def _exam_rows(r: Any, tx: dict[str, str], yes_no: dict[bool, str],
               numbers: dict[int, int]) -> list[tuple[str, str]]:
    """The forensic medical examination: shown once she has said anything about it."""
    details = [r.get(k) for k in ("exam_date", "exam_place", "exam_result")]
    document = r.get("exam_evidence_id")
    if not (r.get("exam_referred") or any(details) or document is not None):
        return []
    rows = [(tx["f_exam"], yes_no[bool(r.get("exam_referred"))])]
    if any(details):
        rows.append((tx["f_exam_details"], ", ".join(d for d in details if d)))
    if document is not None:
        rows.append((tx["f_exam_document"],
                     tx["evidence_ref"].format(number=f"{numbers[document]:03d}")
                     if document in numbers else tx["evidence_not_included"]))
    return rows


def _evidence_block(pdf: ReportPdf, number: int, item: Item, names: dict[int, str],
                    picture: bytes | None, tx: dict[str, str],
                    evidence_kind_names: dict[str, str]) -> None:
    """A picture at the full text width (on a page of its own when it is tall, so a
    screenshot's text stays readable), then its facts, each time labelled."""
    current = item.current
    caption = current.caption or _name(pdf, item, names)
    w = h = 0.0
    room = pdf.h - pdf.t_margin - pdf.b_margin - 14  # a page less its heading
    if picture:
        with Image.open(io.BytesIO(picture)) as probe:
            width, height = probe.size
        scale = min(pdf.epw / width, room / height)
        w, h = width * scale, height * scale
    if pdf.get_y() + 10 + max(h, 40) > pdf.h - pdf.b_margin:
        pdf.add_page()  # the heading stays with its picture
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(0, 6, pdf.clean(tx["evidence_heading"].format(number=f"{number:03d}",
                                                                 caption=caption)),
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if picture:
        pdf.image(io.BytesIO(picture), x=pdf.l_margin + (pdf.epw - w) / 2, y=pdf.get_y() + 1,
                  w=w, h=h, alt_text=pdf.clean(caption))
        pdf.set_y(pdf.get_y() + h + 3)
    elif item.is_picture:
        pdf.paragraph(tx["no_picture"].format(reason=tx["picture_unreadable"]), 9)
    facts = item.facts
    image = facts.get("image") or {}
    f = pdf.formats
    derived = pdf.shipped.get(item.id, {}).get("derived")
    sealed = _original_commitment(pdf, item.id)
    if derived:
        rows = [
            (tx["e_file"], f"{names[item.id]} · {f.size(derived['size'])} · {item.mime}"),
            (tx["e_sha_copy"], derived["sha256"], "mono"),
            (tx["e_sha_original_sealed"], sealed, "mono") if sealed
            else (tx["e_sha_original"], item.sha256, "mono"),
        ]
    else:
        rows = [
            (tx["e_file"], f"{names[item.id]} · {f.size(facts['size'])} · {item.mime}"),
            ("SHA-256", item.sha256, "mono"),
        ]
    rows += [
        (tx["e_kind"], evidence_kind_names.get(current.kind, current.kind)),
        (tx["e_origin"], tx.get(f"origin_{getattr(current, 'origin', '')}", tx["origin_"])),
        (tx["e_taken"], f.stated(image["taken"]) if image.get("taken") else tx["unknown"]),
    ]
    if current.taken_at:
        rows.append((tx["e_stated"], f.stated(current.taken_at)))
    modified = facts.get("modified_at")
    rows.append((tx["e_modified"], f.moment(modified) if modified else tx["unknown"]))
    rows.append((tx["e_imported"], f.moment(facts["imported_at"])))
    camera = " ".join(p for p in (image.get("make"), image.get("model")) if p)
    if camera:
        rows.append((tx["e_camera"], camera))
    if image.get("gps") and derived and "gps" in derived.get("withheld", []):
        sealed = pdf.shipped[item.id]["facts"]["image"]["gps"]["commitment"]
        rows.append((tx["e_gps"], tx["e_gps_withheld"].format(commitment=sealed)))
    elif image.get("gps"):
        rows.append((tx["e_gps"], f"{image['gps'][0]:.6f}, {image['gps'][1]:.6f}"))
    if derived and derived.get("blanked"):
        rows.append((tx["e_blanked"], tx["e_blanked_value"]))
    sound = facts.get("media") or {}
    if sound.get("duration"):
        rows.append((tx["e_duration"], media.duration_text(sound["duration"])))
    if current.notes:
        rows.append((tx["e_notes"], current.notes))
    pdf.fields(rows, label_width=45)
    if derived and "derived" not in pdf.explained:  # once: the labels above say it after
        pdf.explained.add("derived")
        pdf.ln(1)
        pdf.paragraph(tx["derived_note"], 9)
    pdf.ln(4)


def _name(pdf: ReportPdf, item: Item, names: dict[int, str]) -> str:
    """The file's own name, or in a report that withholds names its neutral one."""
    return names[item.id] if pdf.names_withheld else item.name


def _original_commitment(pdf: ReportPdf, item_id: int) -> str:
    """The commitment to the original's SHA-256 a location-free copy stands on, or ""
    (the original goes out, or a report of format 3 gave the plain hash)."""
    shipped = pdf.shipped.get(item_id, {})
    sealed = (shipped.get("facts") or {}).get("sha256")
    if not shipped.get("derived") or not isinstance(sealed, dict):
        return ""
    return str(sealed.get("commitment", ""))


APPENDICES = ("manifest", "history", "chain", "verify", "proves")


def lay_out(pdf: ReportPdf, manifest: dict[str, Any], entries: list[Entry], items: list[Item],
            names: dict[int, str], picture: Callable[[int], bytes | None],
            tx: dict[str, str], kind_names: dict[str, str],
            evidence_kind_names: dict[str, str], attached: bool,
            progress: Callable[[float], None], front_page: FrontPage = declaration_page) -> None:
    """Every page in order: her declaration (or `front_page`), the cover, the summary,
    each incident with its evidence, the appendices, the chain-of-custody form."""
    pdf.set_title(tx["title"])
    pdf.set_lang(tx.get("lang", "en"))
    pdf.set_creator("")
    f = pdf.formats
    number = {key: n for n, key in enumerate(APPENDICES, 1)}

    def appendix(key: str, title: str) -> str:
        return tx["appendix"].format(number=number[key], title=title)

    history = number["history"] if manifest.get("includes_history") else 0
    people = {i["record"]: i.get("person") for i in manifest["incidents"]}
    numbers = {item.id: n for n, item in enumerate(items, 1)}
    pdf.shipped = {e["record"]: e for e in manifest.get("evidence", [])}
    pdf.names_withheld = manifest.get("names") == "withheld"

    front_page(pdf, manifest, tx, len(entries), len(items))

    # -- cover -------------------------------------------------------------------
    pdf.add_page()
    pdf.ln(20)
    pdf.set_font(FONT, "B", 24)
    pdf.multi_cell(0, 11, tx["title"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if manifest.get("purpose"):
        pdf.set_font(FONT, "", 13)
        pdf.multi_cell(0, 7, pdf.clean(manifest["purpose"]), align="L", new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
    pdf.ln(8)
    period = manifest["period"]
    cover = []
    if manifest.get("name"):
        cover.append((tx["prepared_by"], manifest["name"]))
    cover += [
        (tx["period"],
         f"{f.date(period['from'])} — {f.date(period['to'])}" if period["from"] else "—"),
        (tx["created"], f.moment(manifest["created_unix"])),
        (tx["incidents"], str(len(entries))),
        (tx["evidence_items"],
         f"{len(items)} ({f.size(sum(i.facts['size'] for i in items))})"),
        (tx["report_id"], manifest["report_id"]),
        (tx["fingerprint"], manifest["public_key_fingerprint"], "mono"),
    ]
    left_out = manifest.get("left_out") or []
    if left_out:
        cover.append((tx["left_out_cover"], tx["left_out_cover_value"].format(
            count=len(left_out), appendix=number["manifest"])))
    if manifest.get("pdf_certificate_fingerprint"):
        cover.append((tx["pdf_fingerprint"], manifest["pdf_certificate_fingerprint"], "mono"))
    pdf.fields(cover, label_width=55)
    pdf.ln(3)
    pdf.paragraph(tx["fingerprint_command"], 9)
    pdf.paragraph(f"{FINGERPRINT_COMMAND}\n{CERT_FINGERPRINT_COMMAND}", 7.5, mono=True)
    pdf.paragraph(tx["attached_pdf"] if attached else tx["attached_folder"])
    pdf.paragraph(tx["cover_note"].format(verify=number["verify"], proves=number["proves"]))

    # -- summary -----------------------------------------------------------------
    pdf.add_page()
    pdf.heading(tx["summary"])
    counts: dict[int, int] = {}
    for item in items:
        for incident_id in item.current.incident_ids:
            counts[incident_id] = counts.get(incident_id, 0) + 1
    rows = []
    for n, entry in enumerate(entries, 1):
        r = entry.latest
        first = (r.get("description") or "").strip().splitlines()
        rows.append([str(n), f.date(r.get("date", "")) + (f" {r.get('time')}"
                                                          if r.get("time") else ""),
                     ", ".join(kind_names.get(k, k) for k in r.get("kinds") or ()),
                     first[0][:160] if first else "", str(counts.get(entry.id, 0))])
    pdf.grid((9, 27, 40, 64, 30), [tx[k] for k in ("col_no", "col_date", "col_kinds",
                                                    "col_what", "col_evidence")],
             rows, size=9, line=4.6)

    # -- incidents ---------------------------------------------------------------
    shown: set[int] = set()
    by_incident: dict[int, list[Item]] = {}
    for item in items:
        for incident_id in item.current.incident_ids:
            by_incident.setdefault(incident_id, []).append(item)
    for n, entry in enumerate(entries, 1):
        pdf.add_page()
        r = entry.latest
        pdf.heading(tx["incident_heading"].format(number=n, date=f.date(r.get("date", ""))))
        pdf.fields(_field_rows(pdf, entry, people.get(entry.id), tx, kind_names, history,
                               numbers,
                               {int(k): v for k, v in (manifest.get("orders") or {}).items()}))
        pdf.ln(4)
        for item in by_incident.get(entry.id, []):
            if item.id in shown:
                pdf.paragraph(tx["e_see_above"].format(number=f"{numbers[item.id]:03d}",
                                                       caption=item.current.caption or
                                                       _name(pdf, item, names)), 9)
                continue
            shown.add(item.id)
            _evidence_block(pdf, numbers[item.id], item, names, picture(item.id), tx,
                            evidence_kind_names)
        progress(n / max(1, len(entries)))
    unlinked = [i for i in items if i.id not in shown]
    if unlinked:
        pdf.add_page()
        pdf.heading(tx["other_evidence"])
        for item in unlinked:
            _evidence_block(pdf, numbers[item.id], item, names, picture(item.id), tx,
                            evidence_kind_names)

    # -- appendices --------------------------------------------------------------
    pdf.add_page()
    pdf.heading(appendix("manifest", tx["appendix_a"]))
    if not items:
        pdf.paragraph(tx["no_evidence"])
    else:
        rows, spans = [], set()
        for item in items:
            image = item.facts.get("image") or {}
            rows.append([f"{numbers[item.id]:03d}", names[item.id],
                         f.size(pdf.shipped.get(item.id, {}).get("derived", item.facts)
                                ["size"]),
                         f.moment(item.facts["imported_at"]),
                         f.stated(image["taken"]) if image.get("taken") else "—"])
            spans.add(len(rows))
            derived = pdf.shipped.get(item.id, {}).get("derived")
            if derived:
                rows.append([f"SHA-256  {derived['sha256']}"])
                spans.add(len(rows))
                sealed = _original_commitment(pdf, item.id)
                rows.append([tx["original_row_sealed"].format(commitment=sealed) if sealed
                             else tx["original_row"].format(sha256=item.sha256)])
            else:
                rows.append([f"SHA-256  {item.sha256}"])
        pdf.grid((12, 52, 22, 42, 42), [tx[k] for k in ("col_no", "col_file", "col_size",
                                                        "col_imported", "col_exif")],
                 rows, spans=frozenset(spans))
    if left_out:
        pdf.ln(2)
        pdf.set_font(FONT, "B", 10)
        pdf.multi_cell(0, 5, tx["left_out_heading"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for omitted in left_out:
            sealed = omitted.get("sha256")
            pdf.paragraph(tx["left_out_row"].format(
                name=omitted.get("file", ""), size=f.size(omitted.get("size") or 0),
                mime=omitted.get("mime", ""),
                reason=tx.get(f"left_out_{omitted.get('reason')}", omitted.get("reason", "")),
                sha256=sealed.get("commitment", "") if isinstance(sealed, dict)
                else sealed), 9)

    pdf.heading(appendix("history", tx["appendix_b"]))
    if not history:
        pdf.paragraph(tx["no_history"])
    else:
        changed = [e for e in entries if len(e.revisions) > 1]
        if not changed:
            pdf.paragraph(tx["only_one"])
        for entry in changed:
            n = entries.index(entry) + 1
            pdf.set_font(FONT, "B", 10)
            pdf.multi_cell(0, 5, tx["incident_heading"].format(
                number=n, date=f.date(entry.latest.get("date", ""))), new_x=XPos.LMARGIN,
                new_y=YPos.NEXT)
            previous: dict[str, Any] = {}
            person = people.get(entry.id)
            for v, revision in enumerate(entry.revisions, 1):
                data = revision.as_data()
                fields_changed = [k for k, value in data.items()
                                  if previous.get(k) != value and (previous or value)]
                pdf.paragraph(tx["version_line"].format(
                    number=v, when=f.moment(revision.saved_at)), 9)
                rows = [(tx[LABELS[k]], _plain(k, data[k], tx, kind_names, person, f))
                        for k in fields_changed if k in LABELS]
                if rows:
                    pdf.fields(rows, label_width=45)
                previous = data
            pdf.ln(3)

    pdf.heading(appendix("chain", tx["appendix_c"]))
    chain = manifest["chain"]
    pdf.paragraph(tx["chain_text"].format(count=chain["count"]))
    if "from_seq" in chain:
        pdf.paragraph(tx["chain_from"].format(seq=chain["from_seq"],
                                              date=f.moment(chain["checkpoint_time"])))
    pdf.paragraph(chain["head"], 9, mono=True)
    pdf.paragraph(tx["chain_ok"] if chain["intact_at_export"]
                  else tx["chain_broken"].format(reason=tx.get(
                      f"problem_{chain['problem_at_export']}", chain["problem_at_export"])))
    if chain.get("unclaimed_files_at_export"):
        pdf.paragraph(tx["chain_unclaimed"].format(count=chain["unclaimed_files_at_export"]))
    full = [e for e in chain["events"] if "action" in e]
    if full:
        pdf.grid((14, 48, 20, 88), [tx[k] for k in ("col_seq", "col_time", "col_action",
                                                    "col_hash")],
                 [[str(e["seq"]), f.moment(e["time"]),
                   tx.get(f"action_{e['action']}", e["action"]), e["hash"][:32]]
                  for e in full],
                 mono=frozenset({3}))

    pdf.heading(appendix("verify", tx["appendix_d"]))
    pdf.paragraph(tx["verify_steps"].format(
        proves=number["proves"], manifest=number["manifest"], command=FINGERPRINT_COMMAND,
        certificate_command=CERT_FINGERPRINT_COMMAND), 9)
    if any(_original_commitment(pdf, item.id) for item in items
           if pdf.shipped.get(item.id, {}).get("derived")):
        pdf.paragraph(tx["verify_copies"].format(manifest=number["manifest"]), 9)
    pdf.paragraph(manifest["public_key_pem"], 8.5, mono=True)

    pdf.heading(appendix("proves", tx["appendix_e"]))
    pdf.paragraph(tx["about_key"])
    pdf.paragraph(tx["proves"])
    pdf.paragraph(tx["cannot"])

    custody_page(pdf, manifest, tx)


def custody_page(pdf: ReportPdf, manifest: dict[str, Any], tx: dict[str, str]) -> None:
    """A form to fill in by hand each time the report changes hands."""
    pdf.add_page()
    pdf.heading(tx["custody_title"])
    pdf.paragraph(tx["custody_intro"])
    pdf.fields([(tx["report_id"], manifest["report_id"]),
                (tx["fingerprint"], manifest["public_key_fingerprint"], "mono")],
               label_width=55)
    pdf.ln(4)
    widths = (10, 44, 48, 28, 40)
    header = [tx[k] for k in ("custody_number", "custody_from", "custody_to", "custody_when",
                              "custody_medium")]
    pdf.grid(widths, header, [], size=8.5)
    pdf.set_draw_color(*RULE)
    row = 17.0
    while pdf.get_y() + row < pdf.h - pdf.b_margin:
        top = pdf.get_y()
        x = pdf.l_margin
        for width in widths:
            pdf.rect(x, top, width, row)
            x += width
        pdf.set_y(top + row)


def _plain(key: str, value: Any, tx: dict[str, str], kind_names: dict[str, str],
           person: dict[str, str] | None, formats: Any) -> str:
    if key == "date" and isinstance(value, str):
        return formats.date(value)
    if key == "person_id":
        return (person or {}).get("name", "") if value is not None else "—"
    if isinstance(value, bool):
        return tx["yes"] if value else tx["no"]
    if isinstance(value, list):
        return ", ".join(kind_names.get(str(v), str(v)) for v in value)
    return str(value)
