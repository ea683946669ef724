<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Backup</name>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="14"/>
        <source>This file is not a backup made by this app.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл файл осы қолданбаның сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="16"/>
        <source>This backup was made by a newer version of the app. Update the app, then restore it.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл көшірмені қолданбаның жаңарақ нұсқасы жасаған. Қолданбаны жаңартып, содан кейін қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="19"/>
        <source>That code does not open this backup. Check the digits and try again.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл код көшірмені ашпайды. Таңбаларды тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="22"/>
        <source>This backup is incomplete: it was cut off while being copied. Use another copy.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірме толық емес: көшіру кезінде үзіліп қалған. Басқа көшірмені алыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="25"/>
        <source>This backup is damaged: some of its bytes were changed. Use another copy.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірме зақымдалған: оның кейбір байттары өзгерген. Басқа көшірмені алыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="28"/>
        <source>Cancelled. Nothing was written and nothing was changed.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тоқтатылды. Ештеңе жазылмады және ештеңе өзгермеді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="31"/>
        <source>There is no room left there. Nothing was written; an earlier backup there is unchanged.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Онда орын қалмады. Ештеңе жазылмады; ондағы бұрынғы көшірме өзгермеді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="34"/>
        <source>That place cannot be written to (is the stick locked or read-only?). Nothing was changed.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ол жерге жазу мүмкін емес (флешка құлыптаулы ма, әлде тек оқуға арналған ба?). Ештеңе өзгермеді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="37"/>
        <source>The place disappeared while writing (was the stick removed?). Nothing was changed: plug it in and try again.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жазу кезінде орын жоғалып кетті (флешка алынды ма?). Ештеңе өзгермеді: оны қосып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="40"/>
        <source>The backup was written but does not read back correctly, so it cannot be trusted. Try another stick or folder.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірме жазылды, бірақ қайта дұрыс оқылмайды, сондықтан оған сенуге болмайды. Басқа флешканы не қалтаны қолданып көріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="43"/>
        <source>This computer&apos;s disk is full. Nothing was changed.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл компьютердің дискісі толы. Ештеңе өзгермеді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="45"/>
        <source>That PIN is not right. Nothing was written.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-код дұрыс емес. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="47"/>
        <source>A vault already exists here. Nothing was changed.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мұнда қойма бұрыннан бар. Ештеңе өзгермеді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="49"/>
        <source>That file cannot be read. Nothing was changed.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл файл оқылмайды. Ештеңе өзгермеді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="50"/>
        <source>That did not work. Nothing was changed.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Болмады. Ештеңе өзгермеді.</translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="82"/>
        <source>Your backups</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақтық көшірмелеріңіз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="90"/>
        <source>Make a backup</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="92"/>
        <source>A backup is one encrypted file with everything in the vault: journal, evidence, plan and settings. Save it on a USB stick and keep the stick away from this computer. Your recovery code opens it on any computer; your PIN does not, unless you choose so below.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақтық көшірме — қоймадағының бәрі бар бір шифрланған файл: күнделік, дәлелдемелер, жоспар және баптаулар. Оны флешкаға сақтап, флешканы осы компьютерден алыс ұстаңыз. Қалпына келтіру коды оны кез келген компьютерде ашады; PIN-кодыңыз ашпайды, егер төменде оны таңдамасаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="100"/>
        <location filename="../../src/safeplan/ui/backup_view.py" line="246"/>
        <source>Before the first backup, type your 24-digit recovery code once:</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Алғашқы көшірме алдында 24 таңбалы қалпына келтіру кодын бір рет теріңіз:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="102"/>
        <source>Recovery code</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="105"/>
        <source>OK</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="109"/>
        <source>Also let my PIN open this backup</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл көшірмені PIN-кодым да ашсын</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="115"/>
        <source>Think twice. Anyone who gets the file can try PINs on a graphics card, with no keyring to slow them down: a 6-digit PIN falls in minutes, 10 digits or more hold out far longer. And a PIN someone forced out of you would open this file too. The recovery code alone is safer.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тағы ойланыңыз. Файлды алған адам PIN-кодтарды видеокартада тексере алады, оған кілттер бауы кедергі болмайды: 6 таңбалы PIN-код бірнеше минутта табылады, 10 таңба және одан көп әлдеқайда ұзақ шыдайды. Сізден күшпен алынған PIN-код бұл файлды да ашады. Тек қалпына келтіру коды қауіпсізірек.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="120"/>
        <location filename="../../src/safeplan/ui/backup_view.py" line="121"/>
        <source>Your PIN</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-кодыңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="124"/>
        <source>Make a backup…</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақтық көшірме жасау…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="128"/>
        <source>Cancel</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="133"/>
        <source>Progress</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="144"/>
        <source>Reminders</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Еске салғыштар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="148"/>
        <source>Remind me after this many days</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Осынша күннен кейін еске салу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="150"/>
        <source>Never</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="151"/>
        <source>After {n} days</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{n} күннен кейін</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="153"/>
        <source>Changes not in a backup:</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірмеге кірмеген өзгерістер:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="156"/>
        <source>The reminder shows only inside the vault, never on the calculator.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Еске салғыш тек қойманың ішінде көрінеді, калькуляторда ешқашан көрінбейді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="157"/>
        <source>Remember where the last backup was saved</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Соңғы көшірме қайда сақталғанын есте сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="163"/>
        <source>Kept encrypted in the vault. Leave it off if someone who might open the vault should not learn where your stick is.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қоймада шифрланып сақталады. Қойманы ашуы мүмкін адам флешкаңыздың қайда екенін білмеуі керек болса, қоспаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="168"/>
        <source>Replace with a backup</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақтық көшірмемен ауыстыру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="170"/>
        <source>Puts a backup in place of everything in this vault. The vault as it is now is saved as a backup file first, so nothing is lost. Afterwards the calculator shows: open the vault with the new PIN.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Осы қоймадағының бәрінің орнына сақтық көшірмені қояды. Алдымен қазіргі қойма сақтық көшірме файлына сақталады, сондықтан ештеңе жоғалмайды. Кейін калькулятор көрінеді: қойманы жаңа PIN-кодпен ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="175"/>
        <source>Choose a backup…</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірмені таңдау…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="180"/>
        <source>Backup file:</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірме файлы:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="182"/>
        <source>Recovery code of that backup</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сол көшірменің қалпына келтіру коды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="184"/>
        <source>Its recovery code:</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оның қалпына келтіру коды:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="185"/>
        <source>New PIN</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жаңа PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="186"/>
        <source>New PIN (6–16 digits):</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жаңа PIN-код (6–16 таңба):</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="187"/>
        <source>New PIN again</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жаңа PIN-код қайтадан</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="189"/>
        <source>New PIN again:</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жаңа PIN-код қайтадан:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="192"/>
        <source>Replace…</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ауыстыру…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="195"/>
        <source>Yes, replace the vault now</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Иә, қойманы қазір ауыстыру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="223"/>
        <source>No backup has been made yet.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Әзірге сақтық көшірме жасалмаған.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="228"/>
        <source>Last backup: {when}, saved to {place}</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Соңғы көшірме: {when}, сақталған жері: {place}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="231"/>
        <source>Last backup: {when}</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Соңғы көшірме: {when}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="236"/>
        <source>Some changes from {days} days ago are not in any backup yet. Consider making one.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{days} күн бұрынғы және одан кейінгі өзгерістер әлі ешбір көшірмеде жоқ. Көшірме жасаған жөн.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="242"/>
        <source>Your recovery code does not open the vault since a PIN change made without it. Type your 24-digit recovery code once:</source>
        <translatorcomment>review: pending — draft by the RECOVERY helper from the glossary (қойма, кілт, қалпына келтіру коды, сақтық көшірмелер, PIN-код), awaiting a native speaker</translatorcomment>
        <translation>PIN-код онсыз өзгертілгендіктен, қалпына келтіру коды қойманы ашпайды. 24 таңбалы қалпына келтіру кодын бір рет теріңіз:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="291"/>
        <source>The recovery code has 24 digits.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қалпына келтіру кодында 24 таңба бар.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="294"/>
        <source>Checking…</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="303"/>
        <source>Thank you. Backups can be made now.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Рақмет. Енді сақтық көшірме жасауға болады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="304"/>
        <source>That is not the recovery code of this vault.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл осы қойманың қалпына келтіру коды емес.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="317"/>
        <source>Type your PIN (6 to 16 digits) to add it.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосу үшін PIN-кодыңызды (6–16 таңба) теріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="319"/>
        <source>Save the backup</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақтық көшірмені сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="338"/>
        <source>Making the backup…</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="353"/>
        <source>Backup saved and checked: {name} ({size} MB). Keep it away from this computer.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірме сақталды және тексерілді: {name} ({size} МБ). Оны осы компьютерден алыс ұстаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="357"/>
        <source>Note: {n} items were already damaged in the vault itself and are copied as they are.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ескерту: {n} элемент қойманың өзінде бұрыннан зақымдалған, олар сол күйінде көшірілді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="372"/>
        <source>Choose the backup</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақтық көшірмені таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="392"/>
        <source>Choose the backup file first.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Алдымен көшірме файлын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="395"/>
        <source>Type that backup&apos;s 24-digit recovery code.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сол көшірменің 24 таңбалы қалпына келтіру кодын теріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="398"/>
        <source>A PIN is 6 to 16 digits.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-код 6–16 таңбадан тұрады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="401"/>
        <source>The two new PINs are different.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Екі жаңа PIN-код сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="403"/>
        <source>Opening the backup…</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірме ашылуда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="414"/>
        <source>The backup opens. Now choose where to keep the vault as it is now.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірме ашылады. Енді қазіргі қойманы қайда сақтайтыныңызды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="415"/>
        <source>Keep the current vault as</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қазіргі қойманы былай сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="425"/>
        <source>Everything in this vault will be replaced by the backup made on {when}. The vault as it is now will be saved to {place} first. Click again to replace.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Осы қоймадағының бәрі {when} жасалған көшірмемен ауыстырылады. Алдымен қазіргі қойма {place} ішіне сақталады. Ауыстыру үшін тағы басыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="443"/>
        <source>Saving the current vault, then replacing it…</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қазіргі қойма сақталуда, содан кейін ауыстырылады…</translation>
    </message>
</context>
<context>
    <name>CalculatorView</name>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="46"/>
        <source>Clear</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тазарту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="47"/>
        <source>Change sign</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Таңбасын өзгерту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="48"/>
        <source>Percent</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Пайыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="49"/>
        <source>Divide</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бөлу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="50"/>
        <source>Multiply</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көбейту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="51"/>
        <source>Minus</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Алу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="52"/>
        <source>Plus</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="53"/>
        <source>Backspace</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Соңғысын өшіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="54"/>
        <source>Decimal point</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ондық нүкте</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="55"/>
        <source>Equals</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тең</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="103"/>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="155"/>
        <source>Expression</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өрнек</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="106"/>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="156"/>
        <source>Result</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="227"/>
        <source>Cannot divide by zero</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Нөлге бөлу анықталмаған</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="228"/>
        <source>Result is too large</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Нәтиже тым үлкен</translation>
    </message>
