"""The verifier's own words, in Russian, Kazakh and English. No Qt.

The verifier runs where the app is not installed (an officer's computer, a
court's), so it cannot use the app's Qt catalogues. Each language is one dict
from message key to text with named placeholders. A missing entry falls back
along FALLBACK (Kazakh to Russian to English), so a language can be filled in
gradually; tests/test_verify_text.py checks that every key exists in English
and Russian and that every translation keeps the placeholders.
"""

from __future__ import annotations

import contextlib
import locale
import os
import string

LANGUAGES = ("ru", "kk", "en")
FALLBACK = {"kk": ("kk", "ru", "en"), "ru": ("ru", "en"), "en": ("en",)}

EN: dict[str, str] = {
    "name_uncommitted": (
        "{name}: this report says it goes without the files' own names, but gives this "
        "file's name without a commitment"),
    "has_title": (
        "{name}: this report says it goes without the files' own names, but this file's "
        "metadata still holds a title"),
    "left_out": (
        "{name}: left out of this report: this video format cannot be cleaned of where it "
        "was recorded; the manifest gives the commitment to its SHA-256, so the file can "
        "be produced with the originals and checked"),
    "left_out_other": (
        "{name}: left out of this report; the manifest gives the commitment to its SHA-256"),
    "left_out_unknown": (
        "{name}: listed as left out of the report in a way this verifier does not know "
        "(no commitment to its SHA-256, or the file is also in the report)"),
    # -- heading and fingerprint
    "title": "Check of report {report_id}, made {created}",
    "fingerprint_heading": "Fingerprint of the key that signed this report (SHA-256):",
    "fingerprint_anchor": (
        "Compare it with the fingerprint recorded at first contact (a police register, an "
        "earlier report). Whoever forges a report can also forge its cover, so only a "
        "fingerprint recorded elsewhere proves who made it. To check it: --fingerprint HEX"),
    "fingerprint_matches": "The fingerprint matches the one given with --fingerprint.",
    "fingerprint_differs": (
        "The key is NOT the one given with --fingerprint: this report was signed by "
        "another key"),
    "fingerprint_bad": "--fingerprint: {value} is not a SHA-256 fingerprint (64 hex digits)",
    "pdf_fingerprint": "PDF signing certificate (certified by this key): {fingerprint}",
    # -- results
    "ok": "OK: every check passed.",
    "failed": "FAILED: {problem}",
    "warning": "WARNING: {problem}",
    "note": "Note: {problem}",
    "summary_failed": "The report does NOT check out ({count} problems).",
    # -- opening
    "no_such": "{path}: no such file or folder",
    "password_needed": "the PDF is protected by a password: give it with --password",
    "password_wrong": "the password does not open this PDF",
    "not_pdf": "not a readable PDF ({detail})",
    "not_zip": "not a readable zip file ({detail})",
    "unreadable": "the file cannot be read ({detail})",
    "damaged_file": "{name}: cannot be read, the container is damaged ({detail})",
    # -- the PDF signature
    "pdf_ok": "{name}: the PDF signature is valid and covers the whole file",
    "pdf_unsigned": "{name}: the PDF carries no signature",
    "pdf_several": "{name}: the PDF carries {count} signatures, a report has one",
    "pdf_invalid": (
        "{name}: the PDF signature does not match its content (pages, text or attachments "
        "were changed after signing)"),
    "pdf_appended": (
        "{name}: something was added after the PDF signature (an incremental update or "
        "appended bytes); the signature does not cover the whole file"),
    "pdf_other_key": (
        "{name}: the PDF was signed by a certificate other than the one named in the "
        "signed manifest"),
    "pdf_structure": "{name}: the PDF signature cannot be read (the file is damaged)",
    "pdf_password": "{name}: the PDF is protected by a password: give it with --password",
    # -- the manifest
    "missing_signed": "missing: {names}",
    "not_ed25519": "public_key.pem is not an Ed25519 public key",
    "manifest_signature": (
        "manifest.sig: the signature does not match manifest.json (the manifest, the "
        "signature or the key was changed)"),
    "manifest_signature_ok": "manifest.json: its signature is valid",
    "manifest_json": "manifest.json is not valid JSON",
    "manifest_format": "manifest.json: unknown format {format}",
    "key_differs": "public_key.pem differs from the key named in manifest.json",
    "certificate_differs": (
        "signing_certificate.pem differs from the certificate named in manifest.json"),
    "certificate_uncertified": (
        "the PDF signing certificate is not certified by the report's key"),
    "readme_changed": "{name}: it was changed after the report was made",
    # -- files
    "original_missing": "{name}: the original file is missing",
    "original_size": "{name}: size {size} bytes, the manifest says {expected}",
    "original_hash": "{name}: its content was changed (SHA-256 {digest}, the manifest says "
                     "{expected})",
    "originals_ok": "{count} original files re-hashed, all match",
    "unknown_file": "{name}: this file is not part of the report (added later)",
    "harmless_file": "{name}: added by the computer that copied the folder; harmless",
    "report_hash_missing": "{name}: its signed hash ({files}) is missing",
    "report_hash_signature": "{name}: the signature does not match {hashfile}",
    "report_changed": "{name}: it was changed after it was made (SHA-256 differs)",
    # -- the chain
    "chain_order": "hash chain: event {position} is missing or out of order",
    "chain_follow": "hash chain: event {position} does not follow the one before it",
    "chain_changed": "hash chain: event {position} was changed",
    "chain_head": "hash chain: its last event is not the head named in the manifest",
    "chain_incident_version": (
        "incident {record}: a version saved at {saved} is not in the hash chain"),
    "chain_incident_listed": "incident {record}: a listed version is not in the chain",
    "chain_evidence": (
        "{name}: its facts or details are not the ones recorded in the hash chain"),
    "chain_protective_order": (
        "protective order {record}: a version in the report is not in the hash chain"),
    "chain_statement": (
        "the police statement (record {record}): the version in the report is not in the "
        "hash chain"),
    "chain_broken_at_export": (
        "hash chain: it was already broken when the report was made ({reason})"),
    # What was wrong with the chain when the report was made (chain.Problem).
    "problem_damaged_event": "an event cannot be read",
    "problem_missing_or_reordered": "an event is missing or out of order",
    "problem_broken_link": "an event does not follow the one before it",
    "problem_changed": "an event was changed after it was recorded",
    "problem_unrecorded_revision": "a record holds a version that no event names",
    "problem_record_gone": "a record named by the chain is gone",
    "problem_head_gone": (
        "the seal of the newest event is missing or damaged: newer "
        "events may be gone"),
    "problem_events_lost": "events recorded earlier are missing",
    "problem_events_maybe_lost": (
        "the seal of the newest event was found missing or damaged before a later change: "
        "events recorded before then may be gone (whether any are, and how many, is not "
        "known)"),
    "problem_store_rolled_back": (
        "part of the vault file was put back from an older copy and the seal of the newest "
        "event is missing: newer events may be gone"),
    "chain_backwards": (
        "hash chain: event {seq} ({time}) is dated before event {previous_seq} "
        "({previous_time}) that precedes it: the computer's clock was moved back between "
        "them, so their times cannot be trusted"),
    "chain_ok": "hash chain of {count} events checked",
    # -- positions withheld
    "copies_ok": (
        "{count} location-free copies re-hashed, all match; each is linked to its "
        "original's SHA-256, or to a salted commitment to it (the original and its salt "
        "can be produced and compared)"),
    "original_unopened": (
        "{name}: an original whose SHA-256 the report gives only as a commitment, without "
        "the value to check the file against"),
    "derived_unknown": "{name}: a derived copy of an unknown kind, or without its SHA-256",
    "derived_has_position": (
        "{name}: this copy is said to be without the location, but it still holds a GPS "
        "position"),
    "derived_has_serial": (
        "{name}: this copy is said to be without identifying details, but it still holds "
        "the camera's serial number"),
    "original_has_position": (
        "{name}: this report says it goes without where photos and videos were taken, but "
        "this file still records a position"),
    "derived_unlinked": (
        "{name}: a derived copy without the link to its original (the original's SHA-256 "
        "differs from the one in its facts or is missing)"),
    "withheld_uncommitted": (
        "{name}: the copy withholds its {field} but the report holds no commitment to it"),
    "commitment_differs": (
        "{name}: the {field} shown does not match its commitment (it was changed)"),
    "chain_from_checkpoint": (
        "hash chain: it begins at event {seq}, after a checkpoint made {time}; the events "
        "before it are left out because they record positions this report withholds, and "
        "every record was recorded again at the checkpoint"),
    "detail_in_english": "the technical reason is shown with --lang en",
    # -- the command line (verify --help)
    "cli_usage": "usage:",
    "cli_description": "Check an exported incident report.",
    "cli_arguments": "arguments:",
    "cli_options": "options:",
    "cli_help": "show this help and exit",
    "cli_path": "report PDF, zip file or folder",
    "cli_path_metavar": "path",
    "cli_password": "the PDF's password, if it has one",
    "cli_password_metavar": "PASSWORD",
    "cli_fingerprint": (
        "the key fingerprint recorded at first contact (64 hex digits, spaces allowed)"),
    "cli_fingerprint_metavar": "FINGERPRINT",
    "cli_lang": "language of the output (default: the system's)",
    "cli_error": "the command line is not understood ({detail}); see --help",
}

