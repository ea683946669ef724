"""Every string the report prints, translated once per export. No Qt.

The screens pass a translate function (Qt's, for the language chosen on the
export screen), so the strings are extracted with the rest of the app.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def _same(_context: str, text: str) -> str:
    return text


def texts(translate: Translate = _same) -> dict[str, str]:
    """Every string the report prints, translated once per export."""
    return {
        "title": translate("Report", "Incident documentation"),
        "prepared_by": translate("Report", "Prepared by"),
        "period": translate("Report", "Period covered"),
        "created": translate("Report", "Report created"),
        "incidents": translate("Report", "Incidents"),
        "evidence_items": translate("Report", "Evidence items"),
        "report_id": translate("Report", "Report ID"),
        "fingerprint": translate("Report", "Public key fingerprint (SHA-256)"),
        "attached_pdf": translate(
            "Report",
            "The original files are attached inside this PDF, byte for byte, with "
            "manifest.json, manifest.sig and public_key.pem. Open your PDF reader's "
            "attachments panel (the paperclip) to save them."),
        "attached_folder": translate(
            "Report",
            "The original files are in the evidence folder next to this report, with "
            "manifest.json, manifest.sig and public_key.pem."),
        "cover_note": translate(
            "Report",
            "Every file and entry in this report is listed with its SHA-256 hash in a "
            "manifest signed with an Ed25519 key. Appendix D explains how to check them "
            "with standard tools."),
        "footer": translate("Report", "Report {report_id} · Page {page} of {pages}"),
        "summary": translate("Report", "Summary"),
        "col_date": translate("Report", "Date"),
        "col_kinds": translate("Report", "Kinds"),
        "col_what": translate("Report", "What happened"),
        "col_evidence": translate("Report", "Evidence"),
        "incident_heading": translate("Report", "Incident {number}: {date}"),
        "f_when": translate("Report", "Date and time"),
        "f_approximate": translate("Report", "approximate: {note}"),
        "f_duration": translate("Report", "Duration"),
        "f_place": translate("Report", "Place"),
        "f_person": translate("Report", "Person responsible"),
        "f_kinds": translate("Report", "Kinds of abuse"),
        "f_description": translate("Report", "What happened"),
        "f_exact_words": translate("Report", "Exact words said"),
        "f_injuries": translate("Report", "Injuries"),
        "f_witnesses": translate("Report", "Witnesses"),
        "f_children": translate("Report", "Children present"),
        "f_police": translate("Report", "Police contacted"),
        "f_police_details": translate("Report", "Police station, officer, report number"),
        "f_medical": translate("Report", "Medical help"),
        "f_medical_details": translate("Report", "Where, record number"),
        "f_exam": translate("Report", "Referred for a forensic medical examination"),
        "f_exam_details": translate("Report", "Examination: date, place, result"),
        "f_exam_document": translate("Report", "Examination result document"),
        "evidence_ref": translate("Report", "Evidence {number}"),
        "evidence_not_included": translate("Report", "kept in the journal, not in this report"),
        "f_order_breached": translate("Report", "Protective order breached"),
        "order_not_included": translate("Report", "an order not included in this report"),
        "f_fear": translate("Report", "How afraid (0–10)"),
        "f_tags": translate("Report", "Tags"),
        "f_recorded": translate("Report", "First recorded"),
        "f_versions": translate("Report", "Versions"),
        "versions_value": translate("Report", "{count} (the history of changes is in Appendix B)"),
        "versions_value_plain": translate("Report", "{count}"),
        "f_is_approximate": translate("Report", "Date is approximate"),
        "f_approximate_note": translate("Report", "About when"),
        "f_police_station": translate("Report", "Police station"),
        "f_police_officer": translate("Report", "Police officer"),
        "f_police_report": translate("Report", "Police report number"),
        "f_medical_where": translate("Report", "Where medical help was given"),
        "f_medical_record": translate("Report", "Medical record number"),
        "yes": translate("Report", "Yes"),
        "no": translate("Report", "No"),
        "evidence_heading": translate("Report", "Evidence {number}: {caption}"),
        "e_file": translate("Report", "File"),
        "e_kind": translate("Report", "Kind"),
        "e_taken": translate("Report", "Taken"),
        "e_origin": translate("Report", "How it was obtained"),
        "origin_": translate("Report", "not stated"),
        "origin_photo_taken": translate("Report", "a photo she took"),
        "origin_screenshot": translate("Report", "a screenshot"),
        "origin_document_issued": translate("Report", "a document issued to her"),
        "origin_recording": translate("Report", "a recording she made"),
        "origin_received": translate("Report", "a message or file sent to her"),
        "e_imported": translate("Report", "Imported"),
        "e_exif": translate("Report", "EXIF date"),
        "e_camera": translate("Report", "Camera"),
        "e_gps": translate("Report", "GPS position"),
        "e_duration": translate("Report", "Duration"),
        "e_notes": translate("Report", "Notes"),
        "e_see_above": translate("Report", "Evidence {number} (shown above): {caption}"),
        "no_picture": translate(
            "Report",
            "No picture printed: {reason}. The original file is attached."),
        "picture_unreadable": translate("Report", "the picture cannot be decoded"),
        "other_evidence": translate("Report", "Evidence not linked to an incident"),
        "appendix_a": translate("Report", "Appendix A. Evidence manifest"),
        "col_no": translate("Report", "No."),
        "col_file": translate("Report", "File"),
        "col_size": translate("Report", "Size"),
        "col_imported": translate("Report", "Imported"),
        "col_exif": translate("Report", "EXIF date"),
        "no_evidence": translate("Report", "No evidence is included in this report."),
        "appendix_b": translate("Report", "Appendix B. History of changes"),
        "no_history": translate(
            "Report",
            "The history of changes was not included in this report; manifest.json lists "
            "the hash of every version."),
        "only_one": translate(
            "Report",
            "No incident in this report was changed after it was first written."),
        "version_line": translate("Report", "Version {number}, saved {when}"),
        "appendix_c": translate("Report", "Appendix C. The journal's hash chain"),
        "chain_text": translate(
            "Report",
            "Every creation, change, deletion and import in the journal is an event that "
            "includes the hash of the event before it. The chain has {count} events; the "
            "last event's hash is:"),
        "chain_ok": translate(
            "Report",
            "State at export: intact. Every event and every version in this report matches "
            "the chain."),
        "chain_broken": translate(
            "Report",
            "State at export: BROKEN ({reason}). Some history was changed outside the app; "
            "treat the dates with care."),
        "col_seq": translate("Report", "Event"),
        "col_time": translate("Report", "Time"),
        "col_action": translate("Report", "Action"),
        "col_hash": translate("Report", "Event hash (start)"),
        "appendix_d": translate("Report", "Appendix D. How to verify this report"),
        "verify_steps": translate(
            "Report",
            "1. Save the attached files (PDF reader: attachments panel; or `pdfdetach "
            "-saveall report.pdf` from poppler-utils).\n"
            "2. Compute the SHA-256 of every original and compare it with Appendix A and "
            "manifest.json:\n"
            "   Linux: sha256sum FILE\n"
            "   Windows: certutil -hashfile FILE SHA256\n"
            "   macOS: shasum -a 256 FILE\n"
            "3. Check the signature of the manifest (OpenSSL 3):\n"
            "   openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in "
            "manifest.json -sigfile manifest.sig\n"
            "   It must print \"Signature Verified Successfully\".\n"
            "4. Check that the key is the one printed on the cover:\n"
            "   openssl pkey -pubin -in public_key.pem -outform DER | tail -c 32 | "
            "sha256sum\n"
            "5. Or run the verifier that comes with the app, which does all of this and "
            "also rechecks the hash chain:\n"
            "   python -m safeplan verify report.pdf"),
        "appendix_e": translate("Report", "Appendix E. What this report proves and what it cannot"),
        "proves": translate(
            "Report",
            "It proves that the attached files are byte for byte the files that were "
            "imported (their SHA-256 was taken at import and is signed), that the manifest "
            "was signed by the key shown on the cover, and that nothing in the files, the "
            "manifest or the signature changed after the report was made. The hash chain "
            "shows that the entries were not changed or removed without a trace after they "
            "were recorded."),
        "cannot": translate(
            "Report",
            "It cannot prove that the computer's clock was right: every time comes from "
            "the computer on which the entries were written. It cannot prove who wrote the "
            "entries or took the photos, that events happened as described, or that "
            "nothing was left out: the person exporting chose what to include. The key "
            "identifies the app's vault, not a person; the same fingerprint on later "
            "reports shows they come from the same vault."),
        "readme": translate(
            "Report",
            "This folder holds an incident report and the original evidence files.\n"
            "\n"
            "report.pdf         the report\n"
            "evidence/          the original files, byte for byte\n"
            "manifest.json      every file's SHA-256 and facts, the entries, the hash "
            "chain\n"
            "manifest.sig       Ed25519 signature of manifest.json\n"
            "report.sha256      SHA-256 of report.pdf (sha256sum -c report.sha256)\n"
            "report.sha256.sig  Ed25519 signature of report.sha256\n"
            "public_key.pem     the key that made the signatures\n"
            "\n"
            "Check the files:      sha256sum evidence/*   (Windows: certutil -hashfile "
            "FILE SHA256)\n"
            "Check the signature:  openssl pkeyutl -verify -pubin -inkey public_key.pem "
            "-rawin -in manifest.json -sigfile manifest.sig\n"
            "Or all at once:       python -m safeplan verify .\n"),
    }


# Incident field -> label key, for the history of changes.
LABELS = {
    "date": "col_date", "time": "col_time", "approximate": "f_is_approximate",
    "approximate_note": "f_approximate_note", "duration": "f_duration", "place": "f_place",
    "person_id": "f_person", "kinds": "f_kinds", "description": "f_description",
    "exact_words": "f_exact_words", "injuries": "f_injuries", "witnesses": "f_witnesses",
    "children_present": "f_children", "police_contacted": "f_police",
    "police_station": "f_police_station", "police_officer": "f_police_officer",
    "police_report": "f_police_report", "medical_help": "f_medical",
    "medical_where": "f_medical_where", "medical_record": "f_medical_record",
    "fear": "f_fear", "tags": "f_tags",
    "exam_referred": "f_exam", "exam_date": "f_exam_details", "exam_place": "f_exam_details",
    "exam_result": "f_exam_details", "exam_evidence_id": "f_exam_document",
    "order_id": "f_order_breached",
}


