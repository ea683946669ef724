"""Every string the report prints, translated once per export. No Qt.

The screens pass a translate function (Qt's, for the language chosen on the
export screen), so the strings are extracted with the rest of the app.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def _same(_context: str, text: str) -> str:
    return text


def texts(translate: Translate = _same, language: str = "en") -> dict[str, str]:
    """Every string the report prints, translated once per export; `language` is
    the code of `translate`'s catalogue (the PDF's /Lang, decimal commas)."""
    return {
        "lang": language,
        # strftime formats: Russian and Kazakh documents write ДД.ММ.ГГГГ.
        "date_format": translate("Report", "%Y-%m-%d"),
        "title": translate("Report", "Incident documentation"),
        "prepared_by": translate("Report", "Prepared by"),
        "period": translate("Report", "Period covered"),
        "created": translate("Report", "Report created"),
        "incidents": translate("Report", "Incidents"),
        "evidence_items": translate("Report", "Evidence items"),
        "report_id": translate("Report", "Report ID"),
        "fingerprint": translate("Report", "Public key fingerprint (SHA-256)"),
        "pdf_fingerprint": translate("Report", "PDF signing certificate (SHA-256)"),
        "fingerprint_command": translate(
            "Report",
            "Each fingerprint is the SHA-256 of the key's DER SubjectPublicKeyInfo. "
            "Recompute them from the attached files with OpenSSL:"),
        "attached_pdf": translate(
            "Report",
            "The original files are attached inside this PDF, byte for byte, with "
            "manifest.json, manifest.sig, public_key.pem and signing_certificate.pem. Open "
            "your PDF reader's attachments panel (the paperclip) to save them."),
        "attached_folder": translate(
            "Report",
            "The original files are in the evidence folder next to this report, with "
            "manifest.json, manifest.sig, public_key.pem and signing_certificate.pem."),
        "cover_note": translate(
            "Report",
            "This PDF carries an electronic signature over the whole file: any change to a "
            "page or an attachment makes it invalid. Every file and entry is also listed "
            "with its SHA-256 hash in a manifest signed with an Ed25519 key. Appendix "
            "{verify} explains how to check them with standard tools, and Appendix "
            "{proves} what the signature proves."),
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
        "versions_value": translate(
            "Report", "{count} (the history of changes is in Appendix {appendix})"),
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
        "e_taken": translate("Report", "Taken (camera clock, EXIF)"),
        "e_stated": translate("Report", "Date stated by the author"),
        "e_modified": translate("Report", "File last modified (clock of its computer)"),
        "e_imported": translate("Report", "Imported into the program"),
        "e_origin": translate("Report", "How it was obtained"),
        "origin_": translate("Report", "not stated"),
        "origin_photo_taken": translate("Report", "a photo she took"),
        "origin_screenshot": translate("Report", "a screenshot"),
        "origin_document_issued": translate("Report", "a document issued to her"),
        "origin_recording": translate("Report", "a recording she made"),
        "origin_received": translate("Report", "a message or file sent to her"),
        "e_exif": translate("Report", "EXIF date"),
        "unknown": translate("Report", "unknown"),
        "no_zone": translate("Report", "time zone not recorded"),
        "size_b": translate("Report", "{value} bytes"),
        "size_kb": translate("Report", "{value} KB"),
        "size_mb": translate("Report", "{value} MB"),
        "size_gb": translate("Report", "{value} GB"),
        "e_camera": translate("Report", "Camera"),
        "e_gps": translate("Report", "GPS position"),
        "e_gps_withheld": translate(
            "Report", "Withheld from this report; its commitment (SHA-256 of the position "
            "with a random salt): {commitment}"),
        "e_sha_copy": translate("Report", "SHA-256 of this location-free copy"),
        "e_sha_original": translate("Report", "SHA-256 of the original (kept unchanged)"),
        "e_sha_original_sealed": translate(
            "Report", "Commitment to the SHA-256 of the original (kept unchanged)"),
        "derived_note": translate(
            "Report",
            "A location-free copy: where it was taken or recorded (GPS, an address) and the "
            "camera's serial numbers were taken out of this file's metadata; its picture, "
            "its sound and every other byte are those of the original, which is kept "
            "unchanged and can be produced on request. The original's SHA-256 and the "
            "position are given only by salted commitments, so that neither can be found "
            "by trying values against this report; when the original is produced with its "
            "salt, it can be checked against this report (see How to verify this report)."),
        "original_row": translate(
            "Report", "Location-free copy of the original with SHA-256 {sha256}"),
        "original_row_sealed": translate(
            "Report", "Location-free copy; commitment to the original's SHA-256: {commitment}"),
        "chain_from": translate(
            "Report",
            "This report's chain begins at event {seq}, after a checkpoint made on {date}. "
            "The events before it are left out because they record, in a form that can be "
            "searched, positions or file names this report withholds; every record was "
            "recorded again at the checkpoint."),
        "e_duration": translate("Report", "Duration"),
        "e_notes": translate("Report", "Notes"),
        "e_see_above": translate("Report", "Evidence {number} (shown above): {caption}"),
        "no_picture": translate(
            "Report",
            "No picture printed: {reason}. The original file is attached."),
        "picture_unreadable": translate("Report", "the picture cannot be decoded"),
        "other_evidence": translate("Report", "Evidence not linked to an incident"),
        "appendix": translate("Report", "Appendix {number}. {title}"),
        "appendix_a": translate("Report", "Evidence manifest"),
        "col_no": translate("Report", "No."),
        "col_file": translate("Report", "File"),
        "col_size": translate("Report", "Size"),
        "col_imported": translate("Report", "Imported"),
        "col_exif": translate("Report", "EXIF date"),
        "no_evidence": translate("Report", "No evidence is included in this report."),
        "appendix_b": translate("Report", "History of changes"),
        "no_history": translate(
            "Report",
            "The history of changes was not included in this report; manifest.json lists "
            "the hash of every version."),
        "only_one": translate(
            "Report",
            "No incident in this report was changed after it was first written."),
        "version_line": translate("Report", "Version {number}, saved {when}"),
        "appendix_c": translate("Report", "The journal's hash chain"),
        "chain_text": translate(
            "Report",
            "Every creation, change, deletion and import in the journal is an event that "
            "includes the hash of the event before it. The chain has {count} events; the "
            "last event's hash is:"),
        "chain_ok": translate(
            "Report",
            "State at export: intact. Every event and every version in this report matches "
            "the chain."),
        "chain_unclaimed": translate(
            "Report",
            "Stored files that belonged to no evidence item at export: {count}. Their item "
            "was removed from the file outside the app, or is damaged; the files are kept "
            "in the vault."),
        "chain_broken": translate(
            "Report",
            "State at export: BROKEN ({reason}). Some history was changed outside the app; "
            "treat the dates with care."),
        # What was wrong with the chain at export (chain.Problem), inside chain_broken.
        "problem_damaged_event": translate("Report", "an event cannot be read"),
        "problem_missing_or_reordered": translate("Report", "an event is missing or out of order"),
        "problem_broken_link": translate("Report", "an event does not follow the one before it"),
        "problem_changed": translate("Report", "an event was changed after it was recorded"),
        "problem_unrecorded_revision": translate(
            "Report", "a record holds a version that no event "
            "names"),
        "problem_record_gone": translate("Report", "a record named by the chain is gone"),
        "problem_head_gone": translate(
            "Report", "the seal of the newest event is missing or damaged: "
            "newer events may be gone"),
        "problem_events_lost": translate("Report", "events recorded earlier are missing"),
        "problem_events_maybe_lost": translate(
            "Report", "the seal of the newest event was found missing or damaged before a "
            "later change: events recorded before then may be gone (whether any are, and how "
            "many, is not known)"),
        "problem_store_rolled_back": translate(
            "Report", "part of the vault file was put back from an older copy and the seal "
            "of the newest event is missing: newer events may be gone"),
        "col_seq": translate("Report", "Event"),
        "col_time": translate("Report", "Time"),
        "col_action": translate("Report", "Action"),
        # The hash chain's event names, as the appendix prints them.
        "action_create": translate("Report", "create"),
        "action_edit": translate("Report", "edit"),
        "action_delete": translate("Report", "delete"),
        "action_restore": translate("Report", "restore"),
        "action_purge": translate("Report", "purge"),
        "action_import": translate("Report", "import"),
        "action_adopt": translate("Report", "adopt"),
        "col_hash": translate("Report", "Event hash (start)"),
        "appendix_d": translate("Report", "How to verify this report"),
        "verify_steps": translate(
            "Report",
            "1. Check the PDF's own signature, e.g. with poppler-utils: pdfsig report.pdf "
            "(for a password-protected PDF: pdfsig -upw PASSWORD report.pdf). It must say "
            "\"Signature is Valid\" and \"Total document signed\": otherwise a page, a "
            "text or an attachment was changed, or something was added after signing. "
            "(\"Certificate issuer is unknown\" is expected: see Appendix {proves}.)\n"
            "2. Save the attached files (PDF reader: attachments panel; or pdfdetach "
            "-saveall report.pdf).\n"
            "3. Compute the SHA-256 of every original and compare it with Appendix "
            "{manifest} and manifest.json:\n"
            "   Linux: sha256sum FILE\n"
            "   Windows: certutil -hashfile FILE SHA256\n"
            "   macOS: shasum -a 256 FILE\n"
            "4. Check the signature of the manifest (OpenSSL 3):\n"
            "   openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in "
            "manifest.json -sigfile manifest.sig\n"
            "   It must print \"Signature Verified Successfully\".\n"
            "5. Check that the keys are the ones on the cover and, above all, the ones "
            "recorded at first contact:\n"
            "   {command}\n"
            "   {certificate_command}\n"
            "6. Or run the verifier that comes with the app, which does all of this, checks "
            "that no file was added or removed and rechecks the hash chain:\n"
            "   python -m safeplan verify report.pdf --fingerprint FINGERPRINT"),
        "verify_copies": translate(
            "Report",
            "7. Location-free copies: the original's SHA-256 is given only as a commitment, "
            "the SHA-256 of the text of a random salt followed by the original's SHA-256. "
            "When the original is produced with its salt (64 hexadecimal digits), check "
            "that it is the one the copy was made from:\n"
            "   printf '%s%s' SALT \"$(sha256sum ORIGINAL | cut -c1-64)\" | sha256sum\n"
            "   or: printf '%s%s' SALT ORIGINAL_SHA256 | openssl dgst -sha256\n"
            "   It must print the commitment given for the copy in Appendix {manifest}. "
            "Running the same program on the original gives the copy again, byte for "
            "byte."),
        "appendix_e": translate("Report", "What this report proves and what it cannot"),
        "proves": translate(
            "Report",
            "It proves that the attached files are byte for byte the files that were "
            "imported (their SHA-256 was taken at import and is signed), that the report "
            "and the manifest were signed by the keys shown on the cover, and that nothing "
            "in the pages, the files, the manifest or the signatures changed after the "
            "report was made. The hash chain shows that the entries were not changed or "
            "removed without a trace after they were recorded."),
        "about_key": translate(
            "Report",
            "The signature of this report is made with a key that the program created on "
            "the author's own computer. It is not an electronic digital signature (ЭЦП) "
            "issued by the National Certification Centre, and no authority vouches for "
            "it, which is why PDF readers say that the signer is unknown. It shows that the "
            "report has not changed since it was signed and that it comes from the same "
            "program as other reports bearing the same fingerprint. To rely on it, record "
            "the fingerprint printed on the cover at first contact (in the register of "
            "the police or the court, or in the case file) and compare it with every "
            "later report: a forger can make a new report with a new key, and even a "
            "new cover, but not one with the recorded fingerprint."),
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
            "report.pdf               the report, signed as a whole (pdfsig report.pdf)\n"
            "evidence/                the original files, byte for byte\n"
            "manifest.json            every file's SHA-256 and facts, the entries, the hash "
            "chain, and the SHA-256 of this text\n"
            "manifest.sig             Ed25519 signature of manifest.json\n"
            "report.sha256            SHA-256 of report.pdf (sha256sum -c report.sha256)\n"
            "report.sha256.sig        Ed25519 signature of report.sha256\n"
            "public_key.pem           the key that made the signatures\n"
            "signing_certificate.pem  the certificate of the PDF signature\n"
            "\n"
            "Check the files:      sha256sum evidence/*   (Windows: certutil -hashfile "
            "FILE SHA256)\n"
            "Check the signature:  openssl pkeyutl -verify -pubin -inkey public_key.pem "
            "-rawin -in manifest.json -sigfile manifest.sig\n"
            "Key fingerprint:      {command}\n"
            "Or all at once:       python -m safeplan verify . --fingerprint FINGERPRINT\n"
            "Compare the fingerprint with the one recorded at first contact.\n"),
        "readme_copies": translate(
            "Report",
            "\n"
            "Location-free copies (names ending in -no-gps): where they were taken or "
            "recorded and the camera's serial numbers were taken out of their metadata, "
            "and the original's SHA-256 is given only as a salted commitment (manifest.json: "
            "\"facts\" > \"sha256\" > \"commitment\"), so that no one can find the "
            "position by trying positions against it. When the original is produced with "
            "its salt (64 hexadecimal digits), check that it is the one the copy was made "
            "from; this must print the commitment:\n"
            "    printf '%s%s' SALT \"$(sha256sum ORIGINAL | cut -c1-64)\" | sha256sum\n"
            "    printf '%s%s' SALT ORIGINAL_SHA256 | openssl dgst -sha256\n"
            "A report from the same vault that includes the original gives its salt "
            "(manifest.json: \"disclosed\" > \"sha256\").\n"),
        # -- the neutral names of files in a location-free report (export.neutral_name):
        # words a file name can hold in every language (no / \\ : * ? " < > |)
        "name_photo": translate("Report", "Photo"),
        "name_video": translate("Report", "Video"),
        "name_recording": translate("Report", "Recording"),
        "name_document": translate("Report", "Document"),
        "name_file": translate("Report", "File"),
        # -- files left out of a location-free report (export.LEFT_OUT)
        "left_out_video_format": translate(
            "Report",
            "this video format cannot be cleaned of where it was recorded; it is left out "
            "of this report; export with locations to include it"),
        "left_out_video_unchecked": translate(
            "Report",
            "this recording could not be checked for where it was made (it is stored in "
            "fragments, or a part of it is not understood); it is left out of this report; "
            "export with locations to include it"),
        "left_out_heading": translate("Report", "Files left out of this report"),
        "left_out_cover": translate("Report", "Left out of this report"),
        "left_out_cover_value": translate("Report", "{count} (see Appendix {appendix})"),
        "left_out_row": translate(
            "Report", "{name} · {size} · {mime}: {reason}. Commitment to its SHA-256: "
            "{sha256}"),
        "readme_left_out": translate(
            "Report",
            "\n"
            "Files left out of this report (kept unchanged in the vault; the commitment to "
            "each file's SHA-256 is checked as for the location-free copies above):\n"),
        "readme_left_out_line": translate(
            "Report", "    {name}: {reason}\n        commitment {sha256}\n"),
        # -- titles blanked in the copies of a location-free report (export.Derived.blanked)
        "readme_blanked": translate(
            "Report",
            "\n"
            "Titles and comments left out: in the copies below, the titles, descriptions, "
            "comments and keywords written in the file's metadata (they can name a place) "
            "were blanked; the originals in the vault keep them:\n"),
        "e_blanked": translate("Report", "Titles and comments"),
        "e_blanked_value": translate(
            "Report", "left out of this copy (they can name a place); the original keeps them"),
        # -- the declaration page (report/declaration.py)
        "decl_title": translate("Report", "Declaration"),
        "decl_intro": translate(
            "Report",
            "I prepared this report, {report_id} of {date}, from the records I kept with "
            "the program: {incidents} incidents and {items} evidence files, on {{nb}} "
            "pages with the appendices."),
        "decl_name": translate("Report", "Full name"),
        "decl_iin": translate("Report", "IIN"),
        "decl_date": translate("Report", "Date"),
        "decl_confirm": translate(
            "Report", "I confirm the information set out in this document."),
        "decl_signature": translate("Report", "Signature"),
        # -- the chain-of-custody page
        "custody_title": translate("Report", "Chain of custody record"),
        "custody_intro": translate(
            "Report",
            "To be filled in by hand each time this report or the medium holding it is "
            "handed over. Copy the report number and the key fingerprint into the "
            "official record."),
        "custody_number": translate("Report", "No."),
        "custody_from": translate("Report", "Handed over by (name, signature)"),
        "custody_to": translate("Report", "Received by (name, position, signature)"),
        "custody_when": translate("Report", "Date and time"),
        "custody_medium": translate("Report", "Medium (USB stick, disc, e-mail)"),
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