RU: dict[str, str] = {
    "name_uncommitted": (
        "{name}: в отчёте указано, что собственные имена файлов в него не входят, но имя "
        "этого файла дано без хеша с солью"),
    "has_title": (
        "{name}: в отчёте указано, что собственные имена файлов в него не входят, но в "
        "метаданных этого файла осталось название"),
    "left_out": (
        "{name}: не включён в этот отчёт: из видео этого формата нельзя убрать место "
        "записи; в манифесте дан хеш с солью от его SHA-256, поэтому файл "
        "можно предъявить вместе с оригиналами и проверить"),
    "left_out_other": (
        "{name}: не включён в этот отчёт; в манифесте дан хеш с солью от его SHA-256"),
    "left_out_unknown": (
        "{name}: указан как не включённый в отчёт, но так, как эта программа проверки не "
        "знает (нет хеша с солью от его SHA-256, или файл всё же есть в отчёте)"),
    "title": "Проверка отчёта {report_id}, составлен {created}",
    "fingerprint_heading": "Отпечаток ключа, которым подписан отчёт (SHA-256):",
    "fingerprint_anchor": (
        "Сравните его с отпечатком, записанным при первом обращении (в журнале регистрации "
        "полиции, в более раннем отчёте). Тот, кто подделывает отчёт, может подделать и "
        "титульный лист, поэтому авторство подтверждает только отпечаток, записанный в "
        "другом месте. Для проверки: --fingerprint HEX"),
    "fingerprint_matches": "Отпечаток совпадает с указанным в --fingerprint.",
    "fingerprint_differs": (
        "Ключ НЕ совпадает с указанным в --fingerprint: отчёт подписан другим ключом"),
    "fingerprint_bad": (
        "--fingerprint: {value} не является отпечатком SHA-256 (64 шестнадцатеричные "
        "цифры)"),
    "pdf_fingerprint": "Сертификат подписи PDF (заверен этим ключом): {fingerprint}",
    "ok": "ВЕРНО: все проверки пройдены.",
    "failed": "ОШИБКА: {problem}",
    "warning": "ПРЕДУПРЕЖДЕНИЕ: {problem}",
    "note": "Примечание: {problem}",
    "summary_failed": "Отчёт НЕ прошёл проверку (проблем: {count}).",
    "no_such": "{path}: файл или папка не найдены",
    "password_needed": "PDF защищён паролем: укажите его в --password",
    "password_wrong": "пароль не подходит к этому PDF",
    "not_pdf": "файл не читается как PDF ({detail})",
    "not_zip": "файл не читается как zip-архив ({detail})",
    "unreadable": "файл не читается ({detail})",
    "damaged_file": "{name}: не читается, контейнер повреждён ({detail})",
    "pdf_ok": "{name}: подпись PDF действительна и охватывает весь файл",
    "pdf_unsigned": "{name}: в PDF нет подписи",
    "pdf_several": "{name}: в PDF подписей: {count}, у отчёта она одна",
    "pdf_invalid": (
        "{name}: подпись PDF не соответствует содержимому (страницы, текст или вложения "
        "изменены после подписания)"),
    "pdf_appended": (
        "{name}: после подписи PDF что-то добавлено (инкрементное обновление или байты в "
        "конце); подпись не охватывает весь файл"),
    "pdf_other_key": (
        "{name}: PDF подписан не тем сертификатом, который назван в подписанном манифесте"),
    "pdf_structure": "{name}: подпись PDF не читается (файл повреждён)",
    "pdf_password": "{name}: PDF защищён паролем: укажите его в --password",
    "missing_signed": "отсутствуют: {names}",
    "not_ed25519": "public_key.pem не является открытым ключом Ed25519",
    "manifest_signature": (
        "manifest.sig: подпись не соответствует manifest.json (изменён манифест, подпись "
        "или ключ)"),
    "manifest_signature_ok": "manifest.json: подпись действительна",
    "manifest_json": "manifest.json не является корректным JSON",
    "manifest_format": "manifest.json: неизвестный формат {format}",
    "key_differs": "public_key.pem отличается от ключа, указанного в manifest.json",
    "certificate_differs": (
        "signing_certificate.pem отличается от сертификата, указанного в manifest.json"),
    "certificate_uncertified": "сертификат подписи PDF не заверен ключом отчёта",
    "readme_changed": "{name}: изменён после составления отчёта",
    "original_missing": "{name}: исходный файл отсутствует",
    "original_size": "{name}: размер {size} байт, в манифесте {expected}",
    "original_hash": (
        "{name}: содержимое изменено (SHA-256 {digest}, в манифесте {expected})"),
    "originals_ok": "Исходных файлов перепроверено: {count}, все совпадают",
    "unknown_file": "{name}: этот файл не входит в отчёт (добавлен позже)",
    "harmless_file": "{name}: добавлен компьютером, на который копировали папку; безвреден",
    "report_hash_missing": "{name}: отсутствует его подписанный хеш ({files})",
    "report_hash_signature": "{name}: подпись не соответствует {hashfile}",
    "report_changed": "{name}: изменён после составления (SHA-256 отличается)",
    "chain_order": "цепочка хешей: событие {position} отсутствует или не на своём месте",
    "chain_follow": "цепочка хешей: событие {position} не следует за предыдущим",
    "chain_changed": "цепочка хешей: событие {position} изменено",
    "chain_head": "цепочка хешей: последнее событие не совпадает с указанным в манифесте",
    "chain_incident_version": (
        "происшествие {record}: версии, сохранённой {saved}, нет в цепочке хешей"),
    "chain_incident_listed": "происшествие {record}: указанной версии нет в цепочке",
    "chain_evidence": "{name}: сведения о файле не совпадают с записанными в цепочке хешей",
    "chain_protective_order": (
        "защитное предписание {record}: версии из отчёта нет в цепочке хешей"),
    "chain_statement": (
        "заявление в полицию (запись {record}): версии из отчёта нет в цепочке хешей"),
    "chain_broken_at_export": (
        "цепочка хешей: была нарушена уже при составлении отчёта ({reason})"),
    # What was wrong with the chain when the report was made (chain.Problem).
    "problem_damaged_event": "одно событие не читается",
    "problem_missing_or_reordered": "событие отсутствует или стоит не на своём месте",
    "problem_broken_link": "событие не следует за предыдущим",
    "problem_changed": "событие изменено после записи",
    "problem_unrecorded_revision": "запись содержит версию, которой нет в цепочке",
    "problem_record_gone": "запись, указанная в цепочке, исчезла",
    "problem_head_gone": (
        "отметка о последнем событии отсутствует или повреждена: "
        "более новые события могли пропасть"),
    "problem_events_lost": "ранее записанные события пропали",
    "problem_events_maybe_lost": (
        "отметка о последнем событии оказалась удалённой или повреждённой до более позднего "
        "изменения: события, записанные до того, могли пропасть (были ли такие и сколько — "
        "неизвестно)"),
    "problem_store_rolled_back": (
        "часть файла хранилища возвращена из более старой копии, а отметки о последнем "
        "событии нет: более новые события могли пропасть"),
    "chain_backwards": (
        "цепочка хешей: событие {seq} ({time}) датировано раньше предшествующего события "
        "{previous_seq} ({previous_time}): часы компьютера переводились назад между ними, "
        "поэтому их времени нельзя доверять"),
    "chain_ok": "Цепочка хешей из {count} событий проверена",
    "copies_ok": (
        "Копий без координат GPS перепроверено: {count}, все совпадают; каждая связана с "
        "SHA-256 своего оригинала или с его хешем с солью (оригинал и соль можно "
        "представить и сравнить)"),
    "original_unopened": (
        "{name}: SHA-256 оригинала указан в отчёте только хешем с солью, без значения, с "
        "которым можно сравнить файл"),
    "derived_unknown": "{name}: производная копия неизвестного вида или без своего SHA-256",
    "derived_has_position": (
        "{name}: копия указана как копия без координат, но в ней есть координаты GPS"),
    "derived_has_serial": (
        "{name}: копия указана как копия без идентифицирующих данных, но в ней есть "
        "серийный номер камеры"),
    "original_has_position": (
        "{name}: в отчёте указано, что места съёмки фото и видео в него не входят, но этот "
        "файл содержит координаты"),
    "derived_unlinked": (
        "{name}: производная копия без связи с оригиналом (SHA-256 оригинала отсутствует "
        "или не совпадает с указанным в сведениях о файле)"),
    "withheld_uncommitted": (
        "{name}: в копии скрыто поле {field}, но в отчёте нет его хеша с солью"),
    "commitment_differs": (
        "{name}: указанное значение поля {field} не совпадает с его хешем с солью "
        "(значение изменено)"),
    "chain_from_checkpoint": (
        "цепочка хешей: начинается с события {seq}, после контрольной точки от {time}; "
        "более ранние события не включены, так как в них записаны координаты, скрытые в "
        "этом отчёте, а все записи заново записаны в контрольной точке"),
    "detail_in_english": "техническая причина — при запуске с --lang en",
    # -- the command line (verify --help)
    "cli_usage": "использование:",
    "cli_description": "Проверить выгруженный отчёт об инцидентах.",
    "cli_arguments": "аргументы:",
    "cli_options": "параметры:",
    "cli_help": "показать эту справку и выйти",
    "cli_path": "PDF-файл отчёта, zip-файл или папка",
    "cli_path_metavar": "путь",
    "cli_password": "пароль PDF-файла, если он есть",
    "cli_password_metavar": "ПАРОЛЬ",
    "cli_fingerprint": (
        "отпечаток ключа, записанный при первом обращении (64 шестнадцатеричные цифры, "
        "пробелы допускаются)"),
    "cli_fingerprint_metavar": "ОТПЕЧАТОК",
    "cli_lang": "язык вывода (по умолчанию — язык системы)",
    "cli_error": "командная строка не распознана ({detail}); см. --help",
}