</context>
<context>
    <name>EvidenceKinds</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="43"/>
        <source>Injury photo</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жарақаттың фотосы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="44"/>
        <source>Damaged property</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бүлінген мүлік</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="45"/>
        <source>Screenshot of messages</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Хабарламалардың скриншоты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="46"/>
        <source>Medical document</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Медициналық құжат</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="47"/>
        <source>Police or court document</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Полиция немесе сот құжаты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="48"/>
        <source>Audio</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Аудио</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="49"/>
        <source>Video</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="50"/>
        <source>Photo</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="51"/>
        <source>Other</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>EvidenceOrigins</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="32"/>
        <source>Not said</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="33"/>
        <source>A photo I took</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өзім түсірген фото</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="34"/>
        <source>A screenshot</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Скриншот</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="35"/>
        <source>A document issued to me</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Маған берілген құжат</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="36"/>
        <source>A recording I made</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өзім жасаған жазба</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="37"/>
        <source>A message or file he sent</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ол жіберген хабарлама немесе файл</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="300"/>
        <source>Add files…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Файлдарды қосу…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="301"/>
        <source>Add photos and other files</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Фотолар мен басқа файлдарды қосу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="304"/>
        <source>Open</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="305"/>
        <source>Open the selected item</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Таңдалған материалды ашу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="309"/>
        <source>Filter by kind</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түрі бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="310"/>
        <source>All kinds</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="317"/>
        <source>Filter by incident</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оқиға бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="319"/>
        <source>From date</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="319"/>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="321"/>
        <source>any</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>кез келген</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="321"/>
        <source>To date</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="333"/>
        <source>From</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="335"/>
        <source>to</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="340"/>
        <source>or drag files here</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>немесе файлдарды осында сүйреп әкеліңіз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="346"/>
        <source>Evidence</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="362"/>
        <source>No evidence yet. Add photos of injuries or damage, screenshots of messages, recordings, medical or police papers with Add files…, or drag them here. Each file is encrypted into the vault exactly as it is; the original stays where it was unless you choose to remove it.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Әзірге дәлелдемелер жоқ. Жарақаттардың не бүлінген заттардың фотоларын, хабарламалардың скриншоттарын, жазбаларды, медициналық не полиция құжаттарын «Файлдарды қосу…» батырмасымен қосыңыз немесе осында сүйреп әкеліңіз. Әр файл қоймаға дәл сол күйінде шифрланып сақталады; түпнұсқа өз орнында қалады, егер оны өшіруді таңдамасаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="366"/>
        <source>Opening…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ашылуда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="409"/>
        <source>The evidence could not be opened.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәлелдемелерді ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="425"/>
        <source>All incidents</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Барлық оқиғалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="452"/>
        <source>Add evidence</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәлелдемелерді қосу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="523"/>
        <source>Save a copy (not protected)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірмесін сақтау (қорғалмайды)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="534"/>
        <source>Saving the copy…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірме сақталуда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="539"/>
        <source>Copy saved, identical to the original. It is NOT protected: anyone who opens this computer can see it. Move it where it needs to go, then delete it.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірме сақталды, ол түпнұсқамен бірдей. Ол ҚОРҒАЛМАҒАН: бұл компьютерді ашқан кез келген адам оны көре алады. Оны керек жерге көшіріп, кейін өшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="547"/>
        <source>Not saved: the vault&apos;s copy no longer matches the SHA-256 taken at import.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақталмады: қоймадағы көшірме қосу кезінде алынған SHA-256 мәніне енді сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="550"/>
        <source>Not saved.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақталмады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="552"/>
        <source>Not saved: the place you chose cannot be written (full, read-only or no permission). Nothing was left there.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақталмады: сіз таңдаған орынға жазу мүмкін емес (орын толы, тек оқуға арналған немесе рұқсат жоқ). Онда ештеңе қалған жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/evidence_view.py" line="441"/>
        <source>{shown} of %n items</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>%n материалдың {shown} көрсетілген</numerusform>
            <numerusform>%n материалдың {shown} көрсетілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/evidence_view.py" line="443"/>
        <source>%n damaged items could not be opened</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>%n бүлінген материал ашылмады</numerusform>
            <numerusform>%n бүлінген материал ашылмады</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="187"/>
        <source>Fit</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker; short form (the zoom row must fit a narrow panel)</translatorcomment>
        <translation>Сыйдыру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="188"/>
        <source>Fit the picture to the window</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Суретті терезеге сыйдыру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="190"/>
        <source>Zoom out</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="193"/>
        <source>Zoom in</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="197"/>
        <source>Show at actual size</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Нақты өлшемде көрсету</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="212"/>
        <source>Caption</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="215"/>
        <source>Kind of evidence</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәлелдеме түрі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="221"/>
        <source>How you got it</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл сізге қалай келді</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="228"/>
        <source>Known</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Белгілі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="230"/>
        <source>The time it was taken is known</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түсірілген уақыты белгілі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="233"/>
        <source>When it was taken</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қашан түсірілді</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="242"/>
        <source>Notes</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="246"/>
        <source>Linked incidents</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Байланысты оқиғалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="255"/>
        <source>Caption:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сипаттама:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="256"/>
        <source>Kind:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="257"/>
        <source>How you got it:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қайдан:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="259"/>
        <source>Taken:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түсірілді:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="260"/>
        <source>Notes:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="262"/>
        <source>Find an incident</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оқиғаны табу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="263"/>
        <source>Find an incident…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оқиғаны табу…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="268"/>
        <source>Incidents:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оқиғалар:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="273"/>
        <source>Facts recorded at import</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосу кезінде жазылған мәліметтер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="285"/>
        <source>Recorded at import (cannot be changed)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосу кезінде жазылған (өзгертуге болмайды)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="305"/>
        <source>Back to the gallery</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Галереяға оралу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="307"/>
        <source>Save a copy…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірмесін сақтау…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="308"/>
        <source>Save a copy of the original file</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бастапқы файлдың көшірмесін сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="310"/>
        <source>Delete</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="311"/>
        <source>Delete this item for good</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл материалды біржола өшіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="313"/>
        <source>Save</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="334"/>
        <source>Opening the picture…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сурет ашылуда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="339"/>
        <source>{type} file. It is kept exactly as it was imported; use Save a copy to open it in another program.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{type} файлы. Ол қосылған күйінде дәл сақталады; оны басқа бағдарламада ашу үшін «Көшірмесін сақтау» таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="373"/>
        <source>File: {name}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Файл: {name}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="374"/>
        <source>Type (by content): {mime}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түрі (мазмұны бойынша): {mime}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="375"/>
        <source>Size: {size} ({bytes} bytes)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өлшемі: {size} ({bytes} байт)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="377"/>
        <source>SHA-256: {hash}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="378"/>
        <source>Imported: {when}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосылды: {when}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="379"/>
        <source>File last modified: {when}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Файл соңғы рет өзгертілді: {when}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="383"/>
        <source>Picture: {width} × {height}, orientation {orientation}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сурет: {width} × {height}, бағдары {orientation}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="386"/>
        <source>Taken (EXIF): {when}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түсірілді (EXIF): {when}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="387"/>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="390"/>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="393"/>
        <source>not recorded</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>жазылмаған</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="389"/>
        <source>Camera: {camera}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Камера: {camera}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="392"/>
        <source>GPS position: {position}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>GPS координаттары: {position}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="396"/>
        <source>Duration: {duration}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ұзақтығы: {duration}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="399"/>
        <source>Sound: {rate} kHz, {channels} channels, {bitrate} kbit/s</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дыбыс: {rate} кГц, арналар: {channels}, {bitrate} кбит/с</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="404"/>
        <source>Recorded (from the file): {when}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жазылған уақыты (файл бойынша): {when}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="407"/>
        <source>Duration: not readable from this file</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ұзақтығы: бұл файлдан оқылмайды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="408"/>
        <source>Versions of the details: {count}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сипаттама нұсқалары: {count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="421"/>
        <source>This picture is too large to show safely. The file is kept unchanged; use Save a copy to open it elsewhere.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл сурет қауіпсіз көрсету үшін тым үлкен. Файл өзгертілмей сақталады; оны басқа жерде ашу үшін «Көшірмесін сақтау» таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="423"/>
        <source>This picture is damaged and cannot be shown. The file is kept exactly as it was imported.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл сурет бүлінген, оны көрсету мүмкін емес. Файл қосылған күйінде дәл сақталады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="425"/>
        <source>This kind of picture cannot be shown here. The file is kept unchanged; use Save a copy to open it elsewhere.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мұндай суретті мұнда көрсету мүмкін емес. Файл өзгертілмей сақталады; оны басқа жерде ашу үшін «Көшірмесін сақтау» таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="466"/>
        <source>Not saved: the vault could not be written. Nothing was lost.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақталмады: қоймаға жазу мүмкін болмады. Ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="469"/>
        <source>Saved.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="477"/>
        <source>Click again to delete for good</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Біржола өшіру үшін тағы бір рет басыңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="488"/>
        <source>Could not delete it; nothing was changed.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өшіру мүмкін болмады; ештеңе өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="118"/>
        <source>What to include</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Нені қосу керек</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="119"/>
        <source>Everything in the journal</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күнделіктің бәрі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="120"/>
        <source>Incidents in a date range</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Белгілі бір кезеңдегі оқиғалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="121"/>
        <source>Incidents I choose</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мен таңдаған оқиғалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="127"/>
        <source>From date</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="129"/>
        <source>To date</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="132"/>
        <source>From</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="134"/>
        <source>to</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="139"/>
        <source>Incidents to include</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есепке қосылатын оқиғалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="142"/>
        <source>The evidence linked to them (photos and files, attached byte for byte)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оларға байланысты дәлелдемелер (фотолар мен файлдар, байтпа-байт тіркеледі)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="144"/>
        <source>The history of changes (every earlier version)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өзгерістер тарихы (бұрынғы барлық нұсқалар)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="151"/>
        <source>Find an incident</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оқиғаны табу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="152"/>
        <source>Find an incident…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оқиғаны табу…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="218"/>
        <source>About the report</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есеп туралы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="219"/>
        <source>Your name (optional)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Атыңыз (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="220"/>
        <source>optional: leave empty to keep your name out</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>міндетті емес: атыңыз есепте болмауы үшін бос қалдырыңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="221"/>
        <source>Purpose (optional)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кімге арналған (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="222"/>
        <source>for example: for the district police, for the court</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>мысалы: учаскелік полиция инспекторына, сотқа</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="225"/>
        <source>Your IIN (optional)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>ЖСН (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="226"/>
        <source>optional: 12 digits, printed on the declaration page</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>міндетті емес: 12 цифр, растау бетінде басылады</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="229"/>
        <source>Language of the report</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есептің тілі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="234"/>
        <source>Your name:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Атыңыз:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="235"/>
        <source>IIN:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="236"/>
        <source>Purpose:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кімге арналған:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="237"/>
        <source>Language of the report:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есептің тілі:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="252"/>
        <source>Format</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Пішімі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="253"/>
        <source>PDF report, with the original files attached inside it</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PDF есеп, бастапқы файлдар оның ішіне тіркелген</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="255"/>
        <source>Zip file for a lawyer: report, originals and signature files side by side</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Заңгерге арналған zip файлы: есеп, түпнұсқалар және қолтаңба файлдары қатар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="257"/>
        <source>Folder for a lawyer (the same, not zipped)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Заңгерге арналған бума (дәл солай, zip-ке салынбаған)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="265"/>
        <source>Protect the PDF with a password (AES-256)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PDF файлын парольмен қорғау (AES-256)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="267"/>
        <source>Password for the PDF</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PDF үшін пароль</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="268"/>
        <source>password</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>пароль</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="269"/>
        <source>Repeat the password</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Парольді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="270"/>
        <source>repeat the password</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>парольді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="277"/>
        <source>Any PDF reader will ask for it. Give the password to the recipient separately, not in the same message or on the same USB stick.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кез келген PDF бағдарламасы оны сұрайды. Парольді алушыға бөлек беріңіз: сол хабарламада да, сол флешкада да емес.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="284"/>
        <source>Export</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="286"/>
        <source>The exported report is not protected by this app: anyone who has the file can read it unless it has a password. Save it straight to a USB stick if you can, and do not leave a copy on this computer.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Экспортталған есепті бұл қолданба қорғамайды: егер паролі болмаса, файлы бар кез келген адам оны оқи алады. Мүмкін болса, оны бірден флешкаға сақтаңыз және бұл компьютерде көшірмесін қалдырмаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="290"/>
        <source>Even after you delete it, this computer can remember the report: file managers keep small pictures (thumbnails) of the photos you export, and PDF readers and the system keep lists of recently opened files with their names. Exporting straight to a USB stick, and not opening the report on this computer, leaves the least behind.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өшірілгеннен кейін де бұл компьютер есепті есте сақтауы мүмкін: файл менеджерлері экспортталған фотолардың кішірейтілген көшірмелерін (эскиздерін) сақтайды, ал PDF бағдарламалары мен жүйе жуырда ашылған файлдардың тізімін олардың атауларымен сақтайды. Есепті бірден флешкаға сақтап, оны осы компьютерде ашпасаңыз, ең аз із қалады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="295"/>
        <source>Export…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="296"/>
        <source>Choose where to save the report</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есепті қайда сақтауды таңдау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="298"/>
        <source>Cancel</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="299"/>
        <source>Cancel the export</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Экспорттан бас тарту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="304"/>
        <source>Export progress</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Экспорт барысы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="320"/>
        <source>Check a report</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есепті тексеру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="322"/>
        <source>Checks a report PDF, a zip file or a folder (choose its manifest.json): the signature, every original file and the hash chain. Needs no PIN.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PDF есепті, zip файлын немесе буманы (ондағы manifest.json таңдаңыз) тексереді: қолтаңбаны, әр бастапқы файлды және хеш тізбегін. PIN-код керек емес.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="325"/>
        <source>Password of the PDF to check, if it has one</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тексерілетін PDF паролі, егер ол болса</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="326"/>
        <source>password, if the PDF has one</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>пароль, егер PDF-те ол болса</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="327"/>
        <source>Check a report…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есепті тексеру…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="328"/>
        <location filename="../../src/safeplan/ui/export_view.py" line="629"/>
        <source>Choose a report to check</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тексеретін есепті таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="335"/>
        <source>Result of the check</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тексеру нәтижесі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="472"/>
        <source>The journal is still opening.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күнделік әлі ашылып жатыр.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="474"/>
        <source>The start date is after the end date.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Басталу күні аяқталу күнінен кейін тұр.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="476"/>
        <source>Tick at least one incident.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кемінде бір оқиғаны белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="479"/>
        <source>There is nothing to export for these choices.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл таңдау бойынша экспорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="482"/>
        <source>Choose a password of at least 8 characters.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кемінде 8 таңбадан тұратын пароль таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="484"/>
        <source>The two passwords are not the same.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Екі пароль бірдей емес.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="495"/>
        <source>Choose a folder for the report</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есеп үшін буманы таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="498"/>
        <source>Save the report</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="501"/>
        <source>PDF documents (*.pdf)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="502"/>
        <source>Zip files (*.zip)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Zip файлдары (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="527"/>
        <source>Writing the report…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есеп жазылуда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="547"/>
        <source>Cancelling…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бас тартылуда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="560"/>
        <source>Saved: {path}
Report {report_id}: {incidents} incidents, {items} evidence items.
Key fingerprint: {fingerprint}
This file is NOT protected by the vault. Move it where it needs to go and delete it from this computer.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақталды: {path}
Есеп {report_id}: оқиғалар — {incidents}, дәлелдемелер — {items}.
Кілттің саусақ ізі: {fingerprint}
Бұл файлды қойма ҚОРҒАМАЙДЫ. Оны керек жерге көшіріп, бұл компьютерден өшіріңіз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/export_view.py" line="580"/>
        <source>%n file(s) were left out of the report: they could not be checked for where they were recorded (stored in fragments, or a part is not understood); the report names each one. Export with the locations to include them.</source>
        <translatorcomment>review: pending — draft by the HARDEN helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>%n файл есепке енгізілмеді: олардың қай жерде жазылғанын тексеру мүмкін болмады (бөліктермен сақталған немесе бір бөлігі түсініксіз); есеп әрқайсысын атайды. Оларды қосу үшін координаттарымен экспорттаңыз.</numerusform>
            <numerusform>%n файл есепке енгізілмеді: олардың қай жерде жазылғанын тексеру мүмкін болмады (бөліктермен сақталған немесе бір бөлігі түсініксіз); есеп әрқайсысын атайды. Оларды қосу үшін координаттарымен экспорттаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="591"/>
        <source>Cancelled. Nothing was written.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бас тартылды. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="594"/>
        <source>{name} is a video in a format from which this program cannot take out the place it was recorded. Nothing was written. Send the originals with their location, or unlink this video from the report&apos;s incidents.</source>
        <translatorcomment>review: pending — draft by the EVIDENCE2 helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name} — бағдарлама жазылған орнын алып тастай алмайтын форматтағы бейне. Ештеңе жазылмады. Түпнұсқаларды координаттарымен беріңіз немесе бұл бейнені есептегі оқиғалардан ажыратыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="611"/>
        <source>The disk is full. Nothing was written; choose another place.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Диск толы. Ештеңе жазылған жоқ; басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="613"/>
        <source>Something with that name is already there. Nothing was written.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Онда осындай атаумен бірдеңе бар. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="615"/>
        <source>That place cannot be written (read-only or no permission). Nothing was written.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ол орынға жазу мүмкін емес (тек оқуға арналған немесе рұқсат жоқ). Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="618"/>
        <source>The report could not be made. Nothing was written.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есепті жасау мүмкін болмады. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="630"/>
        <source>Reports (*.pdf *.zip manifest.json);;All files (*)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есептер (*.pdf *.zip manifest.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="644"/>
        <source>Checking…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="659"/>
        <source>FAILED: the file cannot be read.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>ҚАТЕ: файл оқылмайды.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="241"/>
        <source>First pages of the report</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Есептің алғашқы беттері</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="242"/>
        <location filename="../../src/safeplan/ui/export_view.py" line="365"/>
        <source>Declaration</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Мәліметтердің дұрыстығын растау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="243"/>
        <source>First pages:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Алғашқы беттер:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="367"/>
        <source>Statement: {first}</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Арыз: {first}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="163"/>
        <source>Where the photos were taken</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Суреттер қай жерде түсірілген</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="170"/>
        <source>Photos that record where they were taken</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түсірілген орны жазылған суреттер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="403"/>
        <source>{name}: GPS position</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: GPS координаттары</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="405"/>
        <source>{name}: not read at import, looked at when the report is made</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: қосу кезінде оқылмаған, есеп жасалғанда тексеріледі</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/export_view.py" line="423"/>
        <source>%n photo(s) in this report record where they were taken.</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>Бұл есептегі %n суретте түсірілген орны жазылған.</numerusform>
            <numerusform>Бұл есептегі %n суретте түсірілген орны жазылған.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="427"/>
        <source>No photo in this report records where it was taken.</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл есептегі бірде-бір суретте түсірілген орны жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="606"/>
        <source>The location could not be taken out of {name}. Nothing was written. Send the originals with their location, or unlink this photo from the report&apos;s incidents.</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name} файлынан координаттарды алып тастау мүмкін болмады. Ештеңе жазылмады. Түпнұсқаларды координаттарымен беріңіз немесе бұл суретті есептегі оқиғалардан ажыратыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="172"/>
        <source>Copies without the location (recommended)</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Координаттарсыз көшірмелер (ұсынылады)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="182"/>
        <source>Originals with the location</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Координаттары бар түпнұсқалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="185"/>
        <source>Anyone who gets the report can see where each photo was taken.</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есепті алған кез келген адам әр суреттің қай жерде түсірілгенін көре алады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="175"/>
        <source>The position is taken out of each photo and video. The originals stay in the vault; the report names each by a sealed form of its SHA-256, so that it can be produced later and checked.</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Әр сурет пен бейнеден координаттар алынып тасталады. Түпнұсқалар қоймада қалады; есепте әрқайсысы өз SHA-256 мәнінің мөрленген түрімен көрсетіледі, сондықтан оны кейін ұсынып, тексеруге болады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="600"/>
        <source>{name} is damaged, cut short or built in a way this program does not understand, so the place it was recorded cannot be taken out of it. Nothing was written. Send the originals with their location, or unlink this file from the report&apos;s incidents.</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name} файлы зақымдалған, қысқартылған немесе бағдарлама түсінбейтін түрде құрылған, сондықтан одан жазылған орнын алып тастау мүмкін емес. Ештеңе жазылмады. Түпнұсқаларды координаттарымен беріңіз немесе бұл файлды есептегі оқиғалардан ажыратыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="179"/>
        <source>Files go under neutral names (“Photo”, “Recording”) and titles are taken out of recordings: a phone can name a recording by the street it was made in.</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Файлдар бейтарап атаулармен беріледі («Фото», «Жазба»), ал жазбалардан олардың тақырыбы алынып тасталады: телефон жазбаны ол жасалған көшенің атымен атауы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="203"/>
        <source>A report goes to people and files you do not control, and the place a photo was taken at home is your address: that is why copies without it are the default. Photos whose position could not be read at import (HEIC) are looked at again when the report is made. Videos in MP4, MOV or 3GP format go as copies without the place they were recorded (their pictures and sound are not changed); a video in another format (MKV, WebM, AVI) is left out of such a report, which names it; sound in other formats goes as it is and may hold it.</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есеп сіз бақыламайтын адамдарға және істерге түседі, ал үйде түсірілген суреттің орны — сіздің мекенжайыңыз: сондықтан әдепкі бойынша координаттарсыз көшірмелер таңдалған. Қосу кезінде координаттары оқылмаған суреттер (HEIC) есеп жасалғанда қайта тексеріледі. MP4, MOV және 3GP пішіміндегі бейнелер жазылған орнынсыз көшірме ретінде беріледі (кескін мен дыбыс өзгермейді); басқа пішімдегі бейне мұндай есепке енгізілмейді, есеп оны атайды; басқа пішімдегі дыбыс жазбалары сол күйінде беріледі және оны сақтауы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="409"/>
        <source>{name}: this video format cannot be cleaned of where it was recorded; left out of this report</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: бұл пішімдегі бейнеден жазылған орнын алып тастау мүмкін емес; бұл есепке енгізілмейді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/export_view.py" line="413"/>
        <source>%n file(s) will be left out of a report without the location: this video format cannot be cleaned of where it was recorded. The report names each one; choose the originals with the location to include them.</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>%n файл координаттарсыз есепке енгізілмейді: бұл пішімдегі бейнеден жазылған орнын алып тастау мүмкін емес. Есеп әрқайсысын атайды; оларды қосу үшін координаттары бар түпнұсқаларды таңдаңыз.</numerusform>
            <numerusform>%n файл координаттарсыз есепке енгізілмейді: бұл пішімдегі бейнеден жазылған орнын алып тастау мүмкін емес. Есеп әрқайсысын атайды; оларды қосу үшін координаттары бар түпнұсқаларды таңдаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/export_view.py" line="574"/>
        <source>%n file(s) were left out of the report: this video format cannot be cleaned of where it was recorded; the report names each one. Export with the locations to include them.</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>%n файл есепке енгізілмеді: бұл пішімдегі бейнеден жазылған орнын алып тастау мүмкін емес; есеп әрқайсысын атайды. Оларды қосу үшін координаттарымен экспорттаңыз.</numerusform>
            <numerusform>%n файл есепке енгізілмеді: бұл пішімдегі бейнеден жазылған орнын алып тастау мүмкін емес; есеп әрқайсысын атайды. Оларды қосу үшін координаттарымен экспорттаңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureNotice</name>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="25"/>
        <source>Problems at earlier attempts to open</source>
        <translatorcomment>review: pending — draft by the VAULT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұрынғы ашу әрекеттеріндегі ақаулар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="30"/>
        <source>OK</source>
        <translatorcomment>review: pending — draft by the VAULT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="31"/>
        <source>Hide this notice</source>
        <translatorcomment>review: pending — draft by the VAULT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл хабарламаны жасыру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="42"/>
        <source>{when}: the vault could not be opened because this computer&apos;s keyring did not answer (it may have been locked). Nothing was lost.</source>
        <translatorcomment>review: pending — draft by the VAULT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{when}: бұл компьютердің кілттер бауы жауап бермегендіктен (ол құлыпталған болуы мүмкін), қойма ашылмады. Ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="46"/>
        <source>{when}: the vault file could not be read (it was busy, or the disk had a problem). Nothing was changed. If this happens again, make an export or a backup soon.</source>
        <translatorcomment>review: pending — draft by the VAULT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{when}: қойма файлын оқу мүмкін болмады (ол бос емес еді немесе дискіде ақау болды). Ештеңе өзгертілген жоқ. Бұл қайталанса, жақын арада экспорт немесе сақтық көшірме жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="50"/>
        <source>{when}: pieces of a stored file that nothing describes were found (an import cut off by a crash, or a file&apos;s record removed outside the app). Without it they cannot be opened, so they were removed.</source>
        <translatorcomment>review: pending — draft by the HARDEN helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{when}: ешнәрсе сипаттамайтын сақталған файлдың бөліктері табылды (импорт ақаудан үзілген, немесе файл туралы жазба қолданбадан тыс жойылған). Онсыз оларды ашу мүмкін емес, сондықтан олар жойылды.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="54"/>
        <source>{when}: the vault file was damaged (cut short or partly overwritten). Everything that could still be read was opened; the damaged file was kept unchanged beside it, under the same name with a number added. Make an export now.</source>
        <translatorcomment>review: pending — draft by the HARDEN helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{when}: қойма файлы зақымдалған (соңы кесілген немесе бір бөлігі қайта жазылған). Әлі оқуға болатынның бәрі ашылды; зақымдалған файл өзгертілмей жанында, сол атпен, соңына нөмір қосылып сақталды. Қазір экспорт жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="59"/>
        <source>{when}: part of the vault&apos;s key data was damaged, so it could not be opened with that secret. Make an export now and keep your recovery code safe.</source>
        <translatorcomment>review: pending — draft by the VAULT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{when}: қойманың кілт деректерінің бір бөлігі зақымдалған, сондықтан ол осы құпиямен ашылмады. Қазір экспорт жасаңыз және қалпына келтіру кодын қауіпсіз жерде сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>FileSize</name>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/sizes.py" line="21"/>
        <source>%n byte(s)</source>
        <translatorcomment>review: pending — glib20&apos;s Kazakh “%u byte(s)” → “%u байт” (GLOSSARY: GN), awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/sizes.py" line="27"/>
        <source>{number} KB</source>
        <translatorcomment>review: pending — glib20&apos;s Kazakh “%.1f KB” → “%.1f КБ” (GLOSSARY: GN), awaiting a native speaker</translatorcomment>
        <translation>{number} КБ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/sizes.py" line="29"/>
        <source>{number} MB</source>
        <translatorcomment>review: pending — glib20&apos;s Kazakh “%.1f MB” → “%.1f МБ” (GLOSSARY: GN), awaiting a native speaker</translatorcomment>
        <translation>{number} МБ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/sizes.py" line="30"/>
        <source>{number} GB</source>
        <translatorcomment>review: pending — glib20&apos;s Kazakh “%.1f GB” → “%.1f ГБ” (GLOSSARY: GN), awaiting a native speaker</translatorcomment>
        <translation>{number} ГБ</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="72"/>
        <source>History</source>
        <translatorcomment>review: pending — draft by the KZ helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="73"/>
        <source>Show every saved version</source>
        <translatorcomment>review: pending — draft by the KZ helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Барлық сақталған нұсқаларды көрсету</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="76"/>
        <source>Earlier versions</source>
        <translatorcomment>review: pending — draft by the KZ helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұрынғы нұсқалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="96"/>
        <source>Version {number}, saved {saved}</source>
        <translatorcomment>review: pending — draft by the KZ helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{number}-нұсқа, сақталған уақыты: {saved}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="98"/>
        <source>Saved versions: {count}. Each one is in the vault&apos;s history of changes and is checked with it.</source>
        <translatorcomment>review: pending — draft by the KZ helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақталған нұсқалар: {count}. Әрқайсысы қойманың өзгерістер тарихына жазылған және онымен бірге тексеріледі.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="60"/>
        <source>Files to import</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосылатын файлдар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="64"/>
        <source>Link the files to an incident</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Файлдарды оқиғамен байланыстыру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="65"/>
        <source>Remove the originals from this computer after a verified import</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тексерілген қосудан кейін түпнұсқаларды бұл компьютерден өшіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="70"/>
        <source>Each original is deleted only after its copy in the vault has been read back and its SHA-256 matches. Deleting cannot reach copies elsewhere: SSDs can keep old data, and backups, cloud folders (Google Drive, OneDrive, iCloud), the phone the photo came from and messengers may still hold it.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Әр түпнұсқа оның қоймадағы көшірмесі қайта оқылып, SHA-256 мәні сәйкес келгеннен кейін ғана өшіріледі. Өшіру басқа жердегі көшірмелерге жетпейді: SSD дискілер ескі деректерді сақтай алады, ал сақтық көшірмелерде, бұлттық бумаларда (Google Drive, OneDrive, iCloud), фото түсірілген телефонда және мессенджерлерде олар әлі де болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="78"/>
        <source>Import progress</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосу барысы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="81"/>
        <source>Import</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="82"/>
        <source>Start the import</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосуды бастау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="84"/>
        <source>Cancel</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="85"/>
        <source>Cancel the import</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосудан бас тарту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="87"/>
        <source>Done</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дайын</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="88"/>
        <source>Close the import report</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосу қорытындысын жабу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="92"/>
        <source>Link to:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Байланыстыру:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="120"/>
        <source>No incident</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оқиғасыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="184"/>
        <source>Encrypting {name}…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name} шифрлануда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="190"/>
        <source>Cancelling…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бас тартылуда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="216"/>
        <source>Originals removed from this computer: {count}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл компьютерден өшірілген түпнұсқалар: {count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="226"/>
        <source>{name}: cancelled, nothing kept.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: бас тартылды, ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="230"/>
        <source>{name}: already in the vault as “{existing}”; that item is now linked to the incident.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: қоймада «{existing}» ретінде бар; ол енді оқиғамен байланыстырылды.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="233"/>
        <source>{name}: already in the vault as “{existing}”; not stored twice. Choose an incident above to link it instead.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: қоймада «{existing}» ретінде бар; екі рет сақталмайды. Оны байланыстыру үшін жоғарыдан оқиғаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="237"/>
        <source>The original was removed.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түпнұсқа өшірілді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="241"/>
        <source>{name}: is a folder. Open it and choose the files inside.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: бұл бума. Оны ашып, ішіндегі файлдарды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="242"/>
        <source>{name}: no longer exists.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="243"/>
        <source>{name}: could not be read (no permission or a damaged disk). The file was not changed.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: оқу мүмкін болмады (рұқсат жоқ немесе диск бүлінген). Файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="245"/>
        <source>{name}: is empty (0 bytes); there is nothing to keep.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: бос (0 байт); сақтайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="246"/>
        <source>{name}: is larger than 4 GiB, the most the vault accepts for one file.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: 4 ГиБ-тан үлкен, бұл қойма бір файл үшін қабылдайтын ең үлкен өлшем.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="248"/>
        <source>{name}: the disk is full. Nothing of it was kept; free some space and import it again.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: диск толы. Одан ештеңе сақталмады; орын босатып, қайта қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="250"/>
        <source>{name}: the vault could not be written. Nothing of it was kept.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: қоймаға жазу мүмкін болмады. Одан ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="252"/>
        <source>{name}: the file changed while it was being added (it is probably still being saved). Nothing of it was kept; add it again once it is complete.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: файл қосылып жатқанда өзгерді (мүмкін, ол әлі сақталып жатыр). Одан ештеңе сақталмады; файл толық сақталғаннан кейін оны қайта қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="257"/>
        <source>{name}: stored, SHA-256 {hash}…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name}: сақталды, SHA-256 {hash}…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="260"/>
        <source>its name does not match its content ({mime}); it was kept as it is</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>атауы мазмұнына сәйкес емес ({mime}); файл сол күйінде сақталды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="262"/>
        <source>the picture is damaged, so there is no preview; the file is kept exactly as it was</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>сурет бүлінген, сондықтан алдын ала көрінісі жоқ; файл дәл сол күйінде сақталды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="264"/>
        <source>the picture is too large to preview safely; the file is kept exactly as it was</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>сурет қауіпсіз алдын ала көрсету үшін тым үлкен; файл дәл сол күйінде сақталды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="266"/>
        <source>this kind of picture cannot be previewed</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>мұндай суреттің алдын ала көрінісін көрсету мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="271"/>
        <source>the original was removed</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>түпнұсқа өшірілді</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="273"/>
        <source>the original was NOT removed (it changed, could not be deleted, or the check failed)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>түпнұсқа ӨШІРІЛМЕДІ (ол өзгерген, өшіру мүмкін болмаған немесе тексеру өтпеген)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/evidence_view.py" line="115"/>
        <source>Import %n files into the vault</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>Қоймаға %n файлды қосу</numerusform>
            <numerusform>Қоймаға %n файлды қосу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/evidence_view.py" line="210"/>
        <source>{stored} of %n files are now in the vault</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>Енді қоймада %n файлдың {stored} файлы бар</numerusform>
            <numerusform>Енді қоймада %n файлдың {stored} файлы бар</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentCalendar</name>
    <message>
        <location filename="../../src/safeplan/ui/calendar_view.py" line="44"/>
        <source>Incidents by day</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Оқиғалар күн бойынша</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calendar_view.py" line="57"/>
        <source>Incidents on the chosen day</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Таңдалған күнгі оқиғалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calendar_view.py" line="65"/>
        <source>Darker days had more incidents; a red outline marks a sign of danger (strangling, a weapon, a threat to kill…). Choose a day to see what happened.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Күн неғұрлым қою болса, оқиға соғұрлым көп болған; қызыл сызық — қауіп белгісі (тұншықтыру, қару, өлтіремін деп қорқыту…). Не болғанын көру үшін күнді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calendar_view.py" line="86"/>
        <source>{count} incidents</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Оқиғалар: {count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calendar_view.py" line="100"/>
        <source>This month: {incidents} incidents on {days} days.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Осы айда: {days} күнде {incidents} оқиға.</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="86"/>
        <source>Date</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="92"/>
        <source>Time</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="95"/>
        <source>Time unknown</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Уақыты белгісіз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="104"/>
        <source>When:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қашан:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="105"/>
        <source>The date is approximate</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күні шамамен</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="108"/>
        <source>About when</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Шамамен қашан</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="109"/>
        <source>e.g. the week before New Year</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>мысалы, Жаңа жылдың алдындағы аптада</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="114"/>
        <source>How long it lasted</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қанша уақытқа созылды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="115"/>
        <source>How long:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ұзақтығы:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="116"/>
        <source>Where</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="117"/>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="224"/>
        <source>Where:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қайда:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="121"/>
        <source>Who did it</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мұны кім жасады</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="122"/>
        <source>Add person…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Адамды қосу…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="124"/>
        <source>Add a person to the list</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тізімге адамды қосу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="129"/>
        <source>Who:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кім:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="133"/>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="134"/>
        <source>Name</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="135"/>
        <source>Relationship</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кім болып келеді</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="136"/>
        <source>Relationship, e.g. husband</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кім болып келеді, мысалы, күйеуі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="137"/>
        <source>Add</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="139"/>
        <source>Add this person</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл адамды қосу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="162"/>
        <source>What kind:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="163"/>
        <source>Signs of danger:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қауіп белгілері:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="174"/>
        <source>If any of these happened, tell the police and a crisis centre (150) about it explicitly: they are asked about in risk assessments.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Осылардың бірі болса, бұл туралы полицияға және дағдарыс орталығына (150) тікелей айтыңыз: тәуекелді бағалау кезінде бұлар туралы сұралады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="189"/>
        <source>What happened</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="190"/>
        <source>What happened:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Не болды:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="191"/>
        <source>Write it as soon as you can, in order: what led up to it, what he did, what you did, how it ended. Facts first; how you felt belongs here too.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мүмкіндігінше тезірек және ретімен жазыңыз: оған не себеп болды, ол не істеді, сіз не істедіңіз, бәрі немен аяқталды. Алдымен деректер; өз сезімдеріңізді де жазуға болады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="193"/>
        <source>Exact words</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәл айтылған сөздер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="194"/>
        <source>Exact words said:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәл айтылған сөздер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="195"/>
        <source>Write threats and insults word for word, in the language they were said.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қорқыту мен қорлау сөздерін сөзбе-сөз, олар айтылған тілде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="196"/>
        <source>Injuries</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жарақаттар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="197"/>
        <source>Injuries:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жарақаттар:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="198"/>
        <source>Photograph injuries with something for scale (a coin, a ruler) and again after two days, when bruises show more.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жарақаттарды масштаб үшін бір заттың (тиын, сызғыш) жанында суретке түсіріңіз, ал екі күннен кейін көгерген жерлер айқынырақ көрінгенде тағы түсіріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="200"/>
        <source>Witnesses</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Куәлар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="201"/>
        <source>Witnesses:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Куәлар:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="204"/>
        <source>Children were present</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Балалар қасында болды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="208"/>
        <source>Police were contacted</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Полицияға хабарласты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="212"/>
        <source>Police station</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Полиция бөлімі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="213"/>
        <source>Officer</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="214"/>
        <source>Report number</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Арыз нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="215"/>
        <source>Station:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бөлім:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="216"/>
        <source>Officer:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қызметкер:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="217"/>
        <source>Report number:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Арыз нөмірі:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="218"/>
        <source>Medical help</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Медициналық көмек</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="222"/>
        <source>Where treated</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көмек қайда көрсетілді</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="223"/>
        <source>Medical record number</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Медициналық жазба нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="225"/>
        <source>Record number:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жазба нөмірі:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="226"/>
        <source>Referred for a forensic medical examination (СМЭ)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сот-медициналық сараптамаға (СМЭ) жолданды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="230"/>
        <source>Date of the examination</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сараптама күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="231"/>
        <source>YYYY-MM-DD</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="232"/>
        <source>Where the examination was</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сараптама қайда жүргізілді</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="234"/>
        <source>Result of the examination</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сараптама нәтижесі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="235"/>
        <source>the conclusion&apos;s number, what it found</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>қорытындының нөмірі, не анықталды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="238"/>
        <source>The result document, from your evidence</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Нәтиже құжаты, дәлелдемелеріңізден</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="242"/>
        <source>Examined on:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сараптама күні:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="243"/>
        <source>Examined at:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қайда:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="244"/>
        <source>Result:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="245"/>
        <source>Result document:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Құжат:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="250"/>
        <source>Protective order this breached</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұзылған қорғау нұсқамасы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="251"/>
        <source>None</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="254"/>
        <source>Order breached:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұзылған нұсқама:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="257"/>
        <source>How afraid you felt, 0 to 10</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қаншалықты қорықтыңыз, 0-ден 10-ға дейін</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="265"/>
        <source>How afraid (0–10):</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қорқыныш (0–10)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="266"/>
        <source>Tags</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="267"/>
        <source>separated by commas</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="268"/>
        <source>Tags:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Белгілер:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="271"/>
        <source>Keep the numbers of police reports and medical records: they let a lawyer find the official papers later.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Полицияға берген арыздар мен медициналық жазбалардың нөмірлерін сақтаңыз: кейін заңгер олар бойынша ресми құжаттарды таба алады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="286"/>
        <source>Cancel</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="288"/>
        <source>Cancel editing</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өзгерістерден бас тарту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="291"/>
        <source>Save</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="293"/>
        <source>Save the incident</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оқиғаны сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="316"/>
        <source>Evidence linked to this incident: {names}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Осы оқиғаға байланысты дәлелдемелер: {names}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="320"/>
        <source>No evidence linked yet. Add photos and files under Evidence, then link them to this incident there.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Әзірге дәлелдемелер байланыстырылмаған. «Дәлелдемелер» бөлімінде фотолар мен файлдарды қосып, сонда оларды осы оқиғамен байланыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="239"/>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="341"/>
        <source>Not chosen</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="474"/>
        <source>The date is in the future.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл күн әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="475"/>
        <source>That is not a real date.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мұндай күн жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="476"/>
        <source>That date is too far in the past.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл күн тым ерте.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="477"/>
        <source>That is not a real time.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мұндай уақыт жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="478"/>
        <source>Please write what happened.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Не болғанын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="479"/>
        <source>Choose a number from 0 to 10.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>0-ден 10-ға дейінгі санды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="481"/>
        <source>The date of the examination is not a real date (YYYY-MM-DD).</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сараптама күні дұрыс көрсетілмеген (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="497"/>
        <source>“{field}” is too long to keep in one entry (over 200,000 characters). Please split it into two entries.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>«{field}» өрісі бір жазбада сақтау үшін тым ұзын (200 000 таңбадан көп). Оны екі жазбаға бөліңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="501"/>
        <source>Please check the form.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Пішінді тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="52"/>
        <source>Date</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="52"/>
        <source>Kinds</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түрлері</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="52"/>
        <source>What happened</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="53"/>
        <source>Evidence</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәлелдемелер</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="143"/>
        <source>Search the journal</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күнделіктен іздеу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="144"/>
        <source>Search…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="149"/>
        <source>Filter by kind</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түрі бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="150"/>
        <source>All kinds</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="156"/>
        <source>Filter by person</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Адам бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="158"/>
        <source>From date</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="159"/>
        <source>To date</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="175"/>
        <source>From</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="177"/>
        <source>to</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="183"/>
        <source>Incidents</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="198"/>
        <source>Evidence</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="203"/>
        <source>New incident</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="206"/>
        <source>Open</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="207"/>
        <source>Open the incident</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жазбаны ашу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="209"/>
        <source>History</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="210"/>
        <source>Show earlier versions</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұрынғы нұсқаларды көрсету</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="212"/>
        <location filename="../../src/safeplan/ui/journal_view.py" line="498"/>
        <source>Move to trash</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қоқысқа</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="214"/>
        <source>Trash</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қоқыс</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="215"/>
        <source>Show the trash</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қоқыс шелегін көрсету</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="218"/>
        <location filename="../../src/safeplan/ui/journal_view.py" line="540"/>
        <source>Empty trash</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қоқыс шелегін тазарту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="220"/>
        <source>Timeline</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Айлар бойынша</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="221"/>
        <source>Show incidents per month</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оқиғаларды айлар бойынша көрсету</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="244"/>
        <source>Opening…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ашылуда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="253"/>
        <source>An entry you had not saved was kept.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақталмаған жазбаңыз жоба ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="255"/>
        <source>Continue it</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="257"/>
        <source>Discard it</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жобаны өшіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="270"/>
        <source>Earlier versions</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұрынғы нұсқалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="272"/>
        <source>Back to the list</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тізімге оралу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="304"/>
        <source>any</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>кез келген</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="324"/>
        <source>Checking the history…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тарих тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="335"/>
        <source>The history could not be checked just now.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тарихты қазір тексеру мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="339"/>
        <source>The journal could not be opened.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күнделікті ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="346"/>
        <source>Anyone</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="380"/>
        <source>Warning: the journal&apos;s history was altered at change number {number}.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Назар аударыңыз: күнделік тарихы № {number} өзгерістен бастап өзгертілген.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="388"/>
        <source>Warning: %n stored files belong to no evidence item: the item was removed from the file outside the app, or is damaged. The files are kept.</source>
        <translatorcomment>review: pending — draft by the HARDEN helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>Назар аударыңыз: сақталған %n файл ешбір дәлелдемеге жатпайды: дәлелдеме файлдан қолданбадан тыс жойылған немесе бүлінген. Файлдар сақталды.</numerusform>
            <numerusform>Назар аударыңыз: сақталған %n файл ешбір дәлелдемеге жатпайды: дәлелдеме файлдан қолданбадан тыс жойылған немесе бүлінген. Файлдар сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="401"/>
        <source>Warning: the protective order {order} differs from its recorded history.</source>
        <translatorcomment>review: pending — draft by the KZ helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Назар аударыңыз: {order} қорғау нұсқамасы өзінің жазылған тарихына сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="404"/>
        <source>Warning: the police statement «{statement}» differs from its recorded history.</source>
        <translatorcomment>review: pending — draft by the KZ helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Назар аударыңыз: «{statement}» полицияға арызы өзінің жазылған тарихына сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="407"/>
        <source>Warning: the evidence item «{name}» differs from its recorded history.</source>
        <translatorcomment>review: pending — draft by the KZ helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Назар аударыңыз: «{name}» дәлелдемесі өзінің жазылған тарихына сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="409"/>
        <source>Warning: an entry differs from its recorded history.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Назар аударыңыз: жазба өзінің жазылған тарихына сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="426"/>
        <source>Warning: part of the file was put back from an older copy of it outside the app (found on {date}), and the record of the history&apos;s last change is missing: changes made after that copy may have been removed. Everything still in the file opens, and you can keep working.</source>
        <translatorcomment>review: pending — draft by the CHAIN helper from the glossary (Қойма, көшірме) and the head_gone wording, awaiting a native speaker</translatorcomment>
        <translation>Назар аударыңыз: файлдың бір бөлігі қолданбаны айналып өтіп оның ескірек көшірмесінен қайтарылған ({date} табылды), ал тарихтың соңғы өзгерісі туралы жазба жоқ — сол көшірмеден кейінгі өзгерістер жойылған болуы мүмкін. Файлда барының бәрі ашылады, жұмысты жалғастыра беруге болады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="453"/>
        <source>Warning: change number {number} of the history cannot be read (the file is damaged there). It was made between {after} and {before}.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Назар аударыңыз: тарихтағы № {number} өзгеріс оқылмайды (файл сол жерде бүлінген). Ол {after} мен {before} аралығында жасалған.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="458"/>
        <source>Warning: change number {number} of the history, the last one, cannot be read (the file is damaged there). It was made after {after}.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Назар аударыңыз: тарихтағы № {number} өзгеріс, соңғысы, оқылмайды (файл сол жерде бүлінген). Ол {after} кейін жасалған.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="463"/>
        <source>Warning: change number {number} of the history, the first one, cannot be read (the file is damaged there). It was made before {before}.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Назар аударыңыз: тарихтағы № {number} өзгеріс, біріншісі, оқылмайды (файл сол жерде бүлінген). Ол {before} дейін жасалған.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="466"/>
        <source>Warning: change number {number} of the history cannot be read (the file is damaged there).</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Назар аударыңыз: тарихтағы № {number} өзгеріс оқылмайды (файл сол жерде бүлінген).</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="489"/>
        <source>Trash: {shown} of {total}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қоқыс: {total} ішінен {shown}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="497"/>
        <source>Restore</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="550"/>
        <source>Click again to delete for good</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Біржола өшіру үшін тағы бір рет басыңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="624"/>
        <source>Version {number}, saved {saved}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{number}-нұсқа, сақталған уақыты: {saved}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="625"/>
        <source>Date: {date} {time}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күні: {date} {time}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="626"/>
        <source>Kinds: {kinds}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түрлері: {kinds}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="629"/>
        <source>Exact words: {words}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәл айтылған сөздер: {words}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="224"/>
        <source>Calendar</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="225"/>
        <source>Show incidents by day</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Оқиғаларды күн бойынша көрсету</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="367"/>
        <source>History intact: %n changes recorded and checked.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>Тарих бүтін: %n өзгеріс жазылып, тексерілді.</numerusform>
            <numerusform>Тарих бүтін: %n өзгеріс жазылып, тексерілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="487"/>
        <source>{shown} of %n incidents</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>%n оқиғаның {shown} көрсетілген</numerusform>
            <numerusform>%n оқиғаның {shown} көрсетілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="492"/>
        <source>%n damaged entries could not be opened</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>%n бүлінген жазба ашылмады</numerusform>
            <numerusform>%n бүлінген жазба ашылмады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="633"/>
        <source>First recorded {when}; %n versions.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>Алғаш жазылған уақыты: {when}; %n нұсқа.</numerusform>
            <numerusform>Алғаш жазылған уақыты: {when}; %n нұсқа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="415"/>
        <source>Warning: the last %n changes of the history were removed from the file outside the app. Everything else is intact, and you can keep working.</source>
        <translatorcomment>review: pending — draft by the CHAIN helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>Назар аударыңыз: тарихтың соңғы %n өзгерісі файлдан қолданбаны айналып өтіп жойылған. Қалғанының бәрі бүтін, жұмысты жалғастыра беруге болады.</numerusform>
            <numerusform>Назар аударыңыз: тарихтың соңғы %n өзгерісі файлдан қолданбаны айналып өтіп жойылған. Қалғанының бәрі бүтін, жұмысты жалғастыра беруге болады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="419"/>
        <source>Warning: the record of the history&apos;s last change is missing or damaged, so its newest changes may have been removed from the file outside the app. Everything still in the file opens, and you can keep working.</source>
        <translatorcomment>review: pending — draft by the CHAIN helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Назар аударыңыз: тарихтың соңғы өзгерісі туралы жазба жоқ немесе бүлінген, сондықтан ең жаңа өзгерістер файлдан қолданбаны айналып өтіп жойылған болуы мүмкін. Файлда барының бәрі ашылады, жұмысты жалғастыра беруге болады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="438"/>
        <source>Warning: %n changes of the history were removed from the file outside the app (noticed on {date}). Everything else is intact.</source>
        <translatorcomment>review: pending — draft by the CHAIN helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
            <numerusform>Назар аударыңыз: тарихтың %n өзгерісі файлдан қолданбаны айналып өтіп жойылған ({date} байқалды). Қалғанының бәрі бүтін.</numerusform>
            <numerusform>Назар аударыңыз: тарихтың %n өзгерісі файлдан қолданбаны айналып өтіп жойылған ({date} байқалды). Қалғанының бәрі бүтін.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="441"/>
        <source>Warning: changes of the history were removed from the file outside the app (noticed on {date}); how many is not known. Everything else is intact.</source>
        <translatorcomment>review: pending — draft by the CHAIN helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Назар аударыңыз: тарихтың өзгерістері файлдан қолданбаны айналып өтіп жойылған ({date} байқалды); қаншасы екені белгісіз. Қалғанының бәрі бүтін.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="432"/>
        <source>Warning: on {date} the record of the history&apos;s last change was found missing or damaged, so changes made before then may have been removed from the file outside the app; whether any were, and how many, is not known. Everything still in the file opens, and you can keep working.</source>
        <translatorcomment>review: pending — draft by the CHAIN2 helper from the glossary and the head_gone wording, awaiting a native speaker</translatorcomment>
        <translation>Назар аударыңыз: {date} тарихтың соңғы өзгерісі туралы жазба жоқ немесе бүлінген болып шықты, сондықтан оған дейінгі өзгерістер файлдан қолданбаны айналып өтіп жойылған болуы мүмкін; ондайлардың бар-жоғы және саны белгісіз. Файлда барының бәрі ашылады, жұмысты жалғастыра беруге болады.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="23"/>
        <source>Physical</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Физикалық</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="24"/>
        <source>Sexual</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жыныстық</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="25"/>
        <source>Psychological or verbal</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Психологиялық немесе сөзбен</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="26"/>
        <source>Threats</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қорқыту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="27"/>
        <source>Economic</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Экономикалық</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="28"/>
        <source>Stalking, or monitoring your phone or computer</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Аңду немесе телефоныңызды не компьютеріңізді бақылау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="31"/>
        <source>Harm to or threats about the children</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Балаларға зиян немесе балалар туралы қорқыту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="34"/>
        <source>Strangling or choking</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тұншықтыру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="35"/>
        <source>Weapon used or threatened</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қару: қолданды немесе қорқытты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="36"/>
        <source>Threat to kill</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кісі өлтіремін деп қорқыту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="37"/>
        <source>Violence during pregnancy</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жүктілік кезіндегі зорлық-зомбылық</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="38"/>
        <source>Breach of a protective order</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қорғау нұсқамасын бұзу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="29"/>
        <source>Digital</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Цифрлық</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="30"/>
        <source>Damage to property</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мүлікті бүлдіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="32"/>
        <source>Harm to pets</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Үй жануарларына зиян</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="33"/>
        <source>Other</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>LegalNote</name>
    <message>
        <location filename="../../src/safeplan/ui/legal_note.py" line="16"/>
        <source>Only partly re-checked against its sources.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дереккөздер бойынша ішінара ғана қайта тексерілген.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/legal_note.py" line="19"/>
        <source>Not re-checked against a current source: treat it with care.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өзекті дереккөз бойынша қайта тексерілмеген: бұған сақтықпен қараңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/legal_note.py" line="27"/>
        <source>Source: {titles} · checked {date}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дереккөз: {titles} · тексерілген күні: {date}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/safeplan/ui/language.py" line="29"/>
        <source>Calculator</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Калькулятор</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="125"/>
        <source>Your orders</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Сіздің нұсқамаларыңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="130"/>
        <source>Kind of order</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="131"/>
        <source>Police protective order (30 days)</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Полицияның қорғау нұсқамасы (30 тәулік)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="132"/>
        <source>Court&apos;s requirements for his behaviour</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Оның мінез-құлқына соттың ерекше талаптары</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="136"/>
        <source>Number</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="137"/>
        <source>Issued by</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Кім шығарды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="138"/>
        <source>e.g. the district police department</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>мысалы, аудандық полиция басқармасы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="139"/>
        <source>Date issued</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Шығарылған күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="140"/>
        <source>YYYY-MM-DD</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="141"/>
        <source>Date it was handed to him</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Оған табыс етілген күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="142"/>
        <source>YYYY-MM-DD (if not the day issued)</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>ЖЖЖЖ-АА-КК (шығарылған күні болмаса)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="145"/>
        <source>Months set by the court</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Сот белгілеген ай саны</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="148"/>
        <source>End date written on the paper</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Құжатта жазылған аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="149"/>
        <source>only if the paper says another date</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>құжатта басқа күн жазылса ғана</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="150"/>
        <source>Conditions</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Шарттары</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="154"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="296"/>
        <source>Kind:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="155"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="296"/>
        <source>Number:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="156"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="297"/>
        <source>Issued by:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Кім шығарды:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="157"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="297"/>
        <source>Issued on:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Шығарылған күні:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="158"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="298"/>
        <source>Handed to him on:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Оған табыс етілді:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="160"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="299"/>
        <source>Months:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Ай:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="162"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="300"/>
        <source>Ends on:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Аяқталуы:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="163"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="300"/>
        <source>Conditions:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Шарттары:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="166"/>
        <source>New order</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Жаңа нұсқама</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="168"/>
        <source>Save</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="169"/>
        <source>Save the order</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Нұсқаманы сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="171"/>
        <source>Delete</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="172"/>
        <source>Delete the order</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Нұсқаманы жою</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="174"/>
        <source>Record a breach…</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Бұзуды жазу…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="175"/>
        <source>Record a breach of this order as an incident</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Осы нұсқаманың бұзылуын оқиға ретінде жазу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="212"/>
        <source>starts {date}</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>{date} басталады</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="214"/>
        <source>ended {date}</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>{date} аяқталды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="216"/>
        <source>ends today ({date})</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>бүгін аяқталады ({date})</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="217"/>
        <source>{days} days left (ends {date})</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>{days} күн қалды ({date} дейін)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="234"/>
        <source>{order}: {status}. Before it ends, ask the police or a court what protection comes next.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>{order}: {status}. Ол аяқталғанға дейін полициядан немесе соттан әрі қарай қандай қорғау болатынын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="255"/>
        <source>In force until {date}: {status}.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>{date} дейін күшінде: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="316"/>
        <source>Write the date it was issued.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Шығарылған күнін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="317"/>
        <source>The end date is before the start.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Аяқталу күні басталуынан бұрын.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="318"/>
        <source>Choose how many months the court set.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Сот неше айға белгілегенін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="328"/>
        <source>A date is not a real date: write it as YYYY-MM-DD.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Күн дұрыс емес: ЖЖЖЖ-АА-КК түрінде жазыңыз.</translation>
    </message>
</context>
<context>
    <name>PictureView</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="81"/>
        <source>Picture</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сурет</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="38"/>
        <source>Digits typed</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Терілген цифрлар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="41"/>
        <source>Backspace</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Соңғысын өшіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="41"/>
        <location filename="../../src/safeplan/ui/pinpad.py" line="44"/>
        <source>OK</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="147"/>
        <source>Parts of the plan</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жоспардың бөлімдері</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="148"/>
        <source>Opening…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ашылуда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="159"/>
        <source>The plan could not be opened.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жоспарды ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="179"/>
        <source>Checklists</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тізімдер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="181"/>
        <source>People and places</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Адамдар мен орындар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="183"/>
        <source>Help numbers</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қайда қоңырау шалу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="185"/>
        <source>Print or save</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Басып шығару немесе сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="196"/>
        <source>Lists</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тізімдер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="201"/>
        <source>Name of a new list</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жаңа тізімнің атауы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="202"/>
        <source>New list…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жаңа тізім…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="207"/>
        <source>Add a list from the templates</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Үлгілерден тізім қосу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="216"/>
        <source>Name of the list</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тізімнің атауы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="220"/>
        <source>Progress of the list</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тізімнің орындалуы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="222"/>
        <source>%v of %m done</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>%m ішінен %v орындалды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="225"/>
        <source>Items of the list</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тізімнің тармақтары</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="234"/>
        <source>Note on the selected item</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Таңдалған тармаққа ескертпе</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="235"/>
        <source>Note on the selected item (where it is, who has it)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Таңдалған тармаққа ескертпе (қайда тұр, кімде)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="239"/>
        <source>New item</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жаңа тармақ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="240"/>
        <source>Add an item and press Enter</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тармақты жазып, Enter басыңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="242"/>
        <source>Move the item up</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тармақты жоғары жылжыту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="244"/>
        <source>Move the item down</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тармақты төмен жылжыту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="246"/>
        <source>Delete item</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тармақты өшіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="248"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="401"/>
        <source>Restore template</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бастапқы күйіне</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="249"/>
        <source>Restore the list to its template</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тізімді бастапқы үлгісіне қайтару</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="251"/>
        <source>Delete list</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тізімді өшіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="276"/>
        <source>Add the list «{title}»</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>«{title}» тізімін қосу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="398"/>
        <source>Click again to confirm</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Растау үшін тағы бір рет басыңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="436"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="564"/>
        <source>Trusted people</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сенім артуға болатын адамдар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="438"/>
        <source>Name</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="438"/>
        <source>Phone</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="439"/>
        <source>What they know</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Олар не біледі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="439"/>
        <source>Code word</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Шартты сөз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="443"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="569"/>
        <source>Safe places</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қауіпсіз орындар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="445"/>
        <source>Place</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="445"/>
        <source>Address</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="446"/>
        <source>When it is open</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қашан ашық</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="446"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="472"/>
        <source>Notes</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="456"/>
        <source>Country</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="469"/>
        <source>Your own numbers</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өз нөмірлеріңіз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="471"/>
        <source>Who</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="471"/>
        <source>Number</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="479"/>
        <source>Kazakhstan</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="479"/>
        <source>Other countries</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Басқа елдер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="495"/>
        <source>Source: {title}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дереккөз: {title}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="501"/>
        <source>published {date}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>жарияланған күні: {date}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="502"/>
        <source>checked {date}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>тексерілген күні: {date}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="512"/>
        <source>History only: it may not work now, and he may know it too.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тек тарих ретінде: қазір жұмыс істемеуі мүмкін, әрі ол да мұны білуі мүмкін.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="515"/>
        <source>This is tied to its date and may have changed since.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл мәліметтер көрсетілген күнгі; содан бері өзгеруі мүмкін.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="518"/>
        <source>Works online, from abroad: not a first contact when you are in danger.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Шетелден онлайн жұмыс істейді: қауіп төнгенде алғашқы хабарласатын жер емес.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="522"/>
        <source>Numbers change: check them when you can, and add your own below.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Нөмірлер өзгереді: мүмкіндігіңіз болғанда тексеріп, төменде өз нөмірлеріңізді қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="531"/>
        <source>A one-page plan: your trusted people, safe places, the emergency bag and the key numbers. A printed or saved plan is NOT protected: anyone who finds it can read it. Hide it well, or keep it with someone you trust.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бір беттік жоспар: сенім артуға болатын адамдар, қауіпсіз орындар, дабыл сөмкесі және негізгі нөмірлер. Басып шығарылған немесе сақталған жоспар ҚОРҒАЛМАҒАН: оны тапқан кез келген адам оқи алады. Оны жақсылап жасырыңыз немесе сенімді адамда қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="546"/>
        <source>Save as text…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мәтін ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="559"/>
        <source>MY PLAN</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>МЕНІҢ ЖОСПАРЫМ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="562"/>
        <source>(none yet)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>(әзірге жоқ)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="566"/>
        <source>code word: {word}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>шартты сөз: {word}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="580"/>
        <source>Key numbers</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Негізгі нөмірлер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="585"/>
        <source>Save as text</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мәтін ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="586"/>
        <source>Text files (*.txt)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мәтіндік файлдар (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="598"/>
        <source>Saved. Remember: this file is not protected.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақталды. Есте сақтаңыз: бұл файл қорғалмаған.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="601"/>
        <source>The plan could not be saved there (is the disk full or the folder read-only?). Nothing was written.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жоспарды ол жерге сақтау мүмкін болмады (диск толы ма, әлде бума тек оқуға арналған ба?). Ештеңе жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>ProtectionView</name>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="616"/>
        <source>Protection</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Қорғау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="617"/>
        <source>Opening…</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Ашылуда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="644"/>
        <source>Orders</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Нұсқамалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="645"/>
        <source>Statement to the police</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Полицияға арыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="648"/>
        <source>Some saved orders or statements could not be read (the file is damaged there); the others are shown.</source>
        <translatorcomment>review: pending — draft by the KZ helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кейбір сақталған нұсқамалар немесе арыздар оқылмайды (файл сол жерде бүлінген); қалғандары көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="659"/>
        <source>This part could not be opened.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Бұл бөлім ашылмады.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/safeplan/ui/qt_texts.py" line="18"/>
        <source>Drive</source>
        <translatorcomment>review: pending — Qt&apos;s own text (missing from the qtbase catalogues we ship); wording from qtbase_kk, awaiting a native speaker</translatorcomment>
        <translation>Жетек</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/qt_texts.py" line="19"/>
        <source>File Folder</source>
        <translatorcomment>review: pending — Qt&apos;s own text (missing from the qtbase catalogues we ship); wording from qtbase_kk, awaiting a native speaker</translatorcomment>
        <translation>Файлдар бумасы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/qt_texts.py" line="20"/>
        <source>Folder</source>
        <translatorcomment>review: pending — Qt&apos;s own text (missing from the qtbase catalogues we ship); wording from qtbase_kk, awaiting a native speaker</translatorcomment>
        <translation>Бума</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/qt_texts.py" line="21"/>
        <source>Unknown</source>
        <translatorcomment>review: pending — Qt&apos;s own text (missing from the qtbase catalogues we ship); wording from qtbase_kk, awaiting a native speaker</translatorcomment>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/safeplan/ui/qt_texts.py" line="16"/>
        <source>&amp;Look in:</source>
        <translatorcomment>review: pending — Qt&apos;s own text (missing from the qtbase catalogues we ship); wording from qtbase_kk, awaiting a native speaker</translatorcomment>
        <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/qt_texts.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translatorcomment>review: pending — Qt&apos;s own text (missing from the qtbase catalogues we ship); wording from qtbase_kk, awaiting a native speaker</translatorcomment>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="25"/>
        <source>Incident documentation</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оқиғаларды құжаттау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="26"/>
        <source>Prepared by</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Құрастырған</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="27"/>
        <source>Period covered</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="28"/>
        <source>Report created</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есеп жасалған күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="29"/>
        <source>Incidents</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="30"/>
        <source>Evidence items</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="31"/>
        <source>Report ID</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есеп нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="32"/>
        <source>Public key fingerprint (SHA-256)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ашық кілттің саусақ ізі (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="54"/>
        <source>Report {report_id} · Page {page} of {pages}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есеп {report_id} · {pages} беттің {page}-беті</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="55"/>
        <source>Summary</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="56"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="374"/>
        <source>Date</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="57"/>
        <source>Kinds</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түрлері</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="58"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="67"/>
        <source>What happened</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="59"/>
        <source>Evidence</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="60"/>
        <source>Incident {number}: {date}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{number}-оқиға: {date}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="61"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="388"/>
        <source>Date and time</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="62"/>
        <source>approximate: {note}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>шамамен: {note}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="63"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="148"/>
        <source>Duration</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="64"/>
        <source>Place</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="65"/>
        <source>Person responsible</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мұны жасаған адам</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="66"/>
        <source>Kinds of abuse</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Зорлық-зомбылық түрлері</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="68"/>
        <source>Exact words said</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәл айтылған сөздер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="69"/>
        <source>Injuries</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жарақаттар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="70"/>
        <source>Witnesses</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Куәлар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="71"/>
        <source>Children present</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Балалар қасында болды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="72"/>
        <source>Police contacted</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Полицияға хабарласты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="73"/>
        <source>Police station, officer, report number</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Полиция бөлімі, қызметкер, арыз нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="74"/>
        <source>Medical help</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Медициналық көмек</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="75"/>
        <source>Where, record number</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қайда, жазба нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="76"/>
        <source>Referred for a forensic medical examination</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сот-медициналық сараптамаға жолданды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="77"/>
        <source>Examination: date, place, result</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сараптама: күні, орны, нәтижесі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="78"/>
        <source>Examination result document</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сараптама нәтижесінің құжаты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="79"/>
        <source>Evidence {number}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{number}-дәлелдеме</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="80"/>
        <source>kept in the journal, not in this report</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>күнделікте сақталады, бұл есепке енгізілмеген</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="81"/>
        <source>Protective order breached</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қорғау нұсқамасы бұзылды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="82"/>
        <source>an order not included in this report</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>бұл есепке енгізілмеген нұсқама</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="83"/>
        <source>How afraid (0–10)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қорқыныш (0–10)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="84"/>
        <source>Tags</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="85"/>
        <source>First recorded</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Алғаш жазылған</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="86"/>
        <source>Versions</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Нұсқалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="164"/>
        <source>History of changes</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өзгерістер тарихы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="173"/>
        <source>The journal&apos;s hash chain</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күнделіктің хеш тізбегі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="183"/>
        <source>Stored files that belonged to no evidence item at export: {count}. Their item was removed from the file outside the app, or is damaged; the files are kept in the vault.</source>
        <translatorcomment>review: pending — draft by the HARDEN helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Экспорт кезінде ешбір дәлелдемеге жатпаған сақталған файлдар: {count}. Дәлелдеме файлдан қолданбадан тыс жойылған немесе бүлінген; файлдар қоймада сақталған.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="193"/>
        <source>an event cannot be read</source>
        <translatorcomment>review: pending (hash-chain problem, terms as the verifier&apos;s Kazakh)</translatorcomment>
        <translation>бір жазба оқылмайды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="194"/>
        <source>an event is missing or out of order</source>
        <translatorcomment>review: pending (hash-chain problem, terms as the verifier&apos;s Kazakh)</translatorcomment>
        <translation>бір жазба жоқ немесе өз орнында емес</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="195"/>
        <source>an event does not follow the one before it</source>
        <translatorcomment>review: pending (hash-chain problem, terms as the verifier&apos;s Kazakh)</translatorcomment>
        <translation>бір жазба алдыңғысынан кейін келмейді</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="196"/>
        <source>an event was changed after it was recorded</source>
        <translatorcomment>review: pending (hash-chain problem, terms as the verifier&apos;s Kazakh)</translatorcomment>
        <translation>бір жазба жазылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="197"/>
        <source>a record holds a version that no event names</source>
        <translatorcomment>review: pending (hash-chain problem, terms as the verifier&apos;s Kazakh)</translatorcomment>
        <translation>бір жазбада тізбекте аталмаған нұсқа бар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="200"/>
        <source>a record named by the chain is gone</source>
        <translatorcomment>review: pending (hash-chain problem, terms as the verifier&apos;s Kazakh)</translatorcomment>
        <translation>тізбекте аталған бір жазба жоқ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="201"/>
        <source>the seal of the newest event is missing or damaged: newer events may be gone</source>
        <translatorcomment>review: pending (hash-chain problem, terms as the verifier&apos;s Kazakh)</translatorcomment>
        <translation>соңғы жазбаның мөрі жоқ немесе бүлінген: жаңарақ жазбалар жоғалған болуы мүмкін</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="204"/>
        <source>events recorded earlier are missing</source>
        <translatorcomment>review: pending (hash-chain problem, terms as the verifier&apos;s Kazakh)</translatorcomment>
        <translation>бұрын жазылған жазбалар жоқ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="209"/>
        <source>part of the vault file was put back from an older copy and the seal of the newest event is missing: newer events may be gone</source>
        <translatorcomment>review: pending — draft by the CHAIN helper from the glossary (Қойма, көшірме) and the head_gone wording, awaiting a native speaker</translatorcomment>
        <translation>қойма файлының бір бөлігі оның ескірек көшірмесінен қайтарылған, соңғы жазбаның мөрі жоқ: жаңарақ жазбалар жоғалған болуы мүмкін</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="216"/>
        <source>create</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>құру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="217"/>
        <source>edit</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>өзгерту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="218"/>
        <source>delete</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>өшіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="219"/>
        <source>restore</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="220"/>
        <source>purge</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>біржола өшіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="221"/>
        <source>import</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>файл қосу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="222"/>
        <source>adopt</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>тізбекке енгізу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="224"/>
        <source>How to verify this report</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл есепті қалай тексеруге болады</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="225"/>
        <source>1. Check the PDF&apos;s own signature, e.g. with poppler-utils: pdfsig report.pdf (for a password-protected PDF: pdfsig -upw PASSWORD report.pdf). It must say &quot;Signature is Valid&quot; and &quot;Total document signed&quot;: otherwise a page, a text or an attachment was changed, or something was added after signing. (&quot;Certificate issuer is unknown&quot; is expected: see Appendix {proves}.)
2. Save the attached files (PDF reader: attachments panel; or pdfdetach -saveall report.pdf).
3. Compute the SHA-256 of every original and compare it with Appendix {manifest} and manifest.json:
   Linux: sha256sum FILE
   Windows: certutil -hashfile FILE SHA256
   macOS: shasum -a 256 FILE
4. Check the signature of the manifest (OpenSSL 3):
   openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in manifest.json -sigfile manifest.sig
   It must print &quot;Signature Verified Successfully&quot;.
5. Check that the keys are the ones on the cover and, above all, the ones recorded at first contact:
   {command}
   {certificate_command}
6. Or run the verifier that comes with the app, which does all of this, checks that no file was added or removed and rechecks the hash chain:
   python -m safeplan verify report.pdf --fingerprint FINGERPRINT</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>1. PDF-тің өз қолтаңбасын тексеріңіз, мысалы, poppler-utils ішіндегі pdfsig бағдарламасымен: pdfsig report.pdf (парольмен қорғалған PDF үшін: pdfsig -upw ПАРОЛЬ report.pdf). Ол &quot;Signature is Valid&quot; және &quot;Total document signed&quot; деп шығаруы керек; әйтпесе бет, мәтін немесе тіркеме өзгертілген не қол қойылғаннан кейін бірдеңе қосылған. (&quot;Certificate issuer is unknown&quot; хабары күтілетін нәрсе: {proves} қосымшасын қараңыз.)
2. Тіркелген файлдарды сақтаңыз (PDF бағдарламасының тіркемелер тақтасы немесе pdfdetach -saveall report.pdf).
3. Әр бастапқы файлдың SHA-256 мәнін есептеп, {manifest} қосымшасымен және manifest.json файлымен салыстырыңыз:
   Linux: sha256sum ФАЙЛ
   Windows: certutil -hashfile ФАЙЛ SHA256
   macOS: shasum -a 256 ФАЙЛ
4. Манифесттің қолтаңбасын тексеріңіз (OpenSSL 3):
   openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in manifest.json -sigfile manifest.sig
   Ол &quot;Signature Verified Successfully&quot; деп шығаруы керек.
5. Кілттердің титул бетіндегі кілттермен және, ең бастысы, алғашқы жүгіну кезінде жазылып алынған кілттермен сәйкес келетінін тексеріңіз:
   {command}
   {certificate_command}
6. Немесе тексеру бағдарламасын іске қосыңыз: ол осы қадамдардың бәрін орындайды, бірде-бір файл қосылмағанын не алынып тасталмағанын тексереді және хеш тізбегін қайта есептейді:
   python -m safeplan verify report.pdf --fingerprint САУСАҚ_ІЗІ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="261"/>
        <source>What this report proves and what it cannot</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл есеп нені дәлелдейді және нені дәлелдей алмайды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="262"/>
        <source>It proves that the attached files are byte for byte the files that were imported (their SHA-256 was taken at import and is signed), that the report and the manifest were signed by the keys shown on the cover, and that nothing in the pages, the files, the manifest or the signatures changed after the report was made. The hash chain shows that the entries were not changed or removed without a trace after they were recorded.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есеп тіркелген файлдардың қосылған файлдармен байтпа-байт бірдей екенін (олардың SHA-256 мәні қосу кезінде алынып, қол қойылған), манифесттің титул бетінде көрсетілген кілтпен қол қойылғанын және есеп жасалғаннан кейін файлдарда, манифестте немесе қолтаңбада ештеңе өзгермегенін дәлелдейді. Хеш тізбегі жазбалардың жазылғаннан кейін із қалдырмай өзгертілмегенін немесе өшірілмегенін көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="270"/>
        <source>The signature of this report is made with a key that the program created on the author&apos;s own computer. It is not an electronic digital signature (ЭЦП) issued by the National Certification Centre, and no authority vouches for it, which is why PDF readers say that the signer is unknown. It shows that the report has not changed since it was signed and that it comes from the same program as other reports bearing the same fingerprint. To rely on it, record the fingerprint printed on the cover at first contact (in the register of the police or the court, or in the case file) and compare it with every later report: a forger can make a new report with a new key, and even a new cover, but not one with the recorded fingerprint.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл есептің қолтаңбасы бағдарлама автордың өз компьютерінде жасаған кілтпен қойылған. Бұл Ұлттық куәландырушы орталық берген электрондық цифрлық қолтаңба (ЭЦҚ) емес және оны ешбір орган куәландырмайды, сондықтан PDF бағдарламалары қол қоюшы белгісіз деп хабарлайды. Қолтаңба есептің қол қойылғаннан кейін өзгермегенін және оның сол саусақ ізі бар басқа есептермен бір бағдарламадан шыққанын көрсетеді. Оған сүйену үшін титул бетіндегі саусақ ізін алғашқы жүгіну кезінде (полицияның немесе соттың тіркеу журналына не іс материалдарына) жазып алыңыз және әр келесі есепті онымен салыстырыңыз: жалған жасаушы жаңа кілтпен, тіпті жаңа титул бетімен жаңа есеп жасай алады, бірақ жазылып алынған саусақ ізімен жасай алмайды.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="290"/>
        <source>This folder holds an incident report and the original evidence files.

report.pdf               the report, signed as a whole (pdfsig report.pdf)
evidence/                the original files, byte for byte
manifest.json            every file&apos;s SHA-256 and facts, the entries, the hash chain, and the SHA-256 of this text
manifest.sig             Ed25519 signature of manifest.json
report.sha256            SHA-256 of report.pdf (sha256sum -c report.sha256)
report.sha256.sig        Ed25519 signature of report.sha256
public_key.pem           the key that made the signatures
signing_certificate.pem  the certificate of the PDF signature

Check the files:      sha256sum evidence/*   (Windows: certutil -hashfile FILE SHA256)
Check the signature:  openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in manifest.json -sigfile manifest.sig
Key fingerprint:      {command}
Or all at once:       python -m safeplan verify . --fingerprint FINGERPRINT
Compare the fingerprint with the one recorded at first contact.
</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл бумада оқиғалар туралы есеп және дәлелдемелердің бастапқы файлдары бар.

report.pdf               бүтіндей қол қойылған есеп (pdfsig report.pdf)
evidence/                бастапқы файлдар, өзгеріссіз
manifest.json            әр файлдың SHA-256 мәні мен мәліметтері, жазбалар, хеш тізбегі және осы мәтіннің SHA-256 мәні
manifest.sig             manifest.json файлының Ed25519 қолтаңбасы
report.sha256            report.pdf файлының SHA-256 мәні (sha256sum -c report.sha256)
report.sha256.sig        report.sha256 файлының Ed25519 қолтаңбасы
public_key.pem           қолтаңбаларды жасаған кілт
signing_certificate.pem  PDF қолтаңбасының сертификаты

Файлдарды тексеру:    sha256sum evidence/*   (Windows: certutil -hashfile ФАЙЛ SHA256)
Қолтаңбаны тексеру:   openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in manifest.json -sigfile manifest.sig
Кілттің саусақ ізі:   {command}
Бәрі бірден:          python -m safeplan verify . --fingerprint САУСАҚ_ІЗІ
Саусақ ізін алғашқы жүгіну кезінде жазылып алынғанымен салыстырыңыз.
</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="337"/>
        <source>this recording could not be checked for where it was made (it is stored in fragments, or a part of it is not understood); it is left out of this report; export with locations to include it</source>
        <translatorcomment>review: pending — draft by the HARDEN helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>бұл жазбаның қай жерде жасалғанын тексеру мүмкін болмады (ол бөліктермен сақталған немесе оның бір бөлігі түсініксіз); ол бұл есепке енгізілмеді; оны қосу үшін есепті координаттарымен экспорттаңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="356"/>
        <source>
Titles and comments left out: in the copies below, the titles, descriptions, comments and keywords written in the file&apos;s metadata (they can name a place) were blanked; the originals in the vault keep them:
</source>
        <translatorcomment>review: pending — draft by the HARDEN helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
Атаулар мен түсініктемелер алынып тасталды: төмендегі көшірмелерде файлдың метадеректеріне жазылған атаулар, сипаттамалар, түсініктемелер мен кілт сөздер (оларда орын аталуы мүмкін) өшірілді; қоймадағы түпнұсқаларда олар сақталады:
</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="362"/>
        <source>Titles and comments</source>
        <translatorcomment>review: pending — draft by the HARDEN helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Атаулар мен түсініктемелер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="363"/>
        <source>left out of this copy (they can name a place); the original keeps them</source>
        <translatorcomment>review: pending — draft by the HARDEN helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>бұл көшірмеден алынып тасталды (оларда орын аталуы мүмкін); түпнұсқада олар сақталған</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="366"/>
        <source>Declaration</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мәліметтердің дұрыстығын растау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="367"/>
        <source>I prepared this report, {report_id} of {date}, from the records I kept with the program: {incidents} incidents and {items} evidence files, on {{nb}} pages with the appendices.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Осы № {report_id} есепті {date} күні бағдарламада жүргізген жазбаларым бойынша өзім құрастырдым: оқиғалар — {incidents}, дәлелдеме файлдары — {items}, қосымшаларымен бірге барлығы {{nb}} бет.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="372"/>
        <source>Full name</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="373"/>
        <source>IIN</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="375"/>
        <source>I confirm the information set out in this document.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Осы құжатта баяндалған мәліметтерді растаймын.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="377"/>
        <source>Signature</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қолы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="379"/>
        <source>Chain of custody record</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Беру тізбегінің есебі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="380"/>
        <source>To be filled in by hand each time this report or the medium holding it is handed over. Copy the report number and the key fingerprint into the official record.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл есепті немесе ол жазылған тасығышты әр бергенде қолмен толтырылады. Есеп нөмірі мен кілттің саусақ ізі ресми есепке көшіріледі.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="386"/>
        <source>Handed over by (name, signature)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тапсырған (аты-жөні, қолы)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="387"/>
        <source>Received by (name, position, signature)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қабылдаған (аты-жөні, лауазымы, қолы)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="389"/>
        <source>Medium (USB stick, disc, e-mail)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тасығыш (флешка, диск, электрондық пошта)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="89"/>
        <source>{count}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="90"/>
        <source>Date is approximate</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күні шамамен</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="91"/>
        <source>About when</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Шамамен қашан</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="92"/>
        <source>Police station</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Полиция бөлімі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="93"/>
        <source>Police officer</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Полиция қызметкері</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="94"/>
        <source>Police report number</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Полициядағы арыз нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="95"/>
        <source>Where medical help was given</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Медициналық көмек көрсетілген жер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="96"/>
        <source>Medical record number</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Медициналық жазба нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="97"/>
        <source>Yes</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="98"/>
        <source>No</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="99"/>
        <source>Evidence {number}: {caption}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{number}-дәлелдеме: {caption}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="100"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="159"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="331"/>
        <source>File</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="101"/>
        <source>Kind</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="106"/>
        <source>How it was obtained</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қалай алынды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="107"/>
        <source>not stated</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="108"/>
        <source>a photo she took</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>өзі түсірген фото</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="109"/>
        <source>a screenshot</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>скриншот</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="110"/>
        <source>a document issued to her</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>оған берілген құжат</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="111"/>
        <source>a recording she made</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>өзі жасаған жазба</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="112"/>
        <source>a message or file sent to her</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>оған жіберілген хабарлама немесе файл</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="156"/>
        <source>Appendix {number}. {title}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{number} қосымшасы. {title}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="157"/>
        <source>Evidence manifest</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәлелдемелер тізбесі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="161"/>
        <source>Imported</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="113"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="162"/>
        <source>EXIF date</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>EXIF күні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="24"/>
        <source>%Y-%m-%d</source>
        <translatorcomment>review: pending — ДД.ММ.ГГГГ as Kazakh official documents write dates (issue 15; REPORT helper)</translatorcomment>
        <translation>%d.%m.%Y</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="33"/>
        <source>PDF signing certificate (SHA-256)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PDF қолтаңбасының сертификаты (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="34"/>
        <source>Each fingerprint is the SHA-256 of the key&apos;s DER SubjectPublicKeyInfo. Recompute them from the attached files with OpenSSL:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Әр саусақ ізі — ашық кілттің DER пішіміндегі (SubjectPublicKeyInfo) SHA-256 хеші. Оны тіркелген файлдардан OpenSSL командасымен қайта есептеуге болады:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="38"/>
        <source>The original files are attached inside this PDF, byte for byte, with manifest.json, manifest.sig, public_key.pem and signing_certificate.pem. Open your PDF reader&apos;s attachments panel (the paperclip) to save them.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бастапқы файлдар осы PDF ішіне байтпа-байт, manifest.json, manifest.sig және public_key.pem файлдарымен бірге тіркелген. Оларды сақтау үшін PDF бағдарламасында тіркемелер тақтасын (қыстырғыш белгісі) ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="43"/>
        <source>The original files are in the evidence folder next to this report, with manifest.json, manifest.sig, public_key.pem and signing_certificate.pem.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бастапқы файлдар осы есептің жанындағы evidence бумасында, manifest.json, manifest.sig және public_key.pem файлдарымен бірге жатыр.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="47"/>
        <source>This PDF carries an electronic signature over the whole file: any change to a page or an attachment makes it invalid. Every file and entry is also listed with its SHA-256 hash in a manifest signed with an Ed25519 key. Appendix {verify} explains how to check them with standard tools, and Appendix {proves} what the signature proves.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл PDF бүкіл файлды қамтитын электрондық қолтаңбамен қол қойылған: беттің немесе тіркеменің кез келген өзгерісі оны жарамсыз етеді. Сонымен қатар әр файл мен әр жазба SHA-256 хешімен бірге Ed25519 кілтімен қол қойылған манифестте көрсетілген. Стандартты құралдармен тексеру тәртібі — {verify} қосымшасында, қолтаңбаның нені растайтыны — {proves} қосымшасында.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="87"/>
        <source>{count} (the history of changes is in Appendix {appendix})</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{count} (өзгерістер тарихы {appendix} қосымшасында)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="102"/>
        <source>Taken (camera clock, EXIF)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түсірілді (камера сағаты, EXIF)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="103"/>
        <source>Date stated by the author</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Автор көрсеткен күн</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="104"/>
        <source>File last modified (clock of its computer)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Файл соңғы рет өзгертілді (оның компьютерінің сағаты)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="105"/>
        <source>Imported into the program</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бағдарламаға қосылды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="114"/>
        <source>unknown</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="115"/>
        <source>time zone not recorded</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>уақыт белдеуі жазылмаған</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="116"/>
        <source>{value} bytes</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{value} байт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="117"/>
        <source>{value} KB</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{value} КБ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="118"/>
        <source>{value} MB</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{value} МБ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="119"/>
        <source>{value} GB</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{value} ГБ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="120"/>
        <source>Camera</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="121"/>
        <source>GPS position</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>GPS координаттары</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="149"/>
        <source>Notes</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="150"/>
        <source>Evidence {number} (shown above): {caption}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{number}-дәлелдеме (жоғарыда көрсетілген): {caption}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="151"/>
        <source>No picture printed: {reason}. The original file is attached.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сурет басылмады: {reason}. Бастапқы файл тіркелген.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="154"/>
        <source>the picture cannot be decoded</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>суретті оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="155"/>
        <source>Evidence not linked to an incident</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оқиғамен байланыстырылмаған дәлелдемелер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="158"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="385"/>
        <source>No.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="160"/>
        <source>Size</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="163"/>
        <source>No evidence is included in this report.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл есепке дәлелдемелер енгізілмеген.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="165"/>
        <source>The history of changes was not included in this report; manifest.json lists the hash of every version.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өзгерістер тарихы бұл есепке енгізілмеген; manifest.json ішінде әр нұсқаның хеші көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="169"/>
        <source>No incident in this report was changed after it was first written.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл есептегі бірде-бір оқиға алғаш жазылғаннан кейін өзгертілмеген.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="172"/>
        <source>Version {number}, saved {when}</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{number}-нұсқа, сақталған уақыты: {when}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="174"/>
        <source>Every creation, change, deletion and import in the journal is an event that includes the hash of the event before it. The chain has {count} events; the last event&apos;s hash is:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күнделіктегі әр жасау, өзгерту, өшіру және қосу — алдыңғы жазбаның хешін қамтитын тізбек жазбасы. Тізбекте {count} жазба бар; соңғы жазбаның хеші:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="179"/>
        <source>State at export: intact. Every event and every version in this report matches the chain.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Экспорт кезіндегі күйі: бүтін. Осы есептегі әр жазба мен әр нұсқа тізбекке сәйкес келеді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="188"/>
        <source>State at export: BROKEN ({reason}). Some history was changed outside the app; treat the dates with care.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Экспорт кезіндегі күйі: БҰЗЫЛҒАН ({reason}). Тарихтың бір бөлігі қолданбадан тыс өзгертілген; күндерге сақтықпен қараңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="212"/>
        <source>Event</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="213"/>
        <source>Time</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="214"/>
        <source>Action</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="223"/>
        <source>Event hash (start)</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жазба хеші (басы)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="282"/>
        <source>It cannot prove that the computer&apos;s clock was right: every time comes from the computer on which the entries were written. It cannot prove who wrote the entries or took the photos, that events happened as described, or that nothing was left out: the person exporting chose what to include. The key identifies the app&apos;s vault, not a person; the same fingerprint on later reports shows they come from the same vault.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есеп компьютер сағатының дұрыс болғанын дәлелдей алмайды: барлық уақыт жазбалар жазылған компьютерден алынады. Ол жазбаларды кім жазғанын немесе суреттерді кім түсіргенін, оқиғалардың сипатталғандай болғанын немесе ештеңе тыс қалмағанын дәлелдей алмайды: нені қосуды экспорттаушы адам таңдады. Кілт адамды емес, қолданбаның қоймасын анықтайды; кейінгі есептердегі сол саусақ ізі олардың сол қоймадан екенін көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="122"/>
        <source>Withheld from this report; its commitment (SHA-256 of the position with a random salt): {commitment}</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есепке енгізілмеген; олардың тұзды хеші (координаттардың кездейсоқ тұзбен SHA-256 мәні): {commitment}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="125"/>
        <source>SHA-256 of this location-free copy</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Координаттарсыз осы көшірменің SHA-256 мәні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="126"/>
        <source>SHA-256 of the original (kept unchanged)</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түпнұсқаның SHA-256 мәні (өзгеріссіз сақталады)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="138"/>
        <source>Location-free copy of the original with SHA-256 {sha256}</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>SHA-256 мәні {sha256} түпнұсқаның координаттарсыз көшірмесі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="127"/>
        <source>Commitment to the SHA-256 of the original (kept unchanged)</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Түпнұсқаның SHA-256 мәнінің тұзды хеші (түпнұсқа өзгеріссіз сақталады)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="129"/>
        <source>A location-free copy: where it was taken or recorded (GPS, an address) and the camera&apos;s serial numbers were taken out of this file&apos;s metadata; its picture, its sound and every other byte are those of the original, which is kept unchanged and can be produced on request. The original&apos;s SHA-256 and the position are given only by salted commitments, so that neither can be found by trying values against this report; when the original is produced with its salt, it can be checked against this report (see How to verify this report).</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Координаттарсыз көшірме: түсірілген немесе жазылған орны (GPS, мекенжай) және камераның сериялық нөмірлері осы файлдың метадеректерінен алынып тасталған; кескін, дыбыс және қалған барлық байттар түпнұсқамен бірдей, түпнұсқа өзгеріссіз сақталады және сұрау бойынша ұсынылуы мүмкін. Түпнұсқаның SHA-256 мәні мен координаттар тек тұзды хештермен берілген, сондықтан оларды осы есеп бойынша іріктеп табу мүмкін емес; түпнұсқа тұзымен бірге ұсынылғанда, оны осы есеппен салыстыруға болады («Осы есепті қалай тексеруге болады» бөлімін қараңыз).</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="140"/>
        <source>Location-free copy; commitment to the original&apos;s SHA-256: {commitment}</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Координаттарсыз көшірме; түпнұсқаның SHA-256 мәнінің тұзды хеші: {commitment}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="250"/>
        <source>7. Location-free copies: the original&apos;s SHA-256 is given only as a commitment, the SHA-256 of the text of a random salt followed by the original&apos;s SHA-256. When the original is produced with its salt (64 hexadecimal digits), check that it is the one the copy was made from:
   printf &apos;%s%s&apos; SALT &quot;$(sha256sum ORIGINAL | cut -c1-64)&quot; | sha256sum
   or: printf &apos;%s%s&apos; SALT ORIGINAL_SHA256 | openssl dgst -sha256
   It must print the commitment given for the copy in Appendix {manifest}. Running the same program on the original gives the copy again, byte for byte.</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>7. Координаттарсыз көшірмелер: түпнұсқаның SHA-256 мәні тек тұзды хешпен берілген — кездейсоқ тұз бен одан кейінгі түпнұсқаның SHA-256 мәнінен тұратын мәтіннің SHA-256 мәні. Түпнұсқа тұзымен бірге (64 он алтылық цифр) ұсынылғанда, көшірменің дәл одан жасалғанын тексеріңіз:
   printf &apos;%s%s&apos; SALT &quot;$(sha256sum ORIGINAL | cut -c1-64)&quot; | sha256sum
   printf &apos;%s%s&apos; SALT ORIGINAL_SHA256 | openssl dgst -sha256
   Команда көшірме үшін {manifest} қосымшасында берілген тұзды хешті шығаруы керек. Сол бағдарлама түпнұсқаға қолданылғанда көшірмені байтпа-байт қайта береді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="311"/>
        <source>
Location-free copies (names ending in -no-gps): where they were taken or recorded and the camera&apos;s serial numbers were taken out of their metadata, and the original&apos;s SHA-256 is given only as a salted commitment (manifest.json: &quot;facts&quot; &gt; &quot;sha256&quot; &gt; &quot;commitment&quot;), so that no one can find the position by trying positions against it. When the original is produced with its salt (64 hexadecimal digits), check that it is the one the copy was made from; this must print the commitment:
    printf &apos;%s%s&apos; SALT &quot;$(sha256sum ORIGINAL | cut -c1-64)&quot; | sha256sum
    printf &apos;%s%s&apos; SALT ORIGINAL_SHA256 | openssl dgst -sha256
A report from the same vault that includes the original gives its salt (manifest.json: &quot;disclosed&quot; &gt; &quot;sha256&quot;).
</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
Координаттарсыз көшірмелер (атаулары -no-gps деп аяқталады): түсірілген немесе жазылған орны мен камераның сериялық нөмірлері олардың метадеректерінен алынып тасталған, ал түпнұсқаның SHA-256 мәні тек тұзды хешпен берілген (manifest.json: &quot;facts&quot; &gt; &quot;sha256&quot; &gt; &quot;commitment&quot;), сондықтан ол арқылы координаттарды іріктеп табу мүмкін емес. Түпнұсқа тұзымен бірге (64 он алтылық цифр) ұсынылғанда, көшірменің дәл одан жасалғанын тексеріңіз; команда тұзды хешті шығаруы керек:
    printf &apos;%s%s&apos; SALT &quot;$(sha256sum ORIGINAL | cut -c1-64)&quot; | sha256sum
    printf &apos;%s%s&apos; SALT ORIGINAL_SHA256 | openssl dgst -sha256
Түпнұсқа енгізілген сол қоймадағы есепте оның тұзы бар (manifest.json: &quot;disclosed&quot; &gt; &quot;sha256&quot;).
</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="327"/>
        <source>Photo</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="328"/>
        <source>Video</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="329"/>
        <source>Recording</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="330"/>
        <source>Document</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="333"/>
        <source>this video format cannot be cleaned of where it was recorded; it is left out of this report; export with locations to include it</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>бұл пішімдегі бейнеден жазылған орнын алып тастау мүмкін емес; ол бұл есепке енгізілмеді; оны қосу үшін есепті координаттарымен экспорттаңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="342"/>
        <source>Files left out of this report</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл есепке енгізілмеген файлдар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="343"/>
        <source>Left out of this report</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Есепке енгізілмеді</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="344"/>
        <source>{count} (see Appendix {appendix})</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{count} ({appendix} қосымшасын қараңыз)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="345"/>
        <source>{name} · {size} · {mime}: {reason}. Commitment to its SHA-256: {sha256}</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{name} · {size} · {mime}: {reason}. Оның SHA-256 мәнінің тұзды хеші: {sha256}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="348"/>
        <source>
Files left out of this report (kept unchanged in the vault; the commitment to each file&apos;s SHA-256 is checked as for the location-free copies above):
</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>
Бұл есепке енгізілмеген файлдар (қоймада өзгеріссіз сақталады; әр файлдың SHA-256 мәнінің тұзды хеші жоғарыдағы координаттарсыз көшірмелер сияқты тексеріледі):
</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="353"/>
        <source>    {name}: {reason}
        commitment {sha256}
</source>
        <translatorcomment>review: pending — draft by the EVIDENCE helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>    {name}: {reason}
        тұзды хеш {sha256}
</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="142"/>
        <source>This report&apos;s chain begins at event {seq}, after a checkpoint made on {date}. The events before it are left out because they record, in a form that can be searched, positions or file names this report withholds; every record was recorded again at the checkpoint.</source>
        <translatorcomment>review: pending — draft by the REPORT helper from the glossary, awaiting a native speaker; file names added by the EVIDENCE helper</translatorcomment>
        <translation>Бұл есептің хеш тізбегі {date} бақылау нүктесінен кейінгі {seq} жазбасынан басталады. Одан бұрынғы жазбалар қосылмаған, өйткені оларда осы есепте жасырылған координаттар немесе файл атаулары іріктеп табуға болатын түрде жазылған; барлық жазбалар бақылау нүктесінде қайта жазылған.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="205"/>
        <source>the seal of the newest event was found missing or damaged before a later change: events recorded before then may be gone (whether any are, and how many, is not known)</source>
        <translatorcomment>review: pending (hash-chain problem, terms as the verifier&apos;s Kazakh)</translatorcomment>
        <translation>кейінгі өзгеріске дейін соңғы жазбаның мөрі жоқ немесе бүлінген болып шықты: оған дейін жазылған жазбалар жоғалған болуы мүмкін (бар-жоғы және саны белгісіз)</translation>
    </message>
</context>
<context>
    <name>RestoreView</name>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="71"/>
        <source>Back</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Артқа</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="80"/>
        <source>Restore from a backup</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="82"/>
        <source>Choose the backup file you made from the vault (on a USB stick, for example). Then type your 24-digit recovery code and choose a new PIN for this computer.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қоймадан жасаған сақтық көшірме файлын таңдаңыз (мысалы, флешкадан). Содан кейін 24 таңбалы қалпына келтіру кодын теріп, осы компьютер үшін жаңа PIN-код таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="85"/>
        <source>Nothing is changed on the stick, and nothing is written on this computer until the backup has opened.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Флешкада ештеңе өзгермейді, ал көшірме ашылғанша бұл компьютерге ештеңе жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="87"/>
        <source>Choose the backup file…</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірме файлын таңдау…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="95"/>
        <source>Type your recovery code</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қалпына келтіру кодын теріңіз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="99"/>
        <source>The 24 digits you wrote down when you set up the vault. If you chose to let your PIN open this backup, the PIN works too.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қойманы баптағанда жазып алған 24 таңба. Егер бұл көшірмені PIN-кодпен ашуға рұқсат берсеңіз, PIN-код та жарайды.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="113"/>
        <source>Opening the backup</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірме ашылуда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="114"/>
        <source>Checking the code. This takes a few seconds.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Код тексерілуде. Бұл бірнеше секунд алады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="115"/>
        <location filename="../../src/safeplan/ui/restore_view.py" line="159"/>
        <source>Progress</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="120"/>
        <source>Choose a PIN for this computer</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Осы компьютер үшін PIN-код таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="123"/>
        <source>This copy runs from a USB stick, where no keyring protects the vault: anyone who copies the stick can try PINs on a graphics card. A PIN of 10 to 16 digits is required here.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл көшірме флешкадан іске қосылған, онда қойманы кілттер бауы қорғамайды: флешканы көшірген адам PIN-кодтарды видеокартада тексере алады. Мұнда 10–16 таңбалы PIN-код керек.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="128"/>
        <source>6 to 16 digits. It may be different from your old PIN. We recommend 10 digits or more.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>6–16 таңба. Бұрынғы PIN-кодтан өзгеше болуы мүмкін. 10 таңба және одан көп болғанын ұсынамыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="139"/>
        <source>Type the same PIN again</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сол PIN-кодты қайта теріңіз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="146"/>
        <source>Tie the vault to this computer?</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қойманы осы компьютерге байлау керек пе?</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="150"/>
        <source>Keep a second secret in this computer&apos;s keyring</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Екінші құпияны осы компьютердің кілттер бауында сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="152"/>
        <source>Restore</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="157"/>
        <source>Restoring</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қалпына келтірілуде</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="158"/>
        <source>Unpacking the vault and protecting it with your new PIN.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қойма ашылып, жаңа PIN-кодыңызбен қорғалуда.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="162"/>
        <source>Your vault is back</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қоймаңыз қалпына келді</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="164"/>
        <source>Everything from the backup is here. From now on this app starts as a calculator: type your new PIN and press = to open the vault. Your recovery code stays the same.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірмедегінің бәрі осында. Бұдан былай қолданба калькулятор болып ашылады: қойманы ашу үшін жаңа PIN-кодты теріп, = басыңыз. Қалпына келтіру коды сол күйінде қалады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="170"/>
        <source>Open the vault</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қойманы ашу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="191"/>
        <source>Choose the backup file</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірме файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="202"/>
        <source>Backup: {name}</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірме: {name}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="208"/>
        <source>{count} of 24 digits</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>24 таңбаның {count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="213"/>
        <source>The recovery code has 24 digits (a PIN has 6 to 16).</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қалпына келтіру кодында 24 таңба бар (PIN-кодта 6–16).</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="237"/>
        <source>This PIN needs at least {n} digits.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл PIN-кодта кемінде {n} таңба болуы керек.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="245"/>
        <source>The two PINs were different. Choose it again.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Екі PIN-код сәйкес келмеді. Қайта таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="249"/>
        <source>Recommended. A random secret is kept in this computer&apos;s keyring and mixed into your PIN, so a copy of the vault file alone cannot be opened by guessing PINs. Your recovery code does not use it.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ұсынылады. Кездейсоқ құпия осы компьютердің кілттер бауында сақталып, PIN-кодыңызға қосылады, сондықтан қойма файлының көшірмесін PIN-кодтарды таңдап қана ашу мүмкін емес. Қалпына келтіру коды оны пайдаланбайды.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="256"/>
        <source>There is no secure keyring here, so only your PIN protects the vault on this computer.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мұнда қорғалған кілттер бауы жоқ, сондықтан бұл компьютерде қойманы тек PIN-кодыңыз қорғайды.</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="80"/>
        <source>Add</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="82"/>
        <source>Delete</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="82"/>
        <source>Delete the row</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жолды өшіру</translation>
    </message>
</context>
<context>
    <name>SafetyView</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="49"/>
        <source>Hiding it</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қалай тез жасыру керек</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="50"/>
        <source>Press Esc or Quick exit to go back to the calculator at once: everything shown is cleared. The vault also locks by itself after a few minutes without use, when the window is minimised, and when another window stays in front (see Settings). To open it again, type your PIN and press =.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Калькуляторға бірден оралу үшін Esc немесе «Жылдам шығу» басыңыз: көрсетілгеннің бәрі тазартылады. Қойма бірнеше минут пайдаланылмаса, терезе жиырылғанда және басқа терезе ұзақ алдыңғы жақта тұрғанда да өзі құлыпталады («Баптаулар» бөлімін қараңыз). Оны қайта ашу үшін PIN-кодыңызды теріп, = басыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="54"/>
        <source>What is protected</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Не қорғалған</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="55"/>
        <source>Everything you write or add is encrypted on this computer with your PIN (AES-256, Argon2id). Nothing you write is stored anywhere in readable form, and the app never uses the internet. File and folder names look like a calculator&apos;s.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сіз жазған немесе қосқанның бәрі осы компьютерде PIN-кодыңызбен шифрланады (AES-256, Argon2id). Жазғаныңыздың ешқайсысы оқылатын түрде еш жерде сақталмайды, ал қолданба ешқашан интернетке шықпайды. Файлдар мен бумалардың атаулары калькулятордікі сияқты көрінеді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="59"/>
        <source>What is not protected</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Не қорғалмаған</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="60"/>
        <source>Spying software or a keylogger on this computer can see what you type and what is on screen. Someone with full control of the computer can read the memory while the vault is open. Files you add are still where they were until you remove them, and copies may remain in backups, cloud folders and on your phone. A report you export is not protected: keep it hidden.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Осы компьютердегі тыңшы бағдарлама немесе пернетақта тыңшысы сіздің не тергеніңізді және экранда не барын көре алады. Компьютерге толық қолы жететін адам қойма ашық тұрғанда жадты оқи алады. Қосқан файлдарыңыз өшірмейінше бұрынғы орнында қалады, ал олардың көшірмелері сақтық көшірмелерде, бұлттық бумаларда және телефонда қалуы мүмкін. Экспортталған есеп қорғалмаған: оны жасырып ұстаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="65"/>
        <source>Changing your PIN</source>
        <translatorcomment>review: pending — draft by the lead from the glossary (хранилище/қойма, есеп, сенім артуға болатын адам), awaiting a native speaker</translatorcomment>
        <translation>PIN-кодты өзгерту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="66"/>
        <source>A new PIN stops the old one from opening the vault, and the vault gets a new key. Someone who knew your old PIN and had copied the vault&apos;s file before the change cannot read what you write after it. What was in the vault before the change is in his copy: he can still read that. Your recovery code opens everything, old and new. A vault made by an early version of the app gets a new key only once you have typed your recovery code in it (the Backups page asks for it too).</source>
        <translatorcomment>review: pending — draft by the REKEY helper from the glossary (қойма, кілт, қалпына келтіру коды, сақтық көшірмелер), awaiting a native speaker</translatorcomment>
        <translation>Жаңа PIN-код ескісінің қойманы ашуына жол бермейді, ал қойма жаңа кілт алады. Ескі PIN-кодыңызды білген және өзгертуден бұрын қойма файлын көшіріп алған адам өзгертуден кейін жазғаныңызды оқи алмайды. Өзгертуге дейін қоймада болған нәрсе оның көшірмесінде бар: оны ол әлі де оқи алады. Қалпына келтіру кодыңыз бәрін ашады, ескісін де, жаңасын да. Қолданбаның ерте нұсқасы жасаған қойма жаңа кілтті қалпына келтіру кодын онда бір рет енгізгеннен кейін ғана алады («Сақтық көшірмелер» беті де соны сұрайды).</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="86"/>
        <source>Copy and paste</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшіру және кірістіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="87"/>
        <source>Text you copy from the vault is removed from the clipboard when the vault locks, and clipboard managers are asked not to keep it. A clipboard manager or clipboard history that ignores this request, or a program that watches the clipboard, may still have kept a copy. Copy from the vault only when you need to.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қоймадан көшірілген мәтін қойма құлыпталғанда алмасу буферінен өшіріледі, ал алмасу буферінің менеджерлерінен оны сақтамау сұралады. Бұл сұрауды орындамайтын алмасу буферінің менеджері не журналы немесе алмасу буферін бақылайтын бағдарлама бәрібір көшірмесін сақтап қалуы мүмкін. Қоймадан тек шынымен қажет болғанда ғана көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="92"/>
        <source>If you forget your PIN</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-кодты ұмытсаңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="93"/>
        <source>Type your 24-digit recovery code on the calculator and press =, then choose a new PIN. Without the PIN or the recovery code nobody can open the vault, not even us.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Калькуляторда 24 таңбалы қалпына келтіру кодын теріп, = басыңыз, содан кейін жаңа PIN-код таңдаңыз. PIN-кодсыз немесе қалпына келтіру кодынсыз қойманы ешкім аша алмайды, тіпті біз де.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="78"/>
        <source>Memory and sleep</source>
        <translatorcomment>review: pending — draft, awaiting a native speaker</translatorcomment>
        <translation>Жад және ұйқы режимі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="73"/>
        <source>Type your recovery code when you change the PIN: the new key then reaches your recovery code and no one else&apos;s, even if he changed the vault while he knew your PIN. Without it the PIN changes all the same, but your recovery code stops opening the vault until you type it once on the Backups page.</source>
        <translatorcomment>review: pending — draft by the RECOVERY helper from the glossary (қойма, кілт, қалпына келтіру коды, сақтық көшірмелер, PIN-код), awaiting a native speaker</translatorcomment>
        <translation>PIN-кодты өзгерткенде қалпына келтіру кодын да енгізіңіз: сонда жаңа кілт тек сіздің қалпына келтіру кодыңызға жетеді, ол PIN-кодыңызды білген кезде қойманы өзгерткен болса да. Онсыз PIN-код бәрібір өзгереді, бірақ «Сақтық көшірмелер» бетінде оны бір рет енгізгенше қалпына келтіру коды қойманы ашпайды.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="79"/>
        <source>The open vault runs in a process of its own that ends when the vault locks: the calculator never holds what you opened or the keys of the vault, and their memory goes back to the computer at the lock. While the vault is open, the computer may write its memory to the disk (swap, hibernation), where a specialist could find it; full-disk encryption, with encrypted swap, prevents that. On Linux other programs of the same user cannot read the app&apos;s memory, and a crash leaves no memory dump.</source>
        <translatorcomment>review: pending — draft by the PROCESS helper, awaiting a native speaker</translatorcomment>
        <translation>Ашық қойма құлыптағанда аяқталатын жеке процесте жұмыс істейді: калькулятор сіз ашқан нәрселерді де, қойманың кілттерін де ешқашан сақтамайды, ал олардың жады құлыптағанда компьютерге қайтарылады. Қойма ашық тұрғанда компьютер жадын дискіге жаза алады (своп файлы, ұйқы режимі), онда маман оны таба алады; бүкіл дискіні своп файлымен бірге шифрлау бұған жол бермейді. Linux жүйесінде сол пайдаланушының басқа бағдарламалары қолданбаның жадын оқи алмайды, ал ақау кезінде жад дампы қалмайды.</translation>
    </message>
</context>
<context>
    <name>SaveFailure</name>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="24"/>
        <source>Not saved: the disk is full. Free some space on this computer (empty the recycle bin, delete big files you do not need), then try again.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақталмады: диск толы. Осы компьютерде орын босатыңыз (қоқыс шелегін тазартыңыз, керегі жоқ үлкен файлдарды өшіріңіз), содан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="28"/>
        <source>Not saved: the data file could not be written. Try again; if it keeps failing, export a report now so that a copy of what is saved is safe.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақталмады: деректер файлына жазу мүмкін болмады. Қайталап көріңіз; бәрібір болмаса, сақталғанның көшірмесі қауіпсіз болуы үшін қазір есепті экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="32"/>
        <source>What you typed is still here, and kept as a draft.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жазғаныңыз осында қалды және жоба ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="35"/>
        <source>What you typed is still here: do not close this form.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жазғаныңыз осында қалды: бұл пішінді жаппаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="43"/>
        <source>That change was not made: the disk is full. Free some space on this computer, then try again.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл өзгеріс жасалмады: диск толы. Осы компьютерде орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="46"/>
        <source>That change was not made: the data file could not be written. Try again; if it keeps failing, export a report now.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл өзгеріс жасалмады: деректер файлына жазу мүмкін болмады. Қайталап көріңіз; бәрібір болмаса, қазір есепті экспорттаңыз.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="59"/>
        <source>You opened the vault with your recovery code. Choose a new PIN now.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қойманы қалпына келтіру кодымен аштыңыз. Қазір жаңа PIN-код таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="79"/>
        <source>Automatic lock</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Автоматты құлыптау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="83"/>
        <source>Lock after this long without use</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Пайдаланылмаған уақыттан кейін құлыптау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="85"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="92"/>
        <source>Never</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="86"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="93"/>
        <source>After {n} min</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>{n} минуттан кейін</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="87"/>
        <source>When not in use:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Пайдаланылмағанда:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="90"/>
        <source>Lock after this long in the background</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Терезе артқы жақта тұрғанда құлыптау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="94"/>
        <source>When another window is in front:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Алдыңғы жақта басқа терезе тұрғанда:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="96"/>
        <source>Lock when the window is minimised</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Терезе жиырылғанда құлыптау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="106"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="140"/>
        <source>Change PIN</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-кодты өзгерту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="108"/>
        <source>Current PIN</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ағымдағы PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="109"/>
        <source>Current PIN:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ағымдағы PIN-код:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="111"/>
        <source>New PIN</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жаңа PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="112"/>
        <source>New PIN (6–16 digits):</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жаңа PIN-код (6–16 цифр):</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="113"/>
        <source>New PIN again</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жаңа PIN-кодты қайталау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="114"/>
        <source>New PIN again:</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жаңа PIN-кодты қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="117"/>
        <source>Recovery code</source>
        <translatorcomment>review: pending — draft by the RECOVERY helper from the glossary (қойма, кілт, қалпына келтіру коды, сақтық көшірмелер, PIN-код), awaiting a native speaker</translatorcomment>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="121"/>
        <source>Recovery code (24 digits):</source>
        <translatorcomment>review: pending — draft by the RECOVERY helper from the glossary (қойма, кілт, қалпына келтіру коды, сақтық көшірмелер, PIN-код), awaiting a native speaker</translatorcomment>
        <translation>Қалпына келтіру коды (24 таңба):</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="125"/>
        <source>Type your recovery code too, so that it keeps opening the vault after the change. Without it the PIN changes all the same, but your recovery code stops opening the vault until you type it once on the Backups page.</source>
        <translatorcomment>review: pending — draft by the RECOVERY helper from the glossary (қойма, кілт, қалпына келтіру коды, сақтық көшірмелер, PIN-код), awaiting a native speaker</translatorcomment>
        <translation>Өзгерістен кейін де қойманы ашуы үшін қалпына келтіру кодын да енгізіңіз. Онсыз PIN-код бәрібір өзгереді, бірақ «Сақтық көшірмелер» бетінде оны бір рет енгізгенше қалпына келтіру коды қойманы ашпайды.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="131"/>
        <source>Your recovery code does not open the vault now: the last PIN change was made without it. Type it once on the Backups page.</source>
        <translatorcomment>review: pending — draft by the RECOVERY helper from the glossary (қойма, кілт, қалпына келтіру коды, сақтық көшірмелер, PIN-код), awaiting a native speaker</translatorcomment>
        <translation>Қазір қалпына келтіру коды қойманы ашпайды: соңғы рет PIN-код онсыз өзгертілді. Оны «Сақтық көшірмелер» бетінде бір рет енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="150"/>
        <source>This computer</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="152"/>
        <source>When on, a secret in this computer&apos;s keyring is mixed into your PIN: a copy of the vault file cannot be opened elsewhere with the PIN alone (the recovery code still works anywhere). Changing this needs your PIN.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қосулы болса, осы компьютердің кілттер бауындағы құпия PIN-кодыңызға қосылады: қойма файлының көшірмесін басқа жерде тек PIN-кодпен ашу мүмкін емес (қалпына келтіру коды кез келген жерде жұмыс істейді). Мұны өзгерту үшін PIN-код керек.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="158"/>
        <source>Tie the vault to this computer&apos;s keyring</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қойманы осы компьютердің кілттер бауына байлау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="163"/>
        <source>PIN to confirm</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Растауға арналған PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="164"/>
        <source>Your PIN</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-кодыңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="166"/>
        <source>Apply</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қолдану</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="168"/>
        <source>Apply keyring setting</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кілттер қоймасының баптауын қолдану</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="181"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="184"/>
        <source>Language</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="185"/>
        <source>As the system</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="259"/>
        <source>A PIN is 6 to 16 digits.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-код 6-дан 16-ға дейінгі цифрдан тұрады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="265"/>
        <source>The two new PINs are different.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Екі жаңа PIN-код бірдей емес.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="270"/>
        <source>A recovery code has 24 digits. Nothing was changed.</source>
        <translatorcomment>review: pending — draft by the RECOVERY helper from the glossary (қойма, кілт, қалпына келтіру коды, сақтық көшірмелер, PIN-код), awaiting a native speaker</translatorcomment>
        <translation>Қалпына келтіру кодында 24 таңба бар. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="273"/>
        <source>Changing…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Өзгертілуде…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="282"/>
        <source>The current PIN is not right.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ағымдағы PIN-код дұрыс емес.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="285"/>
        <source>Your PIN was changed.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-кодыңыз өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="288"/>
        <source>Your PIN was changed, but the vault kept its key: type your recovery code once on the Backups page, then change the PIN again.</source>
        <translatorcomment>review: pending — draft by the REKEY helper from the glossary (қойма, кілт, қалпына келтіру коды, сақтық көшірмелер), awaiting a native speaker</translatorcomment>
        <translation>PIN-кодыңыз өзгертілді, бірақ қойма бұрынғы кілтін сақтап қалды: «Сақтық көшірмелер» бетінде қалпына келтіру кодын бір рет енгізіңіз, содан кейін PIN-кодты қайта өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="298"/>
        <source>That is not the recovery code of this vault. Nothing was changed: your PIN is still the old one.</source>
        <translatorcomment>review: pending — draft by the RECOVERY helper from the glossary (қойма, кілт, қалпына келтіру коды, сақтық көшірмелер, PIN-код), awaiting a native speaker</translatorcomment>
        <translation>Бұл осы қойманың қалпына келтіру коды емес. Ештеңе өзгертілмеді: PIN-кодыңыз бұрынғыша қалды.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="301"/>
        <source>The PIN could not be changed; the old one still works.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-кодты өзгерту мүмкін болмады; ескісі әлі жұмыс істейді.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="308"/>
        <source>Applying…</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қолданылуда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="321"/>
        <source>That PIN is not right; nothing was changed.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-код дұрыс емес; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="323"/>
        <source>The vault is now tied to this computer.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қойма енді осы компьютерге байланған.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="325"/>
        <source>The vault is no longer tied to this computer.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қойма енді осы компьютерге байланбаған.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="332"/>
        <source>This computer has no secure keyring.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл компьютерде қорғалған кілттер бауы жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="334"/>
        <source>That did not work; nothing was changed.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл орындалмады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="262"/>
        <source>On a USB stick a PIN needs at least 10 digits.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Флешкада PIN-кодта кемінде 10 таңба болуы керек.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="74"/>
        <source>A private place behind a calculator</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Калькулятордың артындағы жеке орын</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="76"/>
        <source>This app works as an ordinary calculator. Behind it is an encrypted place for a journal of what happened, photos and other evidence, and a plan for leaving safely.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл қолданба кәдімгі калькулятор ретінде жұмыс істейді. Оның артында болған оқиғалар күнделігіне, фотолар мен басқа дәлелдемелерге және қауіпсіз кету жоспарына арналған шифрланған орын бар.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="80"/>
        <source>To open it, type your PIN on the calculator and press =. Anyone else sees only a calculator: a wrong PIN is just a sum. Press Esc at any time to hide everything at once.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оны ашу үшін калькуляторда PIN-кодыңызды теріп, = басыңыз. Басқалар тек калькуляторды көреді: қате PIN-код — жай ғана есептеу. Бәрін бірден жасыру үшін кез келген уақытта Esc басыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="84"/>
        <source>This screen appears only this once. If someone comes, choose &quot;Not now&quot;: from then on the app starts as a plain calculator. To come back to this setup later, type {keys} on the calculator and press =.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл экран тек бір рет көрсетіледі. Біреу келсе, «Қазір емес» таңдаңыз: осыдан бастап қолданба кәдімгі калькулятор ретінде ашылады. Кейін бұл баптауға оралу үшін калькуляторда {keys} теріп, = басыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="95"/>
        <source>Not now</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қазір емес</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="97"/>
        <source>Start</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бастау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="105"/>
        <source>Choose a PIN</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-код таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="107"/>
        <source>6 to 16 digits. Someone who copies the vault file can try PINs on a graphics card: a 6-digit PIN falls in under an hour, an 8-digit one in days. We recommend 10 digits or more.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>6-дан 16-ға дейін цифр. Қойма файлын көшіріп алған адам PIN-кодтарды бейнекартада теріп көре алады: 6 таңбалы PIN-код бір сағатқа жетпей, 8 таңбалысы бірнеше күнде табылады. Біз 10 немесе одан көп цифрды ұсынамыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="122"/>
        <source>Type the same PIN again</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сол PIN-кодты қайта теріңіз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="129"/>
        <source>Tie the vault to this computer?</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қойманы осы компьютерге байлау керек пе?</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="133"/>
        <source>Keep a second secret in this computer&apos;s keyring</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Екінші құпияны осы компьютердің кілттер бауында сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="137"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қолжетімсіз: бұл компьютерде қорғалған кілттер бауы жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="145"/>
        <source>Create</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жасау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="151"/>
        <source>Setting up</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Баптау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="152"/>
        <source>Measuring this computer so that every PIN guess costs an attacker about a second, then creating the encrypted vault. This takes a few seconds.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Әр PIN-кодты теріп көру шабуылдаушыға шамамен бір секундқа түсуі үшін компьютердің жылдамдығын өлшеп, содан кейін шифрланған қойманы жасаймыз. Бұл бірнеше секундқа созылады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="154"/>
        <source>Progress</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Барысы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="157"/>
        <source>Your recovery code</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қалпына келтіру кодыңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="159"/>
        <source>If you forget your PIN, or this computer is lost, these 24 digits open the vault: type them on the calculator and press =. This is the only time they are shown.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-кодты ұмытсаңыз немесе бұл компьютер жоғалса, осы 24 цифр қойманы ашады: оларды калькуляторда теріп, = басыңыз. Олар тек осы жолы ғана көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="167"/>
        <source>Write it on paper now and keep it somewhere away from this computer, where it will not be found. Do not photograph it or save it on a phone he can see.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оны қазір қағазға жазып, компьютерден алыс, ешкім таппайтын жерде сақтаңыз. Оны суретке түсірмеңіз және ол көре алатын телефонға сақтамаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="173"/>
        <source>I have written it down</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Мен оны жазып алдым</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="179"/>
        <source>Check what you wrote</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жазғаныңызды тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="187"/>
        <source>Show the code again</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Кодты қайта көрсету</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="192"/>
        <source>All set</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бәрі дайын</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="194"/>
        <source>From now on this app always starts as a calculator. To open your vault, type your PIN and press =. To hide it, press Esc or the Quick exit button.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Енді бұл қолданба әрқашан калькулятор ретінде ашылады. Қойманы ашу үшін PIN-кодыңызды теріп, = басыңыз. Оны жасыру үшін Esc немесе «Жылдам шығу» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="199"/>
        <source>Open the vault</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қойманы ашу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="205"/>
        <source>Back</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Артқа</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="262"/>
        <source>Type your PIN on the keypad or the keyboard, then OK.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-кодты экрандағы батырмалармен немесе пернетақтамен теріп, ОК басыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="264"/>
        <source>{count} digits: at least 6 are needed.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Цифрлар: {count}. Кемінде 6 керек.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="268"/>
        <source>{count} digits: allowed, but 10 or more is much safer.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Цифрлар: {count}. Болады, бірақ 10 немесе одан көп әлдеқайда қауіпсіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="271"/>
        <source>{count} digits: good.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Цифрлар: {count}. Жақсы.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="277"/>
        <source>Easy to guess: the same digits repeat. It is allowed, but anyone trying PINs starts with these. Digits without a pattern are much safer.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оңай табылады: бірдей цифрлар қайталанады. Бұған рұқсат етіледі, бірақ PIN-кодты теріп көретін кез келген адам алдымен осыларды тексереді. Заңдылығы жоқ цифрлар әлдеқайда қауіпсіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="281"/>
        <source>Easy to guess: the digits follow each other. It is allowed, but anyone trying PINs starts with these. Digits without a pattern are much safer.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оңай табылады: цифрлар бірінен соң бірі ретімен келеді. Бұған рұқсат етіледі, бірақ PIN-кодты теріп көретін кез келген адам алдымен осыларды тексереді. Заңдылығы жоқ цифрлар әлдеқайда қауіпсіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="284"/>
        <source>Easy to guess: this looks like a date, and birthdays are the first thing someone who knows you tries. It is allowed, but digits without a pattern are much safer.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Оңай табылады: бұл күнге ұқсайды, ал сізді білетін адам алдымен туған күндерді тексереді. Бұған рұқсат етіледі, бірақ заңдылығы жоқ цифрлар әлдеқайда қауіпсіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="295"/>
        <source>A PIN needs at least 6 digits.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>PIN-кодта кемінде 6 цифр болуы керек.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="303"/>
        <source>The two PINs were different. Choose it again.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Екі PIN-код сәйкес келмеді. PIN-кодты қайта таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="307"/>
        <source>Recommended. A random secret is kept in this computer&apos;s keyring and mixed into your PIN, so a copy of the vault file alone cannot be opened by guessing PINs, however fast the attacker&apos;s hardware. Your recovery code does not use it: it still opens the vault on another computer.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Ұсынылады. Кездейсоқ құпия осы компьютердің кілттер бауында сақталып, PIN-кодыңызға қосылады, сондықтан шабуылдаушының техникасы қаншалықты жылдам болса да, қойма файлының жалғыз көшірмесін PIN-кодтарды теріп көру арқылы ашу мүмкін емес. Қалпына келтіру коды оны пайдаланбайды: ол қойманы басқа компьютерде де ашады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="316"/>
        <source>This computer has no secure keyring, so only your PIN protects the vault. Please use a PIN of 10 digits or more.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл компьютерде қорғалған кілттер бауы жоқ, сондықтан қойманы тек PIN-код қорғайды. 10 немесе одан көп цифрдан тұратын PIN-код пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="344"/>
        <source>The vault could not be created (is the disk full?). Nothing was saved. Please try again.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қойманы жасау мүмкін болмады (диск толы ма?). Ештеңе сақталған жоқ. Қайтадан көріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="350"/>
        <source>Type group {number} of {groups} of the recovery code: the four digits in that place, counting from the left.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қалпына келтіру кодының {groups} тобының {number}-тобын теріңіз: сол орындағы төрт цифр, солдан бастап санағанда.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="359"/>
        <source>That does not match. Look at the code again.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сәйкес келмейді. Кодқа қайта қараңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="91"/>
        <source>Restore from a backup</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="110"/>
        <source>This copy runs from a USB stick, where no keyring protects the vault: anyone who copies the stick can try PINs on a graphics card. A PIN of 10 to 16 digits is required here.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл көшірме флешкадан іске қосылған, онда қойманы кілттер бауы қорғамайды: флешканы көшірген адам PIN-кодтарды видеокартада тексере алады. Мұнда 10–16 таңбалы PIN-код керек.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="292"/>
        <source>This PIN needs at least {n} digits.</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бұл PIN-кодта кемінде {n} таңба болуы керек.</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="364"/>
        <source>Your statements</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Сіздің арыздарыңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="368"/>
        <source>Language of the statement</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Арыздың тілі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="374"/>
        <source>Police department it is addressed to</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Арыз жолданатын полиция бөлімі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="376"/>
        <source>e.g. Управления полиции Алмалинского района г. Алматы</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>мысалы, Алматы қаласы Алмалы ауданының полиция басқармасы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="377"/>
        <source>Your details (optional)</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Сіздің деректеріңіз (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="379"/>
        <source>name, IIN, address, phone — or leave empty and write them by hand</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>аты-жөні, ЖСН, мекенжайы, телефоны — немесе бос қалдырып, қолмен жазыңыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="382"/>
        <source>Incidents in the statement</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Арыздағы оқиғалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="386"/>
        <source>A breach of this order</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Осы нұсқаманың бұзылуы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="388"/>
        <source>Register the statement</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Арызды тіркеу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="389"/>
        <source>Bring him to responsibility</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Оны жауапкершілікке тарту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="390"/>
        <source>Issue a protective order</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Қорғау нұсқамасын шығару</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="391"/>
        <source>Refer me for a forensic medical examination</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Мені сот-медициналық сараптамаға жолдау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="400"/>
        <source>Id of the attached report</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Қоса берілген есептің нөмірі</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="401"/>
        <source>from the report&apos;s cover; empty = a blank</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>есептің мұқабасынан; бос болса — жазуға арналған жол</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="403"/>
        <source>Language:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Тілі:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="404"/>
        <source>To the head of:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Бастығына:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="405"/>
        <source>From:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Кімнен:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="406"/>
        <source>Incidents:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Оқиғалар:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="407"/>
        <source>Breach of:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Бұзылған:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="408"/>
        <source>You ask to:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Сіз сұрайсыз:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="409"/>
        <source>Report id:</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Есеп нөмірі:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="410"/>
        <source>Write the draft</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Жобасын жазу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="411"/>
        <source>Write the draft from the chosen incidents</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Таңдалған оқиғалардан жобасын жазу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="413"/>
        <source>Text of the statement</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Арыздың мәтіні</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="415"/>
        <source>New statement</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Жаңа арыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="417"/>
        <source>Save</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="418"/>
        <source>Save the statement</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Арызды сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="420"/>
        <source>Save as PDF…</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="421"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="569"/>
        <source>Save the statement as a PDF</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Арызды PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="435"/>
        <source>Read and change the draft as you need: it is yours. Saving keeps every earlier version in the vault.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Жобаны оқып, қажетінше өзгертіңіз: бұл сіздің мәтініңіз. Сақтағанда бұрынғы нұсқалардың бәрі сейфте қалады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="469"/>
        <source>No order</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Нұсқамасыз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="490"/>
        <source>Tick at least one incident first.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Алдымен кемінде бір оқиғаны белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="495"/>
        <source>Draft written. Read it, change it, then save.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Жоба дайын. Оқып, түзетіп, сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="503"/>
        <source>{first} · {count} versions</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>{first} · нұсқалар: {count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="528"/>
        <source>Version {count}</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>{count}-нұсқа</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="549"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="567"/>
        <source>Write the draft first.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Алдымен жобасын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="561"/>
        <source>Saved: version {count}.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Сақталды: {count}-нұсқа.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="571"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="586"/>
        <source>Making the PDF…</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>PDF жасалуда…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="588"/>
        <source>The PDF could not be made.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>PDF жасалмады.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="595"/>
        <source>PDF saved. It is NOT protected: print it, then delete the file.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>PDF сақталды. Ол ҚОРҒАЛМАҒАН: басып шығарып, файлды жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="598"/>
        <source>The PDF could not be saved there. Nothing was written.</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>PDF ол жерге сақталмады. Ештеңе жазылмады.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="59"/>
        <source>Incidents per month</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Айлар бойынша оқиғалар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="76"/>
        <source>No incidents yet.</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Әзірге жазбалар жоқ.</translation>
    </message>
</context>
<context>
    <name>VaultShell</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="134"/>
        <source>Sections</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="142"/>
        <source>Quick exit</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жылдам шығу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="144"/>
        <source>Quick exit: hide everything now</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жылдам шығу: бәрін қазір жасыру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="145"/>
        <source>Esc</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="152"/>
        <source>Journal</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Күнделік</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="152"/>
        <source>Evidence</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="153"/>
        <source>Plan</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Жоспар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="154"/>
        <source>Export</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="155"/>
        <source>Safety</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Қауіпсіздік</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="155"/>
        <source>Settings</source>
        <translatorcomment>review: pending — draft by the LANG helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="154"/>
        <location filename="../../src/safeplan/ui/shell.py" line="190"/>
        <source>Backups</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="410"/>
        <source>No backup of changes from {days} days ago</source>
        <translatorcomment>review: pending — draft by the BACKUP helper from the glossary, awaiting a native speaker</translatorcomment>
        <translation>Көшірмесіз өзгерістер: {days} күн</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="153"/>
        <source>Protection</source>
        <translatorcomment>review: pending — draft by the KZ helper (issue 18), awaiting a native speaker</translatorcomment>
        <translation>Қорғау</translation>
    </message>
</context>
</TS>