KK: dict[str, str] = {
    # Draft by the LANG helper from resources/translations/GLOSSARY.md; awaiting review by a
    # native speaker (review: pending).
    "name_uncommitted": (
        "{name}: есепте файлдардың өз атаулары берілмейді делінген, бірақ бұл файлдың "
        "атауы тұзды хешсіз берілген"),
    "has_title": (
        "{name}: есепте файлдардың өз атаулары берілмейді делінген, бірақ бұл файлдың "
        "метадеректерінде атауы қалған"),
    "left_out": (
        "{name}: бұл есепке енгізілмеді: бұл форматтағы бейнеден жазылған орнын алып "
        "тастау мүмкін емес; манифестте оның SHA-256 мәнінің тұзды хеші берілген, сондықтан "
        "файлды түпнұсқалармен бірге ұсынып, тексеруге болады"),
    "left_out_other": (
        "{name}: бұл есепке енгізілмеді; манифестте оның SHA-256 мәнінің тұзды хеші берілген"),
    "left_out_unknown": (
        "{name}: есепке енгізілмеген деп көрсетілген, бірақ бұл тексеру бағдарламасы "
        "білмейтін түрде (оның SHA-256 мәнінің тұзды хеші жоқ немесе файл есепте бар)"),
    "title": "{created} жасалған {report_id} есебін тексеру",
    "fingerprint_heading": "Осы есепке қол қойған кілттің саусақ ізі (SHA-256):",
    "fingerprint_anchor": (
        "Оны алғашқы жүгіну кезінде жазылып алынған саусақ ізімен салыстырыңыз (полицияның "
        "тіркеу журналында, бұрынғы есепте). Есепті қолдан жасаған адам оның титул бетін де "
        "қолдан жасай алады, сондықтан авторлықты тек басқа жерде жазылып алынған саусақ ізі "
        "дәлелдейді. Тексеру үшін: --fingerprint HEX"),
    "fingerprint_matches": "Саусақ ізі --fingerprint арқылы берілгенмен сәйкес келеді.",
    "fingerprint_differs": (
        "Кілт --fingerprint арқылы берілгенмен сәйкес ЕМЕС: бұл есепке басқа кілтпен қол "
        "қойылған"),
    "fingerprint_bad": (
        "--fingerprint: {value} SHA-256 саусақ ізі емес (64 оналтылық цифр)"),
    "pdf_fingerprint": "PDF қолтаңбасының сертификаты (осы кілтпен куәландырылған): {fingerprint}",
    "ok": "ДҰРЫС: барлық тексеруден өтті.",
    "failed": "ҚАТЕ: {problem}",
    "warning": "ЕСКЕРТУ: {problem}",
    "note": "Ескертпе: {problem}",
    "summary_failed": "Есеп тексеруден ӨТПЕДІ (мәселелер: {count}).",
    "no_such": "{path}: мұндай файл немесе бума жоқ",
    "password_needed": "PDF парольмен қорғалған: оны --password арқылы беріңіз",
    "password_wrong": "пароль бұл PDF файлын ашпайды",
    "not_pdf": "файл PDF ретінде оқылмайды ({detail})",
    "not_zip": "файл zip ретінде оқылмайды ({detail})",
    "unreadable": "файл оқылмайды ({detail})",
    "damaged_file": "{name}: оқылмайды, контейнер бүлінген ({detail})",
    "pdf_ok": "{name}: PDF қолтаңбасы жарамды және бүкіл файлды қамтиды",
    "pdf_unsigned": "{name}: PDF-те қолтаңба жоқ",
    "pdf_several": "{name}: PDF-те {count} қолтаңба бар, ал есепте біреу болады",
    "pdf_invalid": (
        "{name}: PDF қолтаңбасы мазмұнына сәйкес келмейді (беттер, мәтін немесе тіркемелер "
        "қол қойылғаннан кейін өзгертілген)"),
    "pdf_appended": (
        "{name}: PDF қолтаңбасынан кейін бірдеңе қосылған (инкременттік жаңарту немесе "
        "соңына қосылған байттар); қолтаңба бүкіл файлды қамтымайды"),
    "pdf_other_key": (
        "{name}: PDF қол қойылған манифестте аталған сертификатпен емес, басқа "
        "сертификатпен қол қойылған"),
    "pdf_structure": "{name}: PDF қолтаңбасы оқылмайды (файл бүлінген)",
    "pdf_password": "{name}: PDF парольмен қорғалған: оны --password арқылы беріңіз",
    "missing_signed": "жоқ: {names}",
    "not_ed25519": "public_key.pem Ed25519 ашық кілті емес",
    "manifest_signature": (
        "manifest.sig: қолтаңба manifest.json файлына сәйкес келмейді (манифест, қолтаңба "
        "немесе кілт өзгертілген)"),
    "manifest_signature_ok": "manifest.json: қолтаңбасы жарамды",
    "manifest_json": "manifest.json дұрыс JSON емес",
    "manifest_format": "manifest.json: белгісіз пішім {format}",
    "key_differs": "public_key.pem manifest.json ішінде аталған кілттен өзгеше",
    "certificate_differs": (
        "signing_certificate.pem manifest.json ішінде аталған сертификаттан өзгеше"),
    "certificate_uncertified": "PDF қолтаңбасының сертификаты есептің кілтімен куәландырылмаған",
    "readme_changed": "{name}: есеп жасалғаннан кейін өзгертілген",
    "original_missing": "{name}: бастапқы файл жоқ",
    "original_size": "{name}: өлшемі {size} байт, манифестте {expected}",
    "original_hash": (
        "{name}: мазмұны өзгертілген (SHA-256 {digest}, манифестте {expected})"),
    "originals_ok": "Қайта тексерілген бастапқы файлдар: {count}, бәрі сәйкес келеді",
    "unknown_file": "{name}: бұл файл есепке кірмейді (кейін қосылған)",
    "harmless_file": "{name}: буманы көшірген компьютер қосқан; зиянсыз",
    "report_hash_missing": "{name}: оның қол қойылған хеші ({files}) жоқ",
    "report_hash_signature": "{name}: қолтаңба {hashfile} файлына сәйкес келмейді",
    "report_changed": "{name}: жасалғаннан кейін өзгертілген (SHA-256 өзгеше)",
    "chain_order": "хеш тізбегі: {position} жазбасы жоқ немесе өз орнында емес",
    "chain_follow": "хеш тізбегі: {position} жазбасы алдыңғысынан кейін келмейді",
    "chain_changed": "хеш тізбегі: {position} жазбасы өзгертілген",
    "chain_head": "хеш тізбегі: соңғы жазбасы манифестте аталғанмен сәйкес келмейді",
    "chain_incident_version": (
        "{record} оқиғасы: {saved} сақталған нұсқасы хеш тізбегінде жоқ"),
    "chain_incident_listed": "{record} оқиғасы: көрсетілген нұсқа тізбекте жоқ",
    "chain_evidence": (
        "{name}: файл туралы мәліметтер хеш тізбегінде жазылғанмен сәйкес келмейді"),
    "chain_protective_order": (
        "{record} қорғау нұсқамасы: есептегі нұсқа хеш тізбегінде жоқ"),
    "chain_statement": (
        "полицияға арыз ({record} жазба): есептегі нұсқа хеш тізбегінде жоқ"),
    "chain_broken_at_export": (
        "хеш тізбегі: есеп жасалған кезде-ақ бұзылған болатын ({reason})"),
    # What was wrong with the chain when the report was made (chain.Problem).
    "problem_damaged_event": "бір жазба оқылмайды",
    "problem_missing_or_reordered": "бір жазба жоқ немесе өз орнында емес",
    "problem_broken_link": "бір жазба алдыңғысынан кейін келмейді",
    "problem_changed": "бір жазба жазылғаннан кейін өзгертілген",
    "problem_unrecorded_revision": "бір жазбада тізбекте аталмаған нұсқа бар",
    "problem_record_gone": "тізбекте аталған бір жазба жоқ",
    "problem_head_gone": (
        "соңғы жазбаның мөрі жоқ немесе бүлінген: жаңарақ жазбалар "
        "жоғалған болуы мүмкін"),
    "problem_events_lost": "бұрын жазылған жазбалар жоқ",
    "problem_events_maybe_lost": (
        "кейінгі өзгеріске дейін соңғы жазбаның мөрі жоқ немесе бүлінген болып шықты: оған "
        "дейін жазылған жазбалар жоғалған болуы мүмкін (бар-жоғы және саны белгісіз)"),
    "problem_store_rolled_back": (
        "қойма файлының бір бөлігі оның ескірек көшірмесінен қайтарылған, соңғы жазбаның "
        "мөрі жоқ: жаңарақ жазбалар жоғалған болуы мүмкін"),
    "chain_backwards": (
        "хеш тізбегі: {seq} жазбасы ({time}) өзінің алдындағы {previous_seq} жазбасынан "
        "({previous_time}) ертерек күнмен белгіленген: олардың арасында компьютер сағаты "
        "кері бұрылған, сондықтан олардың уақытына сенуге болмайды"),
    "chain_ok": "{count} жазбадан тұратын хеш тізбегі тексерілді",
    "copies_ok": (
        "Қайта тексерілген GPS координаттарынсыз көшірмелер: {count}, бәрі сәйкес келеді; "
        "әрқайсысы өз түпнұсқасының SHA-256 мәнімен немесе оның тұзды хешімен байланысқан "
        "(түпнұсқа мен тұзды ұсынып, салыстыруға болады)"),
    "original_unopened": (
        "{name}: түпнұсқаның SHA-256 мәні есепте тек тұзды хешпен берілген, файлды "
        "салыстыратын мәні жоқ"),
    "derived_unknown": "{name}: белгісіз түрдегі немесе өз SHA-256 мәні жоқ туынды көшірме",
    "derived_has_position": (
        "{name}: бұл көшірме координаттарсыз деп көрсетілген, бірақ онда GPS координаттары бар"),
    "derived_has_serial": (
        "{name}: бұл көшірме сәйкестендіретін деректерсіз деп көрсетілген, бірақ онда "
        "камераның сериялық нөмірі бар"),
    "original_has_position": (
        "{name}: есепте фото мен бейнелердің түсірілген орны берілмейді делінген, бірақ бұл "
        "файлда координаттар бар"),
    "derived_unlinked": (
        "{name}: түпнұсқамен байланысы жоқ туынды көшірме (түпнұсқаның SHA-256 мәні жоқ "
        "немесе файл туралы мәліметтердегімен сәйкес келмейді)"),
    "withheld_uncommitted": (
        "{name}: көшірмеде {field} өрісі жасырылған, бірақ есепте оның тұзды хеші жоқ"),
    "commitment_differs": (
        "{name}: {field} өрісінің көрсетілген мәні оның тұзды хешіне сәйкес келмейді "
        "(мәні өзгертілген)"),
    "chain_from_checkpoint": (
        "хеш тізбегі: {time} бақылау нүктесінен кейінгі {seq} жазбасынан басталады; одан "
        "бұрынғы жазбалар қосылмаған, өйткені оларда осы есепте жасырылған координаттар "
        "жазылған, ал барлық жазбалар бақылау нүктесінде қайта жазылған"),
    "detail_in_english": "техникалық себебі --lang en арқылы іске қосқанда көрсетіледі",
    # -- the command line (verify --help); review: pending, like the rest of KK
    "cli_usage": "қолданылуы:",
    "cli_description": "Экспортталған оқиғалар туралы есепті тексеру.",
    "cli_arguments": "аргументтер:",
    "cli_options": "параметрлер:",
    "cli_help": "осы анықтаманы көрсету және шығу",
    "cli_path": "есептің PDF файлы, zip файлы немесе бумасы",
    "cli_path_metavar": "жол",
    "cli_password": "PDF файлының паролі, егер ол болса",
    "cli_password_metavar": "ПАРОЛЬ",
    "cli_fingerprint": (
        "алғашқы жүгіну кезінде жазылған кілт саусақ ізі (64 оналтылық цифр, бос орындарға "
        "рұқсат етіледі)"),
    "cli_fingerprint_metavar": "САУСАҚ_ІЗІ",
    "cli_lang": "шығыс тілі (әдепкі бойынша — жүйенің тілі)",
    "cli_error": "командалық жол түсінікті емес ({detail}); --help қараңыз",
}

CATALOGUES = {"en": EN, "ru": RU, "kk": KK}


def text(language: str, key: str, **values: object) -> str:
    reason = values.get("reason")
    if isinstance(reason, str) and f"problem_{reason}" in EN:  # a chain.Problem code
        values = {**values, "reason": text(language, f"problem_{reason}")}
    for code in FALLBACK.get(language, ("en",)):
        found = CATALOGUES[code].get(key)
        if found is not None:
            return found.format(**values)
    raise KeyError(key)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def system_language() -> str:
    """ru, kk or en from the environment (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) or the
    system locale (Windows names such as Russian_Russia)."""
    candidates = [os.environ.get(v, "") for v in ("LC_ALL", "LC_MESSAGES", "LANG",
                                                  "LANGUAGE")]
    with contextlib.suppress(ValueError):
        candidates.append(locale.getlocale()[0] or "")
    for value in candidates:
        value = value.lower()
        if not value or value in ("c", "posix"):
            continue
        if value.startswith(("kk", "kazakh")):
            return "kk"
        if value.startswith(("ru", "russian")):
            return "ru"
        return "en"
    return "en"
