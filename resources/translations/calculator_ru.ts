<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Backup</name>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="14"/>
        <source>This file is not a backup made by this app.</source>
        <translation>Этот файл — не резервная копия этого приложения.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="16"/>
        <source>This backup was made by a newer version of the app. Update the app, then restore it.</source>
        <translation>Эта копия сделана более новой версией приложения. Обновите приложение, затем восстановите её.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="19"/>
        <source>That code does not open this backup. Check the digits and try again.</source>
        <translation>Этот код не открывает копию. Проверьте цифры и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="22"/>
        <source>This backup is incomplete: it was cut off while being copied. Use another copy.</source>
        <translation>Копия неполная: она оборвалась при копировании. Возьмите другую копию.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="25"/>
        <source>This backup is damaged: some of its bytes were changed. Use another copy.</source>
        <translation>Копия повреждена: часть её байтов изменилась. Возьмите другую копию.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="28"/>
        <source>Cancelled. Nothing was written and nothing was changed.</source>
        <translation>Отменено. Ничего не записано и ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="31"/>
        <source>There is no room left there. Nothing was written; an earlier backup there is unchanged.</source>
        <translation>Там не осталось места. Ничего не записано; прежняя копия там не изменилась.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="34"/>
        <source>That place cannot be written to (is the stick locked or read-only?). Nothing was changed.</source>
        <translation>Туда нельзя записать (флешка заблокирована или только для чтения?). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="37"/>
        <source>The place disappeared while writing (was the stick removed?). Nothing was changed: plug it in and try again.</source>
        <translation>Место пропало во время записи (флешку вынули?). Ничего не изменено: вставьте её и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="40"/>
        <source>The backup was written but does not read back correctly, so it cannot be trusted. Try another stick or folder.</source>
        <translation>Копия записана, но не читается обратно правильно, поэтому ей нельзя доверять. Попробуйте другую флешку или папку.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="43"/>
        <source>This computer&apos;s disk is full. Nothing was changed.</source>
        <translation>Диск этого компьютера заполнен. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="45"/>
        <source>That PIN is not right. Nothing was written.</source>
        <translation>PIN-код неверный. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="47"/>
        <source>A vault already exists here. Nothing was changed.</source>
        <translation>Здесь уже есть хранилище. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="49"/>
        <source>That file cannot be read. Nothing was changed.</source>
        <translation>Этот файл не читается. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_texts.py" line="50"/>
        <source>That did not work. Nothing was changed.</source>
        <translation>Не получилось. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="82"/>
        <source>Your backups</source>
        <translation>Ваши резервные копии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="90"/>
        <source>Make a backup</source>
        <translation>Сделать резервную копию</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="92"/>
        <source>A backup is one encrypted file with everything in the vault: journal, evidence, plan and settings. Save it on a USB stick and keep the stick away from this computer. Your recovery code opens it on any computer; your PIN does not, unless you choose so below.</source>
        <translation>Резервная копия — это один зашифрованный файл со всем содержимым хранилища: журналом, доказательствами, планом и настройками. Сохраните его на флешку и держите флешку подальше от этого компьютера. Код восстановления открывает копию на любом компьютере; ваш PIN-код — нет, если только вы не разрешите это ниже.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="100"/>
        <location filename="../../src/safeplan/ui/backup_view.py" line="246"/>
        <source>Before the first backup, type your 24-digit recovery code once:</source>
        <translation>Перед первой копией один раз введите 24-значный код восстановления:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="102"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="105"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="109"/>
        <source>Also let my PIN open this backup</source>
        <translation>Пусть мой PIN-код тоже открывает эту копию</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="115"/>
        <source>Think twice. Anyone who gets the file can try PINs on a graphics card, with no keyring to slow them down: a 6-digit PIN falls in minutes, 10 digits or more hold out far longer. And a PIN someone forced out of you would open this file too. The recovery code alone is safer.</source>
        <translation>Подумайте ещё раз. Тот, кто получит файл, сможет перебирать PIN-коды на видеокарте, и связка ключей компьютера ему не помешает: 6-значный PIN-код подбирается за минуты, 10 цифр и больше держатся гораздо дольше. А PIN-код, который у вас выпытали силой, откроет и этот файл. Только код восстановления — надёжнее.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="120"/>
        <location filename="../../src/safeplan/ui/backup_view.py" line="121"/>
        <source>Your PIN</source>
        <translation>Ваш PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="124"/>
        <source>Make a backup…</source>
        <translation>Сделать резервную копию…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="128"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="133"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="144"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="148"/>
        <source>Remind me after this many days</source>
        <translation>Напомнить через столько дней</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="150"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="151"/>
        <source>After {n} days</source>
        <translation>Через {n} дн.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="153"/>
        <source>Changes not in a backup:</source>
        <translation>Изменения без резервной копии:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="156"/>
        <source>The reminder shows only inside the vault, never on the calculator.</source>
        <translation>Напоминание видно только внутри хранилища, никогда — на калькуляторе.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="157"/>
        <source>Remember where the last backup was saved</source>
        <translation>Запомнить, куда сохранена последняя копия</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="163"/>
        <source>Kept encrypted in the vault. Leave it off if someone who might open the vault should not learn where your stick is.</source>
        <translation>Хранится зашифрованным в хранилище. Не включайте, если тот, кто может открыть хранилище, не должен узнать, где ваша флешка.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="168"/>
        <source>Replace with a backup</source>
        <translation>Заменить резервной копией</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="170"/>
        <source>Puts a backup in place of everything in this vault. The vault as it is now is saved as a backup file first, so nothing is lost. Afterwards the calculator shows: open the vault with the new PIN.</source>
        <translation>Ставит резервную копию на место всего, что сейчас в хранилище. Сначала нынешнее хранилище сохраняется в файл резервной копии, так что ничего не теряется. Потом появится калькулятор: откройте хранилище новым PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="175"/>
        <source>Choose a backup…</source>
        <translation>Выбрать копию…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="180"/>
        <source>Backup file:</source>
        <translation>Файл копии:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="182"/>
        <source>Recovery code of that backup</source>
        <translation>Код восстановления этой копии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="184"/>
        <source>Its recovery code:</source>
        <translation>Её код восстановления:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="185"/>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="186"/>
        <source>New PIN (6–16 digits):</source>
        <translation>Новый PIN-код (6–16 цифр):</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="187"/>
        <source>New PIN again</source>
        <translation>Новый PIN-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="189"/>
        <source>New PIN again:</source>
        <translation>Новый PIN-код ещё раз:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="192"/>
        <source>Replace…</source>
        <translation>Заменить…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="195"/>
        <source>Yes, replace the vault now</source>
        <translation>Да, заменить хранилище сейчас</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="223"/>
        <source>No backup has been made yet.</source>
        <translation>Резервных копий пока не было.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="228"/>
        <source>Last backup: {when}, saved to {place}</source>
        <translation>Последняя копия: {when}, сохранена в {place}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="231"/>
        <source>Last backup: {when}</source>
        <translation>Последняя копия: {when}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="236"/>
        <source>Some changes from {days} days ago are not in any backup yet. Consider making one.</source>
        <translation>Изменения, сделанные {days} дн. назад и позже, ещё не попали ни в одну копию. Стоит сделать копию.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="242"/>
        <source>Your recovery code does not open the vault since a PIN change made without it. Type your 24-digit recovery code once:</source>
        <translation>Код восстановления не открывает хранилище после смены PIN-кода без него. Один раз введите 24-значный код восстановления:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="291"/>
        <source>The recovery code has 24 digits.</source>
        <translation>В коде восстановления 24 цифры.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="294"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="303"/>
        <source>Thank you. Backups can be made now.</source>
        <translation>Спасибо. Теперь можно делать резервные копии.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="304"/>
        <source>That is not the recovery code of this vault.</source>
        <translation>Это не код восстановления этого хранилища.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="317"/>
        <source>Type your PIN (6 to 16 digits) to add it.</source>
        <translation>Введите ваш PIN-код (от 6 до 16 цифр), чтобы добавить его.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="319"/>
        <source>Save the backup</source>
        <translation>Сохранить резервную копию</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="338"/>
        <source>Making the backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="353"/>
        <source>Backup saved and checked: {name} ({size} MB). Keep it away from this computer.</source>
        <translation>Копия сохранена и проверена: {name} ({size} МБ). Храните её подальше от этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="357"/>
        <source>Note: {n} items were already damaged in the vault itself and are copied as they are.</source>
        <translation>Внимание: {n} элем. были повреждены уже в самом хранилище и скопированы как есть.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="372"/>
        <source>Choose the backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="392"/>
        <source>Choose the backup file first.</source>
        <translation>Сначала выберите файл копии.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="395"/>
        <source>Type that backup&apos;s 24-digit recovery code.</source>
        <translation>Введите 24-значный код восстановления этой копии.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="398"/>
        <source>A PIN is 6 to 16 digits.</source>
        <translation>PIN-код — это от 6 до 16 цифр.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="401"/>
        <source>The two new PINs are different.</source>
        <translation>Два новых PIN-кода не совпадают.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="403"/>
        <source>Opening the backup…</source>
        <translation>Открытие копии…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="414"/>
        <source>The backup opens. Now choose where to keep the vault as it is now.</source>
        <translation>Копия открывается. Теперь выберите, куда сохранить нынешнее хранилище.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="415"/>
        <source>Keep the current vault as</source>
        <translation>Сохранить нынешнее хранилище как</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="425"/>
        <source>Everything in this vault will be replaced by the backup made on {when}. The vault as it is now will be saved to {place} first. Click again to replace.</source>
        <translation>Всё в этом хранилище будет заменено копией от {when}. Нынешнее хранилище сначала будет сохранено в {place}. Нажмите ещё раз, чтобы заменить.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/backup_view.py" line="443"/>
        <source>Saving the current vault, then replacing it…</source>
        <translation>Сохранение нынешнего хранилища, затем замена…</translation>
    </message>
</context>
<context>
    <name>CalculatorView</name>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="46"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="47"/>
        <source>Change sign</source>
        <translation>Сменить знак</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="48"/>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="49"/>
        <source>Divide</source>
        <translation>Разделить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="50"/>
        <source>Multiply</source>
        <translation>Умножить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="51"/>
        <source>Minus</source>
        <translation>Минус</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="52"/>
        <source>Plus</source>
        <translation>Плюс</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="53"/>
        <source>Backspace</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="54"/>
        <source>Decimal point</source>
        <translation>Десятичная запятая</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="55"/>
        <source>Equals</source>
        <translation>Равно</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="103"/>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="155"/>
        <source>Expression</source>
        <translation>Выражение</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="106"/>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="156"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="227"/>
        <source>Cannot divide by zero</source>
        <translation>Деление на ноль невозможно</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="228"/>
        <source>Result is too large</source>
        <translation>Слишком большое число</translation>
    </message>
</context>
<context>
    <name>EvidenceKinds</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="43"/>
        <source>Injury photo</source>
        <translation>Фото травм</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="44"/>
        <source>Damaged property</source>
        <translation>Повреждённое имущество</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="45"/>
        <source>Screenshot of messages</source>
        <translation>Снимок экрана с сообщениями</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="46"/>
        <source>Medical document</source>
        <translation>Медицинский документ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="47"/>
        <source>Police or court document</source>
        <translation>Документ полиции или суда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="48"/>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="49"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="50"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="51"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>EvidenceOrigins</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="32"/>
        <source>Not said</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="33"/>
        <source>A photo I took</source>
        <translation>Фото, которое я сделала</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="34"/>
        <source>A screenshot</source>
        <translation>Снимок экрана</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="35"/>
        <source>A document issued to me</source>
        <translation>Документ, выданный мне</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="36"/>
        <source>A recording I made</source>
        <translation>Запись, которую я сделала</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="37"/>
        <source>A message or file he sent</source>
        <translation>Сообщение или файл, который прислал он</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="300"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="301"/>
        <source>Add photos and other files</source>
        <translation>Добавить фото и другие файлы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="304"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="305"/>
        <source>Open the selected item</source>
        <translation>Открыть выбранный материал</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="309"/>
        <source>Filter by kind</source>
        <translation>Фильтр по виду</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="310"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="317"/>
        <source>Filter by incident</source>
        <translation>Фильтр по случаю</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="319"/>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="319"/>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="321"/>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="321"/>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="333"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="335"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="340"/>
        <source>or drag files here</source>
        <translation>или перетащите файлы сюда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="346"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="362"/>
        <source>No evidence yet. Add photos of injuries or damage, screenshots of messages, recordings, medical or police papers with Add files…, or drag them here. Each file is encrypted into the vault exactly as it is; the original stays where it was unless you choose to remove it.</source>
        <translation>Доказательств пока нет. Добавьте фото травм или повреждений, снимки экрана с сообщениями, записи, медицинские или полицейские документы кнопкой «Добавить файлы…» или перетащите их сюда. Каждый файл шифруется в хранилище точно таким, какой он есть; оригинал остаётся на месте, если вы не решите его удалить.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="366"/>
        <source>Opening…</source>
        <translation>Открывается…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="409"/>
        <source>The evidence could not be opened.</source>
        <translation>Не удалось открыть доказательства.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="425"/>
        <source>All incidents</source>
        <translation>Все случаи</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="452"/>
        <source>Add evidence</source>
        <translation>Добавить доказательства</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="523"/>
        <source>Save a copy (not protected)</source>
        <translation>Сохранить копию (без защиты)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="534"/>
        <source>Saving the copy…</source>
        <translation>Копия сохраняется…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="539"/>
        <source>Copy saved, identical to the original. It is NOT protected: anyone who opens this computer can see it. Move it where it needs to go, then delete it.</source>
        <translation>Копия сохранена, она совпадает с оригиналом. Она НЕ защищена: её увидит любой, кто откроет этот компьютер. Перенесите её, куда нужно, а затем удалите.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="547"/>
        <source>Not saved: the vault&apos;s copy no longer matches the SHA-256 taken at import.</source>
        <translation>Не сохранено: копия в хранилище больше не совпадает с SHA-256, записанным при добавлении.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="550"/>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="552"/>
        <source>Not saved: the place you chose cannot be written (full, read-only or no permission). Nothing was left there.</source>
        <translation>Не сохранено: в выбранное место нельзя записать (нет места, только чтение или нет прав). Там ничего не осталось.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/evidence_view.py" line="441"/>
        <source>{shown} of %n items</source>
        <translation>
            <numerusform>{shown} из %n материала</numerusform>
            <numerusform>{shown} из %n материалов</numerusform>
            <numerusform>{shown} из %n материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/evidence_view.py" line="443"/>
        <source>%n damaged items could not be opened</source>
        <translation>
            <numerusform>не удалось открыть %n повреждённый материал</numerusform>
            <numerusform>не удалось открыть %n повреждённых материала</numerusform>
            <numerusform>не удалось открыть %n повреждённых материалов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="187"/>
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="188"/>
        <source>Fit the picture to the window</source>
        <translation>Вписать изображение в окно</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="190"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="193"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="197"/>
        <source>Show at actual size</source>
        <translation>Показать в натуральную величину</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="212"/>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="215"/>
        <source>Kind of evidence</source>
        <translation>Вид доказательства</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="221"/>
        <source>How you got it</source>
        <translation>Как это у вас появилось</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="228"/>
        <source>Known</source>
        <translation>Известно</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="230"/>
        <source>The time it was taken is known</source>
        <translation>Время съёмки известно</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="233"/>
        <source>When it was taken</source>
        <translation>Когда снято</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="242"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="246"/>
        <source>Linked incidents</source>
        <translation>Связанные случаи</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="255"/>
        <source>Caption:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="256"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="257"/>
        <source>How you got it:</source>
        <translation>Откуда:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="259"/>
        <source>Taken:</source>
        <translation>Снято:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="260"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="262"/>
        <source>Find an incident</source>
        <translation>Найти случай</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="263"/>
        <source>Find an incident…</source>
        <translation>Найти случай…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="268"/>
        <source>Incidents:</source>
        <translation>Случаи:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="273"/>
        <source>Facts recorded at import</source>
        <translation>Сведения, записанные при добавлении</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="285"/>
        <source>Recorded at import (cannot be changed)</source>
        <translation>Записано при добавлении (изменить нельзя)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="305"/>
        <source>Back to the gallery</source>
        <translation>Назад к галерее</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="307"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="308"/>
        <source>Save a copy of the original file</source>
        <translation>Сохранить копию исходного файла</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="310"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="311"/>
        <source>Delete this item for good</source>
        <translation>Удалить этот материал навсегда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="313"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="334"/>
        <source>Opening the picture…</source>
        <translation>Изображение открывается…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="339"/>
        <source>{type} file. It is kept exactly as it was imported; use Save a copy to open it in another program.</source>
        <translation>Файл {type}. Он хранится точно таким, каким был добавлен; чтобы открыть его в другой программе, выберите «Сохранить копию».</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="373"/>
        <source>File: {name}</source>
        <translation>Файл: {name}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="374"/>
        <source>Type (by content): {mime}</source>
        <translation>Тип (по содержимому): {mime}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="375"/>
        <source>Size: {size} ({bytes} bytes)</source>
        <translation>Размер: {size} ({bytes} байт)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="377"/>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="378"/>
        <source>Imported: {when}</source>
        <translation>Добавлено: {when}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="379"/>
        <source>File last modified: {when}</source>
        <translation>Файл изменён: {when}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="383"/>
        <source>Picture: {width} × {height}, orientation {orientation}</source>
        <translation>Изображение: {width} × {height}, ориентация {orientation}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="386"/>
        <source>Taken (EXIF): {when}</source>
        <translation>Снято (EXIF): {when}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="387"/>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="390"/>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="393"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="389"/>
        <source>Camera: {camera}</source>
        <translation>Камера: {camera}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="392"/>
        <source>GPS position: {position}</source>
        <translation>Координаты GPS: {position}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="396"/>
        <source>Duration: {duration}</source>
        <translation>Продолжительность: {duration}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="399"/>
        <source>Sound: {rate} kHz, {channels} channels, {bitrate} kbit/s</source>
        <translation>Звук: {rate} кГц, каналов: {channels}, {bitrate} кбит/с</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="404"/>
        <source>Recorded (from the file): {when}</source>
        <translation>Записано (по данным файла): {when}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="407"/>
        <source>Duration: not readable from this file</source>
        <translation>Продолжительность: из этого файла не читается</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="408"/>
        <source>Versions of the details: {count}</source>
        <translation>Версий описания: {count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="421"/>
        <source>This picture is too large to show safely. The file is kept unchanged; use Save a copy to open it elsewhere.</source>
        <translation>Это изображение слишком большое, чтобы безопасно его показать. Файл хранится без изменений; чтобы открыть его в другой программе, выберите «Сохранить копию».</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="423"/>
        <source>This picture is damaged and cannot be shown. The file is kept exactly as it was imported.</source>
        <translation>Это изображение повреждено, его нельзя показать. Файл хранится точно таким, каким был добавлен.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="425"/>
        <source>This kind of picture cannot be shown here. The file is kept unchanged; use Save a copy to open it elsewhere.</source>
        <translation>Такое изображение здесь показать нельзя. Файл хранится без изменений; чтобы открыть его в другой программе, выберите «Сохранить копию».</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="466"/>
        <source>Not saved: the vault could not be written. Nothing was lost.</source>
        <translation>Не сохранено: не удалось записать в хранилище. Ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="469"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="477"/>
        <source>Click again to delete for good</source>
        <translation>Нажмите ещё раз, чтобы удалить навсегда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="488"/>
        <source>Could not delete it; nothing was changed.</source>
        <translation>Удалить не удалось; ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="118"/>
        <source>What to include</source>
        <translation>Что включить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="119"/>
        <source>Everything in the journal</source>
        <translation>Весь журнал</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="120"/>
        <source>Incidents in a date range</source>
        <translation>Случаи за период</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="121"/>
        <source>Incidents I choose</source>
        <translation>Выбранные мной случаи</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="127"/>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="129"/>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="132"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="134"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="139"/>
        <source>Incidents to include</source>
        <translation>Случаи для отчёта</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="142"/>
        <source>The evidence linked to them (photos and files, attached byte for byte)</source>
        <translation>Связанные с ними доказательства (фото и файлы, прикладываются байт в байт)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="144"/>
        <source>The history of changes (every earlier version)</source>
        <translation>Историю изменений (все прежние версии)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="151"/>
        <source>Find an incident</source>
        <translation>Найти случай</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="152"/>
        <source>Find an incident…</source>
        <translation>Найти случай…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="218"/>
        <source>About the report</source>
        <translation>Об отчёте</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="219"/>
        <source>Your name (optional)</source>
        <translation>Ваше имя (необязательно)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="220"/>
        <source>optional: leave empty to keep your name out</source>
        <translation>необязательно: оставьте пустым, чтобы имени не было в отчёте</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="221"/>
        <source>Purpose (optional)</source>
        <translation>Для кого (необязательно)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="222"/>
        <source>for example: for the district police, for the court</source>
        <translation>например: для участкового, для суда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="225"/>
        <source>Your IIN (optional)</source>
        <translation>Ваш ИИН (необязательно)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="226"/>
        <source>optional: 12 digits, printed on the declaration page</source>
        <translation>необязательно: 12 цифр, будет напечатан на странице подтверждения</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="229"/>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="234"/>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="235"/>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="236"/>
        <source>Purpose:</source>
        <translation>Для кого:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="237"/>
        <source>Language of the report:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="252"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="253"/>
        <source>PDF report, with the original files attached inside it</source>
        <translation>Отчёт PDF, исходные файлы вложены в него</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="255"/>
        <source>Zip file for a lawyer: report, originals and signature files side by side</source>
        <translation>Zip-архив для юриста: отчёт, оригиналы и файлы подписи рядом</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="257"/>
        <source>Folder for a lawyer (the same, not zipped)</source>
        <translation>Папка для юриста (то же, без архива)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="265"/>
        <source>Protect the PDF with a password (AES-256)</source>
        <translation>Защитить PDF паролем (AES-256)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="267"/>
        <source>Password for the PDF</source>
        <translation>Пароль для PDF</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="268"/>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="269"/>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="270"/>
        <source>repeat the password</source>
        <translation>повторите пароль</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="277"/>
        <source>Any PDF reader will ask for it. Give the password to the recipient separately, not in the same message or on the same USB stick.</source>
        <translation>Любая программа для PDF спросит его. Передайте пароль получателю отдельно, не в том же сообщении и не на той же флешке.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="284"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="286"/>
        <source>The exported report is not protected by this app: anyone who has the file can read it unless it has a password. Save it straight to a USB stick if you can, and do not leave a copy on this computer.</source>
        <translation>Выгруженный отчёт не защищён этим приложением: его прочтёт любой, у кого есть файл, если на нём нет пароля. Если можете, сохраняйте сразу на флешку и не оставляйте копию на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="290"/>
        <source>Even after you delete it, this computer can remember the report: file managers keep small pictures (thumbnails) of the photos you export, and PDF readers and the system keep lists of recently opened files with their names. Exporting straight to a USB stick, and not opening the report on this computer, leaves the least behind.</source>
        <translation>Даже после удаления этот компьютер может помнить об отчёте: файловые менеджеры хранят уменьшенные копии (эскизы) экспортированных фотографий, а программы просмотра PDF и система — списки недавно открытых файлов с их именами. Меньше всего следов остаётся, если сохранить отчёт сразу на флешку и не открывать его на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="295"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="296"/>
        <source>Choose where to save the report</source>
        <translation>Выбрать, куда сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="298"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="299"/>
        <source>Cancel the export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="304"/>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="320"/>
        <source>Check a report</source>
        <translation>Проверить отчёт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="322"/>
        <source>Checks a report PDF, a zip file or a folder (choose its manifest.json): the signature, every original file and the hash chain. Needs no PIN.</source>
        <translation>Проверяет отчёт PDF, zip-архив или папку (выберите в ней manifest.json): подпись, каждый исходный файл и цепочку хешей. PIN не нужен.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="325"/>
        <source>Password of the PDF to check, if it has one</source>
        <translation>Пароль проверяемого PDF, если он есть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="326"/>
        <source>password, if the PDF has one</source>
        <translation>пароль, если у PDF он есть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="327"/>
        <source>Check a report…</source>
        <translation>Проверить отчёт…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="328"/>
        <location filename="../../src/safeplan/ui/export_view.py" line="629"/>
        <source>Choose a report to check</source>
        <translation>Выбрать отчёт для проверки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="335"/>
        <source>Result of the check</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="472"/>
        <source>The journal is still opening.</source>
        <translation>Журнал ещё открывается.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="474"/>
        <source>The start date is after the end date.</source>
        <translation>Начальная дата позже конечной.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="476"/>
        <source>Tick at least one incident.</source>
        <translation>Отметьте хотя бы один случай.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="479"/>
        <source>There is nothing to export for these choices.</source>
        <translation>При таком выборе выгружать нечего.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="482"/>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Выберите пароль не короче 8 символов.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="484"/>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="495"/>
        <source>Choose a folder for the report</source>
        <translation>Выберите папку для отчёта</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="498"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="501"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="502"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip-архивы (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="527"/>
        <source>Writing the report…</source>
        <translation>Отчёт записывается…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="547"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="560"/>
        <source>Saved: {path}
Report {report_id}: {incidents} incidents, {items} evidence items.
Key fingerprint: {fingerprint}
This file is NOT protected by the vault. Move it where it needs to go and delete it from this computer.</source>
        <translation>Сохранено: {path}
Отчёт {report_id}: случаев — {incidents}, доказательств — {items}.
Отпечаток ключа: {fingerprint}
Этот файл НЕ защищён хранилищем. Перенесите его, куда нужно, и удалите с этого компьютера.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/export_view.py" line="580"/>
        <source>%n file(s) were left out of the report: they could not be checked for where they were recorded (stored in fragments, or a part is not understood); the report names each one. Export with the locations to include them.</source>
        <translation>
            <numerusform>%n файл не включён в отчёт: его не удалось проверить на место записи (хранится фрагментами, или часть не распознана); отчёт называет каждый такой файл. Чтобы включить их, экспортируйте с координатами.</numerusform>
            <numerusform>%n файла не включены в отчёт: их не удалось проверить на место записи (хранятся фрагментами, или часть не распознана); отчёт называет каждый такой файл. Чтобы включить их, экспортируйте с координатами.</numerusform>
            <numerusform>%n файлов не включены в отчёт: их не удалось проверить на место записи (хранятся фрагментами, или часть не распознана); отчёт называет каждый такой файл. Чтобы включить их, экспортируйте с координатами.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="591"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="594"/>
        <source>{name} is a video in a format from which this program cannot take out the place it was recorded. Nothing was written. Send the originals with their location, or unlink this video from the report&apos;s incidents.</source>
        <translation>{name} — видео в формате, из которого программа не может убрать место записи. Ничего не записано. Передайте оригиналы с координатами или отвяжите это видео от происшествий отчёта.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="611"/>
        <source>The disk is full. Nothing was written; choose another place.</source>
        <translation>Диск заполнен. Ничего не записано; выберите другое место.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="613"/>
        <source>Something with that name is already there. Nothing was written.</source>
        <translation>Там уже есть что-то с таким именем. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="615"/>
        <source>That place cannot be written (read-only or no permission). Nothing was written.</source>
        <translation>В это место нельзя записать (только чтение или нет прав). Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="618"/>
        <source>The report could not be made. Nothing was written.</source>
        <translation>Не удалось сделать отчёт. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="630"/>
        <source>Reports (*.pdf *.zip manifest.json);;All files (*)</source>
        <translation>Отчёты (*.pdf *.zip manifest.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="644"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="659"/>
        <source>FAILED: the file cannot be read.</source>
        <translation>ОШИБКА: файл не читается.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="241"/>
        <source>First pages of the report</source>
        <translation>Первые страницы отчёта</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="242"/>
        <location filename="../../src/safeplan/ui/export_view.py" line="365"/>
        <source>Declaration</source>
        <translation>Подтверждение достоверности сведений</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="243"/>
        <source>First pages:</source>
        <translation>Первые страницы:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="367"/>
        <source>Statement: {first}</source>
        <translation>Заявление: {first}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="163"/>
        <source>Where the photos were taken</source>
        <translation>Где сделаны фотографии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="170"/>
        <source>Photos that record where they were taken</source>
        <translation>Фотографии, в которых записано место съёмки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="403"/>
        <source>{name}: GPS position</source>
        <translation>{name}: координаты GPS</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="405"/>
        <source>{name}: not read at import, looked at when the report is made</source>
        <translation>{name}: не прочитано при добавлении, будет проверено при составлении отчёта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/export_view.py" line="423"/>
        <source>%n photo(s) in this report record where they were taken.</source>
        <translation>
            <numerusform>В %n фотографии этого отчёта записано место съёмки.</numerusform>
            <numerusform>В %n фотографиях этого отчёта записано место съёмки.</numerusform>
            <numerusform>В %n фотографиях этого отчёта записано место съёмки.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="427"/>
        <source>No photo in this report records where it was taken.</source>
        <translation>Ни в одной фотографии этого отчёта не записано место съёмки.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="606"/>
        <source>The location could not be taken out of {name}. Nothing was written. Send the originals with their location, or unlink this photo from the report&apos;s incidents.</source>
        <translation>Не удалось удалить координаты из файла {name}. Ничего не записано. Передайте оригиналы с координатами или уберите связь этой фотографии с происшествиями отчёта.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="172"/>
        <source>Copies without the location (recommended)</source>
        <translation>Копии без координат (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="182"/>
        <source>Originals with the location</source>
        <translation>Оригиналы с координатами</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="185"/>
        <source>Anyone who gets the report can see where each photo was taken.</source>
        <translation>Любой, кто получит отчёт, увидит, где сделана каждая фотография.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="175"/>
        <source>The position is taken out of each photo and video. The originals stay in the vault; the report names each by a sealed form of its SHA-256, so that it can be produced later and checked.</source>
        <translation>Координаты удаляются из каждой фотографии и видео. Оригиналы остаются в хранилище; в отчёте каждый из них указан запечатанной формой его SHA-256, чтобы его можно было представить позже и проверить.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="600"/>
        <source>{name} is damaged, cut short or built in a way this program does not understand, so the place it was recorded cannot be taken out of it. Nothing was written. Send the originals with their location, or unlink this file from the report&apos;s incidents.</source>
        <translation>Файл {name} повреждён, обрезан или устроен так, что программа его не понимает, поэтому место записи из него удалить нельзя. Ничего не записано. Передайте оригиналы с координатами или отвяжите этот файл от происшествий отчёта.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="179"/>
        <source>Files go under neutral names (“Photo”, “Recording”) and titles are taken out of recordings: a phone can name a recording by the street it was made in.</source>
        <translation>Файлы передаются под нейтральными именами («Фото», «Запись»), а из записей удаляются названия: телефон может назвать запись по улице, на которой она сделана.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="203"/>
        <source>A report goes to people and files you do not control, and the place a photo was taken at home is your address: that is why copies without it are the default. Photos whose position could not be read at import (HEIC) are looked at again when the report is made. Videos in MP4, MOV or 3GP format go as copies without the place they were recorded (their pictures and sound are not changed); a video in another format (MKV, WebM, AVI) is left out of such a report, which names it; sound in other formats goes as it is and may hold it.</source>
        <translation>Отчёт попадает к людям и в дела, которые вы не контролируете, а место, где снята фотография дома, — это ваш адрес: поэтому по умолчанию выбраны копии без координат. Фотографии, координаты которых не удалось прочитать при добавлении (HEIC), проверяются заново при составлении отчёта. Видео в форматах MP4, MOV и 3GP передаются копиями без места записи (изображение и звук не меняются); видео в другом формате не входит в такой отчёт, и отчёт называет его; аудио в других форматах передаётся как есть и может его содержать.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="409"/>
        <source>{name}: this video format cannot be cleaned of where it was recorded; left out of this report</source>
        <translation>{name}: из видео этого формата нельзя убрать место записи; в этот отчёт не войдёт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/export_view.py" line="413"/>
        <source>%n file(s) will be left out of a report without the location: this video format cannot be cleaned of where it was recorded. The report names each one; choose the originals with the location to include them.</source>
        <translation>
            <numerusform>%n файл не войдёт в отчёт без координат: из видео этого формата нельзя убрать место записи. Отчёт называет каждый такой файл; чтобы включить их, выберите оригиналы с координатами.</numerusform>
            <numerusform>%n файла не войдут в отчёт без координат: из видео этого формата нельзя убрать место записи. Отчёт называет каждый такой файл; чтобы включить их, выберите оригиналы с координатами.</numerusform>
            <numerusform>%n файлов не войдут в отчёт без координат: из видео этого формата нельзя убрать место записи. Отчёт называет каждый такой файл; чтобы включить их, выберите оригиналы с координатами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/export_view.py" line="574"/>
        <source>%n file(s) were left out of the report: this video format cannot be cleaned of where it was recorded; the report names each one. Export with the locations to include them.</source>
        <translation>
            <numerusform>%n файл не включён в отчёт: из видео этого формата нельзя убрать место записи; отчёт называет каждый такой файл. Чтобы включить их, экспортируйте с координатами.</numerusform>
            <numerusform>%n файла не включены в отчёт: из видео этого формата нельзя убрать место записи; отчёт называет каждый такой файл. Чтобы включить их, экспортируйте с координатами.</numerusform>
            <numerusform>%n файлов не включены в отчёт: из видео этого формата нельзя убрать место записи; отчёт называет каждый такой файл. Чтобы включить их, экспортируйте с координатами.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureNotice</name>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="25"/>
        <source>Problems at earlier attempts to open</source>
        <translation>Сбои при прошлых попытках открыть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="30"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="31"/>
        <source>Hide this notice</source>
        <translation>Скрыть это сообщение</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="42"/>
        <source>{when}: the vault could not be opened because this computer&apos;s keyring did not answer (it may have been locked). Nothing was lost.</source>
        <translation>{when}: хранилище не открылось, потому что связка ключей этого компьютера не ответила (возможно, она была заблокирована). Ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="46"/>
        <source>{when}: the vault file could not be read (it was busy, or the disk had a problem). Nothing was changed. If this happens again, make an export or a backup soon.</source>
        <translation>{when}: файл хранилища не удалось прочитать (он был занят, или с диском что-то не так). Ничего не изменено. Если это повторится, поскорее сделайте экспорт или резервную копию.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="50"/>
        <source>{when}: pieces of a stored file that nothing describes were found (an import cut off by a crash, or a file&apos;s record removed outside the app). Without it they cannot be opened, so they were removed.</source>
        <translation>{when}: найдены части сохранённого файла, которые ничем не описаны (импорт прервался из-за сбоя, или запись о файле удалили вне приложения). Без неё их нельзя открыть, поэтому они удалены.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="54"/>
        <source>{when}: the vault file was damaged (cut short or partly overwritten). Everything that could still be read was opened; the damaged file was kept unchanged beside it, under the same name with a number added. Make an export now.</source>
        <translation>{when}: файл хранилища был повреждён (обрезан или частично перезаписан). Всё, что ещё можно было прочитать, открыто; повреждённый файл сохранён без изменений рядом, под тем же именем с добавленным номером. Сделайте экспорт сейчас.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure_notice.py" line="59"/>
        <source>{when}: part of the vault&apos;s key data was damaged, so it could not be opened with that secret. Make an export now and keep your recovery code safe.</source>
        <translation>{when}: часть ключевых данных хранилища повреждена, поэтому оно не открылось этим секретом. Сделайте экспорт сейчас и храните код восстановления в надёжном месте.</translation>
    </message>
</context>
<context>
    <name>FileSize</name>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/sizes.py" line="21"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/sizes.py" line="27"/>
        <source>{number} KB</source>
        <translation>{number} КБ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/sizes.py" line="29"/>
        <source>{number} MB</source>
        <translation>{number} МБ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/sizes.py" line="30"/>
        <source>{number} GB</source>
        <translation>{number} ГБ</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="72"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="73"/>
        <source>Show every saved version</source>
        <translation>Показать все сохранённые версии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="76"/>
        <source>Earlier versions</source>
        <translation>Прежние версии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="96"/>
        <source>Version {number}, saved {saved}</source>
        <translation>Версия {number}, сохранена {saved}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="98"/>
        <source>Saved versions: {count}. Each one is in the vault&apos;s history of changes and is checked with it.</source>
        <translation>Сохранённых версий: {count}. Каждая записана в историю изменений хранилища и проверяется вместе с ней.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="60"/>
        <source>Files to import</source>
        <translation>Файлы для добавления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="64"/>
        <source>Link the files to an incident</source>
        <translation>Связать файлы со случаем</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="65"/>
        <source>Remove the originals from this computer after a verified import</source>
        <translation>Удалить оригиналы с этого компьютера после проверенного добавления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="70"/>
        <source>Each original is deleted only after its copy in the vault has been read back and its SHA-256 matches. Deleting cannot reach copies elsewhere: SSDs can keep old data, and backups, cloud folders (Google Drive, OneDrive, iCloud), the phone the photo came from and messengers may still hold it.</source>
        <translation>Каждый оригинал удаляется только после того, как его копия в хранилище прочитана заново и её SHA-256 совпал. Удаление не затрагивает копии в других местах: SSD-диски могут хранить старые данные, а резервные копии, облачные папки (Google Drive, OneDrive, iCloud), телефон, с которого фото, и мессенджеры могут их ещё хранить.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="78"/>
        <source>Import progress</source>
        <translation>Ход добавления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="81"/>
        <source>Import</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="82"/>
        <source>Start the import</source>
        <translation>Начать добавление</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="84"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="85"/>
        <source>Cancel the import</source>
        <translation>Отменить добавление</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="87"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="88"/>
        <source>Close the import report</source>
        <translation>Закрыть итоги добавления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="92"/>
        <source>Link to:</source>
        <translation>Связать с:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="120"/>
        <source>No incident</source>
        <translation>Без случая</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="184"/>
        <source>Encrypting {name}…</source>
        <translation>Шифруется {name}…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="190"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="216"/>
        <source>Originals removed from this computer: {count}</source>
        <translation>Оригиналов удалено с этого компьютера: {count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="226"/>
        <source>{name}: cancelled, nothing kept.</source>
        <translation>{name}: отменено, ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="230"/>
        <source>{name}: already in the vault as “{existing}”; that item is now linked to the incident.</source>
        <translation>{name}: уже есть в хранилище как «{existing}»; теперь он связан со случаем.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="233"/>
        <source>{name}: already in the vault as “{existing}”; not stored twice. Choose an incident above to link it instead.</source>
        <translation>{name}: уже есть в хранилище как «{existing}»; второй раз не сохраняется. Выберите случай выше, чтобы связать его.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="237"/>
        <source>The original was removed.</source>
        <translation>Оригинал удалён.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="241"/>
        <source>{name}: is a folder. Open it and choose the files inside.</source>
        <translation>{name}: это папка. Откройте её и выберите файлы внутри.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="242"/>
        <source>{name}: no longer exists.</source>
        <translation>{name}: больше не существует.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="243"/>
        <source>{name}: could not be read (no permission or a damaged disk). The file was not changed.</source>
        <translation>{name}: не удалось прочитать (нет прав или диск повреждён). Файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="245"/>
        <source>{name}: is empty (0 bytes); there is nothing to keep.</source>
        <translation>{name}: пустой (0 байт); сохранять нечего.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="246"/>
        <source>{name}: is larger than 4 GiB, the most the vault accepts for one file.</source>
        <translation>{name}: больше 4 ГиБ — это предел хранилища для одного файла.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="248"/>
        <source>{name}: the disk is full. Nothing of it was kept; free some space and import it again.</source>
        <translation>{name}: диск заполнен. Ничего из него не сохранено; освободите место и добавьте снова.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="250"/>
        <source>{name}: the vault could not be written. Nothing of it was kept.</source>
        <translation>{name}: не удалось записать в хранилище. Ничего из него не сохранено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="252"/>
        <source>{name}: the file changed while it was being added (it is probably still being saved). Nothing of it was kept; add it again once it is complete.</source>
        <translation>{name}: файл изменился, пока его добавляли (вероятно, он ещё сохраняется). Ничего из него не сохранено; добавьте его снова, когда он будет готов.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="257"/>
        <source>{name}: stored, SHA-256 {hash}…</source>
        <translation>{name}: сохранён, SHA-256 {hash}…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="260"/>
        <source>its name does not match its content ({mime}); it was kept as it is</source>
        <translation>имя не соответствует содержимому ({mime}); файл сохранён как есть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="262"/>
        <source>the picture is damaged, so there is no preview; the file is kept exactly as it was</source>
        <translation>изображение повреждено, поэтому без миниатюры; файл сохранён точно таким, каким был</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="264"/>
        <source>the picture is too large to preview safely; the file is kept exactly as it was</source>
        <translation>изображение слишком большое для безопасного просмотра; файл сохранён точно таким, каким был</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="266"/>
        <source>this kind of picture cannot be previewed</source>
        <translation>такое изображение нельзя показать</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="271"/>
        <source>the original was removed</source>
        <translation>оригинал удалён</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="273"/>
        <source>the original was NOT removed (it changed, could not be deleted, or the check failed)</source>
        <translation>оригинал НЕ удалён (он изменился, его нельзя удалить или проверка не прошла)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/evidence_view.py" line="115"/>
        <source>Import %n files into the vault</source>
        <translation>
            <numerusform>Добавить %n файл в хранилище</numerusform>
            <numerusform>Добавить %n файла в хранилище</numerusform>
            <numerusform>Добавить %n файлов в хранилище</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/evidence_view.py" line="210"/>
        <source>{stored} of %n files are now in the vault</source>
        <translation>
            <numerusform>В хранилище теперь {stored} из %n файла</numerusform>
            <numerusform>В хранилище теперь {stored} из %n файлов</numerusform>
            <numerusform>В хранилище теперь {stored} из %n файлов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentCalendar</name>
    <message>
        <location filename="../../src/safeplan/ui/calendar_view.py" line="44"/>
        <source>Incidents by day</source>
        <translation>Случаи по дням</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calendar_view.py" line="57"/>
        <source>Incidents on the chosen day</source>
        <translation>Случаи в выбранный день</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calendar_view.py" line="65"/>
        <source>Darker days had more incidents; a red outline marks a sign of danger (strangling, a weapon, a threat to kill…). Choose a day to see what happened.</source>
        <translation>Чем темнее день, тем больше было случаев; красное подчёркивание — признак опасности (удушение, оружие, угроза убийством…). Выберите день, чтобы увидеть, что произошло.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calendar_view.py" line="86"/>
        <source>{count} incidents</source>
        <translation>Случаев: {count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calendar_view.py" line="100"/>
        <source>This month: {incidents} incidents on {days} days.</source>
        <translation>В этом месяце: случаев — {incidents}, дней — {days}.</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="86"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="92"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="95"/>
        <source>Time unknown</source>
        <translation>Время неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="104"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="105"/>
        <source>The date is approximate</source>
        <translation>Дата примерная</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="108"/>
        <source>About when</source>
        <translation>Примерно когда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="109"/>
        <source>e.g. the week before New Year</source>
        <translation>например, за неделю до Нового года</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="114"/>
        <source>How long it lasted</source>
        <translation>Сколько это длилось</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="115"/>
        <source>How long:</source>
        <translation>Сколько длилось:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="116"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="117"/>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="224"/>
        <source>Where:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="121"/>
        <source>Who did it</source>
        <translation>Кто это сделал</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="122"/>
        <source>Add person…</source>
        <translation>Добавить человека…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="124"/>
        <source>Add a person to the list</source>
        <translation>Добавить человека в список</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="129"/>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="133"/>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="134"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="135"/>
        <source>Relationship</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="136"/>
        <source>Relationship, e.g. husband</source>
        <translation>Кем приходится, например муж</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="137"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="139"/>
        <source>Add this person</source>
        <translation>Добавить этого человека</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="162"/>
        <source>What kind:</source>
        <translation>Что это было:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="163"/>
        <source>Signs of danger:</source>
        <translation>Признаки опасности:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="174"/>
        <source>If any of these happened, tell the police and a crisis centre (150) about it explicitly: they are asked about in risk assessments.</source>
        <translation>Если что-то из этого было, прямо скажите об этом полиции и кризисному центру (150): об этом спрашивают при оценке риска.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="189"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="190"/>
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="191"/>
        <source>Write it as soon as you can, in order: what led up to it, what he did, what you did, how it ended. Facts first; how you felt belongs here too.</source>
        <translation>Запишите как можно скорее и по порядку: что этому предшествовало, что он делал, что делали вы, чем всё закончилось. Сначала факты; о своих чувствах тоже можно написать.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="193"/>
        <source>Exact words</source>
        <translation>Точные слова</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="194"/>
        <source>Exact words said:</source>
        <translation>Точные слова:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="195"/>
        <source>Write threats and insults word for word, in the language they were said.</source>
        <translation>Записывайте угрозы и оскорбления слово в слово, на том языке, на котором они прозвучали.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="196"/>
        <source>Injuries</source>
        <translation>Травмы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="197"/>
        <source>Injuries:</source>
        <translation>Травмы:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="198"/>
        <source>Photograph injuries with something for scale (a coin, a ruler) and again after two days, when bruises show more.</source>
        <translation>Сфотографируйте травмы рядом с предметом для масштаба (монета, линейка) и ещё раз через два дня, когда синяки станут заметнее.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="200"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="201"/>
        <source>Witnesses:</source>
        <translation>Свидетели:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="204"/>
        <source>Children were present</source>
        <translation>Дети были рядом</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="208"/>
        <source>Police were contacted</source>
        <translation>Было обращение в полицию</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="212"/>
        <source>Police station</source>
        <translation>Отделение полиции</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="213"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="214"/>
        <source>Report number</source>
        <translation>Номер заявления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="215"/>
        <source>Station:</source>
        <translation>Отделение:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="216"/>
        <source>Officer:</source>
        <translation>Сотрудник:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="217"/>
        <source>Report number:</source>
        <translation>Номер заявления:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="218"/>
        <source>Medical help</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="222"/>
        <source>Where treated</source>
        <translation>Где оказали помощь</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="223"/>
        <source>Medical record number</source>
        <translation>Номер медицинской записи</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="225"/>
        <source>Record number:</source>
        <translation>Номер записи:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="226"/>
        <source>Referred for a forensic medical examination (СМЭ)</source>
        <translation>Направлена на судебно-медицинскую экспертизу (СМЭ)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="230"/>
        <source>Date of the examination</source>
        <translation>Дата экспертизы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="231"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="232"/>
        <source>Where the examination was</source>
        <translation>Где проводилась экспертиза</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="234"/>
        <source>Result of the examination</source>
        <translation>Результат экспертизы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="235"/>
        <source>the conclusion&apos;s number, what it found</source>
        <translation>номер заключения, что установлено</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="238"/>
        <source>The result document, from your evidence</source>
        <translation>Документ с результатом, из ваших доказательств</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="242"/>
        <source>Examined on:</source>
        <translation>Дата экспертизы:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="243"/>
        <source>Examined at:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="244"/>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="245"/>
        <source>Result document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="250"/>
        <source>Protective order this breached</source>
        <translation>Нарушенное защитное предписание</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="251"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="254"/>
        <source>Order breached:</source>
        <translation>Нарушено предписание:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="257"/>
        <source>How afraid you felt, 0 to 10</source>
        <translation>Насколько было страшно, от 0 до 10</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="265"/>
        <source>How afraid (0–10):</source>
        <translation>Насколько страшно (0–10):</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="266"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="267"/>
        <source>separated by commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="268"/>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="271"/>
        <source>Keep the numbers of police reports and medical records: they let a lawyer find the official papers later.</source>
        <translation>Сохраняйте номера заявлений в полицию и медицинских записей: по ним юрист потом найдёт официальные документы.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="286"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="288"/>
        <source>Cancel editing</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="291"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="293"/>
        <source>Save the incident</source>
        <translation>Сохранить запись</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="316"/>
        <source>Evidence linked to this incident: {names}</source>
        <translation>Доказательства, связанные с этим случаем: {names}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="320"/>
        <source>No evidence linked yet. Add photos and files under Evidence, then link them to this incident there.</source>
        <translation>Доказательства пока не связаны. Добавьте фото и файлы в разделе «Доказательства» и там свяжите их с этим случаем.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="239"/>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="341"/>
        <source>Not chosen</source>
        <translation>Не выбран</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="474"/>
        <source>The date is in the future.</source>
        <translation>Эта дата ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="475"/>
        <source>That is not a real date.</source>
        <translation>Такой даты не существует.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="476"/>
        <source>That date is too far in the past.</source>
        <translation>Эта дата слишком давняя.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="477"/>
        <source>That is not a real time.</source>
        <translation>Такого времени не существует.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="478"/>
        <source>Please write what happened.</source>
        <translation>Пожалуйста, напишите, что произошло.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="479"/>
        <source>Choose a number from 0 to 10.</source>
        <translation>Выберите число от 0 до 10.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="481"/>
        <source>The date of the examination is not a real date (YYYY-MM-DD).</source>
        <translation>Дата экспертизы указана неверно (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="497"/>
        <source>“{field}” is too long to keep in one entry (over 200,000 characters). Please split it into two entries.</source>
        <translation>Поле «{field}» слишком длинное для одной записи (больше 200 000 знаков). Разделите его на две записи.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="501"/>
        <source>Please check the form.</source>
        <translation>Пожалуйста, проверьте форму.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="52"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="52"/>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="52"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="53"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="143"/>
        <source>Search the journal</source>
        <translation>Поиск по дневнику</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="144"/>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="149"/>
        <source>Filter by kind</source>
        <translation>Отбор по виду</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="150"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="156"/>
        <source>Filter by person</source>
        <translation>Отбор по человеку</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="158"/>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="159"/>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="175"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="177"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="183"/>
        <source>Incidents</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="198"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="203"/>
        <source>New incident</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="206"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="207"/>
        <source>Open the incident</source>
        <translation>Открыть запись</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="209"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="210"/>
        <source>Show earlier versions</source>
        <translation>Показать прежние версии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="212"/>
        <location filename="../../src/safeplan/ui/journal_view.py" line="498"/>
        <source>Move to trash</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="214"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="215"/>
        <source>Show the trash</source>
        <translation>Показать корзину</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="218"/>
        <location filename="../../src/safeplan/ui/journal_view.py" line="540"/>
        <source>Empty trash</source>
        <translation>Очистить корзину</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="220"/>
        <source>Timeline</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="221"/>
        <source>Show incidents per month</source>
        <translation>Показать случаи по месяцам</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="244"/>
        <source>Opening…</source>
        <translation>Открываем…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="253"/>
        <source>An entry you had not saved was kept.</source>
        <translation>Несохранённая запись сохранена как черновик.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="255"/>
        <source>Continue it</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="257"/>
        <source>Discard it</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="270"/>
        <source>Earlier versions</source>
        <translation>Прежние версии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="272"/>
        <source>Back to the list</source>
        <translation>Назад к списку</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="304"/>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="324"/>
        <source>Checking the history…</source>
        <translation>Проверяем историю…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="335"/>
        <source>The history could not be checked just now.</source>
        <translation>Сейчас не удалось проверить историю.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="339"/>
        <source>The journal could not be opened.</source>
        <translation>Не удалось открыть дневник.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="346"/>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="380"/>
        <source>Warning: the journal&apos;s history was altered at change number {number}.</source>
        <translation>Внимание: история дневника изменена начиная с изменения № {number}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="388"/>
        <source>Warning: %n stored files belong to no evidence item: the item was removed from the file outside the app, or is damaged. The files are kept.</source>
        <translation>
            <numerusform>Внимание: %n сохранённый файл не относится ни к одному доказательству: доказательство удалили из файла вне приложения, или оно повреждено. Файлы сохранены.</numerusform>
            <numerusform>Внимание: %n сохранённых файла не относятся ни к одному доказательству: доказательство удалили из файла вне приложения, или оно повреждено. Файлы сохранены.</numerusform>
            <numerusform>Внимание: %n сохранённых файлов не относятся ни к одному доказательству: доказательство удалили из файла вне приложения, или оно повреждено. Файлы сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="401"/>
        <source>Warning: the protective order {order} differs from its recorded history.</source>
        <translation>Внимание: защитное предписание {order} не совпадает со своей историей.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="404"/>
        <source>Warning: the police statement «{statement}» differs from its recorded history.</source>
        <translation>Внимание: заявление в полицию «{statement}» не совпадает со своей историей.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="407"/>
        <source>Warning: the evidence item «{name}» differs from its recorded history.</source>
        <translation>Внимание: доказательство «{name}» не совпадает со своей историей.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="409"/>
        <source>Warning: an entry differs from its recorded history.</source>
        <translation>Внимание: запись не совпадает со своей историей.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="426"/>
        <source>Warning: part of the file was put back from an older copy of it outside the app (found on {date}), and the record of the history&apos;s last change is missing: changes made after that copy may have been removed. Everything still in the file opens, and you can keep working.</source>
        <translation>Внимание: часть файла была возвращена в обход приложения из его более старой копии (обнаружено {date}), и записи о последнем изменении истории нет — изменения, сделанные после той копии, могли быть удалены. Всё, что есть в файле, открывается, можно продолжать работу.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="453"/>
        <source>Warning: change number {number} of the history cannot be read (the file is damaged there). It was made between {after} and {before}.</source>
        <translation>Внимание: изменение номер {number} в истории не читается (файл в этом месте повреждён). Оно было сделано между {after} и {before}.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="458"/>
        <source>Warning: change number {number} of the history, the last one, cannot be read (the file is damaged there). It was made after {after}.</source>
        <translation>Внимание: изменение номер {number} в истории, последнее, не читается (файл в этом месте повреждён). Оно было сделано после {after}.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="463"/>
        <source>Warning: change number {number} of the history, the first one, cannot be read (the file is damaged there). It was made before {before}.</source>
        <translation>Внимание: изменение номер {number} в истории, первое, не читается (файл в этом месте повреждён). Оно было сделано до {before}.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="466"/>
        <source>Warning: change number {number} of the history cannot be read (the file is damaged there).</source>
        <translation>Внимание: изменение номер {number} в истории не читается (файл в этом месте повреждён).</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="489"/>
        <source>Trash: {shown} of {total}</source>
        <translation>Корзина: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="497"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="550"/>
        <source>Click again to delete for good</source>
        <translation>Нажмите ещё раз, чтобы удалить навсегда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="624"/>
        <source>Version {number}, saved {saved}</source>
        <translation>Версия {number}, сохранена {saved}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="625"/>
        <source>Date: {date} {time}</source>
        <translation>Дата: {date} {time}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="626"/>
        <source>Kinds: {kinds}</source>
        <translation>Виды: {kinds}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="629"/>
        <source>Exact words: {words}</source>
        <translation>Точные слова: {words}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="224"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="225"/>
        <source>Show incidents by day</source>
        <translation>Показать случаи по дням</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="367"/>
        <source>History intact: %n changes recorded and checked.</source>
        <translation>
            <numerusform>История цела: записано и проверено %n изменение.</numerusform>
            <numerusform>История цела: записано и проверено %n изменения.</numerusform>
            <numerusform>История цела: записано и проверено %n изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="487"/>
        <source>{shown} of %n incidents</source>
        <translation>
            <numerusform>Показано {shown} из %n случая</numerusform>
            <numerusform>Показано {shown} из %n случаев</numerusform>
            <numerusform>Показано {shown} из %n случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="492"/>
        <source>%n damaged entries could not be opened</source>
        <translation>
            <numerusform>не удалось открыть %n повреждённую запись</numerusform>
            <numerusform>не удалось открыть %n повреждённые записи</numerusform>
            <numerusform>не удалось открыть %n повреждённых записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="633"/>
        <source>First recorded {when}; %n versions.</source>
        <translation>
            <numerusform>Впервые записано {when}; %n версия.</numerusform>
            <numerusform>Впервые записано {when}; %n версии.</numerusform>
            <numerusform>Впервые записано {when}; %n версий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="415"/>
        <source>Warning: the last %n changes of the history were removed from the file outside the app. Everything else is intact, and you can keep working.</source>
        <translation>
            <numerusform>Внимание: последнее %n изменение истории удалено из файла в обход приложения. Всё остальное цело, можно продолжать работу.</numerusform>
            <numerusform>Внимание: последние %n изменения истории удалены из файла в обход приложения. Всё остальное цело, можно продолжать работу.</numerusform>
            <numerusform>Внимание: последние %n изменений истории удалены из файла в обход приложения. Всё остальное цело, можно продолжать работу.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="419"/>
        <source>Warning: the record of the history&apos;s last change is missing or damaged, so its newest changes may have been removed from the file outside the app. Everything still in the file opens, and you can keep working.</source>
        <translation>Внимание: запись о последнем изменении истории пропала или повреждена — возможно, новейшие изменения удалены из файла в обход приложения. Всё, что есть в файле, открывается, можно продолжать работу.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="438"/>
        <source>Warning: %n changes of the history were removed from the file outside the app (noticed on {date}). Everything else is intact.</source>
        <translation>
            <numerusform>Внимание: %n изменение истории было удалено из файла в обход приложения (замечено {date}). Всё остальное цело.</numerusform>
            <numerusform>Внимание: %n изменения истории были удалены из файла в обход приложения (замечено {date}). Всё остальное цело.</numerusform>
            <numerusform>Внимание: %n изменений истории были удалены из файла в обход приложения (замечено {date}). Всё остальное цело.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="441"/>
        <source>Warning: changes of the history were removed from the file outside the app (noticed on {date}); how many is not known. Everything else is intact.</source>
        <translation>Внимание: изменения истории были удалены из файла в обход приложения (замечено {date}); сколько — неизвестно. Всё остальное цело.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="432"/>
        <source>Warning: on {date} the record of the history&apos;s last change was found missing or damaged, so changes made before then may have been removed from the file outside the app; whether any were, and how many, is not known. Everything still in the file opens, and you can keep working.</source>
        <translation>Внимание: {date} запись о последнем изменении истории оказалась пропавшей или повреждённой, поэтому изменения, сделанные до этого, могли быть удалены из файла в обход приложения; были ли такие и сколько — неизвестно. Всё, что есть в файле, открывается, можно продолжать работу.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="23"/>
        <source>Physical</source>
        <translation>Физическое</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="24"/>
        <source>Sexual</source>
        <translation>Сексуальное</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="25"/>
        <source>Psychological or verbal</source>
        <translation>Психологическое или словесное</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="26"/>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="27"/>
        <source>Economic</source>
        <translation>Экономическое</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="28"/>
        <source>Stalking, or monitoring your phone or computer</source>
        <translation>Преследование или слежка за вашим телефоном или компьютером</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="31"/>
        <source>Harm to or threats about the children</source>
        <translation>Вред детям или угрозы о детях</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="34"/>
        <source>Strangling or choking</source>
        <translation>Удушение</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="35"/>
        <source>Weapon used or threatened</source>
        <translation>Оружие: применил или угрожал</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="36"/>
        <source>Threat to kill</source>
        <translation>Угроза убийством</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="37"/>
        <source>Violence during pregnancy</source>
        <translation>Насилие во время беременности</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="38"/>
        <source>Breach of a protective order</source>
        <translation>Нарушение защитного предписания</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="29"/>
        <source>Digital</source>
        <translation>Цифровое</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="30"/>
        <source>Damage to property</source>
        <translation>Порча имущества</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="32"/>
        <source>Harm to pets</source>
        <translation>Вред животным</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="33"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>LegalNote</name>
    <message>
        <location filename="../../src/safeplan/ui/legal_note.py" line="16"/>
        <source>Only partly re-checked against its sources.</source>
        <translation>Перепроверено по источникам лишь частично.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/legal_note.py" line="19"/>
        <source>Not re-checked against a current source: treat it with care.</source>
        <translation>Не перепроверено по актуальному источнику: относитесь к этому осторожно.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/legal_note.py" line="27"/>
        <source>Source: {titles} · checked {date}</source>
        <translation>Источник: {titles} · проверено {date}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/safeplan/ui/language.py" line="29"/>
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="125"/>
        <source>Your orders</source>
        <translation>Ваши предписания</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="130"/>
        <source>Kind of order</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="131"/>
        <source>Police protective order (30 days)</source>
        <translation>Защитное предписание полиции (30 суток)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="132"/>
        <source>Court&apos;s requirements for his behaviour</source>
        <translation>Особые требования к его поведению (суд)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="136"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="137"/>
        <source>Issued by</source>
        <translation>Кем вынесено</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="138"/>
        <source>e.g. the district police department</source>
        <translation>например, УП района</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="139"/>
        <source>Date issued</source>
        <translation>Дата вынесения</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="140"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="141"/>
        <source>Date it was handed to him</source>
        <translation>Дата вручения ему</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="142"/>
        <source>YYYY-MM-DD (if not the day issued)</source>
        <translation>ГГГГ-ММ-ДД (если не в день вынесения)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="145"/>
        <source>Months set by the court</source>
        <translation>Срок, установленный судом, в месяцах</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="148"/>
        <source>End date written on the paper</source>
        <translation>Дата окончания, указанная в документе</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="149"/>
        <source>only if the paper says another date</source>
        <translation>только если в документе указана другая дата</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="150"/>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="154"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="296"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="155"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="296"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="156"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="297"/>
        <source>Issued by:</source>
        <translation>Кем вынесено:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="157"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="297"/>
        <source>Issued on:</source>
        <translation>Дата вынесения:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="158"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="298"/>
        <source>Handed to him on:</source>
        <translation>Вручено ему:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="160"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="299"/>
        <source>Months:</source>
        <translation>Месяцев:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="162"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="300"/>
        <source>Ends on:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="163"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="300"/>
        <source>Conditions:</source>
        <translation>Условия:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="166"/>
        <source>New order</source>
        <translation>Новое предписание</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="168"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="169"/>
        <source>Save the order</source>
        <translation>Сохранить предписание</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="171"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="172"/>
        <source>Delete the order</source>
        <translation>Удалить предписание</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="174"/>
        <source>Record a breach…</source>
        <translation>Записать нарушение…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="175"/>
        <source>Record a breach of this order as an incident</source>
        <translation>Записать нарушение этого предписания как случай</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="212"/>
        <source>starts {date}</source>
        <translation>начинается {date}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="214"/>
        <source>ended {date}</source>
        <translation>закончилось {date}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="216"/>
        <source>ends today ({date})</source>
        <translation>заканчивается сегодня ({date})</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="217"/>
        <source>{days} days left (ends {date})</source>
        <translation>осталось дней: {days} (до {date})</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="234"/>
        <source>{order}: {status}. Before it ends, ask the police or a court what protection comes next.</source>
        <translation>{order}: {status}. До окончания спросите в полиции или в суде, какая защита будет дальше.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="255"/>
        <source>In force until {date}: {status}.</source>
        <translation>Действует до {date}: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="316"/>
        <source>Write the date it was issued.</source>
        <translation>Укажите дату вынесения.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="317"/>
        <source>The end date is before the start.</source>
        <translation>Дата окончания раньше начала.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="318"/>
        <source>Choose how many months the court set.</source>
        <translation>Укажите, на сколько месяцев суд установил требования.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="328"/>
        <source>A date is not a real date: write it as YYYY-MM-DD.</source>
        <translation>Дата указана неверно: пишите ГГГГ-ММ-ДД.</translation>
    </message>
</context>
<context>
    <name>PictureView</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="81"/>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="38"/>
        <source>Digits typed</source>
        <translation>Введённые цифры</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="41"/>
        <source>Backspace</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="41"/>
        <location filename="../../src/safeplan/ui/pinpad.py" line="44"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="147"/>
        <source>Parts of the plan</source>
        <translation>Разделы плана</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="148"/>
        <source>Opening…</source>
        <translation>Открываем…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="159"/>
        <source>The plan could not be opened.</source>
        <translation>Не удалось открыть план.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="179"/>
        <source>Checklists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="181"/>
        <source>People and places</source>
        <translation>Люди и места</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="183"/>
        <source>Help numbers</source>
        <translation>Куда звонить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="185"/>
        <source>Print or save</source>
        <translation>Распечатать или сохранить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="196"/>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="201"/>
        <source>Name of a new list</source>
        <translation>Название нового списка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="202"/>
        <source>New list…</source>
        <translation>Новый список…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="207"/>
        <source>Add a list from the templates</source>
        <translation>Добавить список из шаблонов</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="216"/>
        <source>Name of the list</source>
        <translation>Название списка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="220"/>
        <source>Progress of the list</source>
        <translation>Выполнено по списку</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="222"/>
        <source>%v of %m done</source>
        <translation>Сделано %v из %m</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="225"/>
        <source>Items of the list</source>
        <translation>Пункты списка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="234"/>
        <source>Note on the selected item</source>
        <translation>Заметка к выбранному пункту</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="235"/>
        <source>Note on the selected item (where it is, who has it)</source>
        <translation>Заметка к выбранному пункту (где лежит, у кого)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="239"/>
        <source>New item</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="240"/>
        <source>Add an item and press Enter</source>
        <translation>Впишите пункт и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="242"/>
        <source>Move the item up</source>
        <translation>Переместить пункт вверх</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="244"/>
        <source>Move the item down</source>
        <translation>Переместить пункт вниз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="246"/>
        <source>Delete item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="248"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="401"/>
        <source>Restore template</source>
        <translation>Вернуть исходный</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="249"/>
        <source>Restore the list to its template</source>
        <translation>Вернуть список к исходному</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="251"/>
        <source>Delete list</source>
        <translation>Удалить список</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="276"/>
        <source>Add the list «{title}»</source>
        <translation>Добавить список «{title}»</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="398"/>
        <source>Click again to confirm</source>
        <translation>Нажмите ещё раз для подтверждения</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="436"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="564"/>
        <source>Trusted people</source>
        <translation>Люди, которым можно доверять</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="438"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="438"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="439"/>
        <source>What they know</source>
        <translation>Что они знают</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="439"/>
        <source>Code word</source>
        <translation>Кодовое слово</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="443"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="569"/>
        <source>Safe places</source>
        <translation>Безопасные места</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="445"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="445"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="446"/>
        <source>When it is open</source>
        <translation>Когда открыто</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="446"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="472"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="456"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="469"/>
        <source>Your own numbers</source>
        <translation>Ваши номера</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="471"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="471"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="479"/>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="479"/>
        <source>Other countries</source>
        <translation>Другие страны</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="495"/>
        <source>Source: {title}</source>
        <translation>Источник: {title}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="501"/>
        <source>published {date}</source>
        <translation>опубликовано {date}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="502"/>
        <source>checked {date}</source>
        <translation>проверено {date}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="512"/>
        <source>History only: it may not work now, and he may know it too.</source>
        <translation>Только как история: сейчас это может не сработать, и он тоже может это знать.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="515"/>
        <source>This is tied to its date and may have changed since.</source>
        <translation>Это сведения на указанную дату; с тех пор они могли измениться.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="518"/>
        <source>Works online, from abroad: not a first contact when you are in danger.</source>
        <translation>Работает онлайн, из-за рубежа: не первый контакт, когда вы в опасности.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="522"/>
        <source>Numbers change: check them when you can, and add your own below.</source>
        <translation>Номера меняются: проверяйте их, когда можете, и добавляйте свои ниже.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="531"/>
        <source>A one-page plan: your trusted people, safe places, the emergency bag and the key numbers. A printed or saved plan is NOT protected: anyone who finds it can read it. Hide it well, or keep it with someone you trust.</source>
        <translation>План на одной странице: люди, которым можно доверять, безопасные места, тревожная сумка и главные номера. Распечатанный или сохранённый план НЕ защищён: его прочтёт любой, кто найдёт. Хорошо спрячьте его или оставьте у доверенного человека.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="546"/>
        <source>Save as text…</source>
        <translation>Сохранить как текст…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="559"/>
        <source>MY PLAN</source>
        <translation>МОЙ ПЛАН</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="562"/>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="566"/>
        <source>code word: {word}</source>
        <translation>кодовое слово: {word}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="580"/>
        <source>Key numbers</source>
        <translation>Главные номера</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="585"/>
        <source>Save as text</source>
        <translation>Сохранить как текст</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="586"/>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="598"/>
        <source>Saved. Remember: this file is not protected.</source>
        <translation>Сохранено. Помните: этот файл не защищён.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="601"/>
        <source>The plan could not be saved there (is the disk full or the folder read-only?). Nothing was written.</source>
        <translation>Не удалось сохранить план в этом месте (диск заполнен или папка только для чтения?). Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ProtectionView</name>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="616"/>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="617"/>
        <source>Opening…</source>
        <translation>Открывается…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="644"/>
        <source>Orders</source>
        <translation>Предписания</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="645"/>
        <source>Statement to the police</source>
        <translation>Заявление в полицию</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="648"/>
        <source>Some saved orders or statements could not be read (the file is damaged there); the others are shown.</source>
        <translation>Некоторые сохранённые предписания или заявления не читаются (файл в этом месте повреждён); остальные показаны.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="659"/>
        <source>This part could not be opened.</source>
        <translation>Этот раздел не удалось открыть.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/safeplan/ui/qt_texts.py" line="18"/>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/qt_texts.py" line="19"/>
        <source>File Folder</source>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/qt_texts.py" line="20"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/qt_texts.py" line="21"/>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/safeplan/ui/qt_texts.py" line="16"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/qt_texts.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="25"/>
        <source>Incident documentation</source>
        <translation>Документирование происшествий</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="26"/>
        <source>Prepared by</source>
        <translation>Составитель</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="27"/>
        <source>Period covered</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="28"/>
        <source>Report created</source>
        <translation>Дата составления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="29"/>
        <source>Incidents</source>
        <translation>Происшествия</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="30"/>
        <source>Evidence items</source>
        <translation>Доказательства (файлы)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="31"/>
        <source>Report ID</source>
        <translation>Номер отчёта</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="32"/>
        <source>Public key fingerprint (SHA-256)</source>
        <translation>Отпечаток открытого ключа (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="54"/>
        <source>Report {report_id} · Page {page} of {pages}</source>
        <translation>Отчёт {report_id} · Страница {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="55"/>
        <source>Summary</source>
        <translation>Сводная таблица</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="56"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="374"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="57"/>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="58"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="67"/>
        <source>What happened</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="59"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="60"/>
        <source>Incident {number}: {date}</source>
        <translation>Происшествие № {number} от {date}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="61"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="388"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="62"/>
        <source>approximate: {note}</source>
        <translation>приблизительно: {note}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="63"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="148"/>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="64"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="65"/>
        <source>Person responsible</source>
        <translation>Лицо, совершившее действия</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="66"/>
        <source>Kinds of abuse</source>
        <translation>Виды насилия</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="68"/>
        <source>Exact words said</source>
        <translation>Дословно высказанные слова</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="69"/>
        <source>Injuries</source>
        <translation>Телесные повреждения</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="70"/>
        <source>Witnesses</source>
        <translation>Свидетели</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="71"/>
        <source>Children present</source>
        <translation>Присутствие детей</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="72"/>
        <source>Police contacted</source>
        <translation>Обращение в полицию</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="73"/>
        <source>Police station, officer, report number</source>
        <translation>Отдел полиции, сотрудник, номер регистрации (КУИ)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="74"/>
        <source>Medical help</source>
        <translation>Обращение за медицинской помощью</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="75"/>
        <source>Where, record number</source>
        <translation>Медицинская организация, номер записи</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="76"/>
        <source>Referred for a forensic medical examination</source>
        <translation>Направлена на судебно-медицинскую экспертизу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="77"/>
        <source>Examination: date, place, result</source>
        <translation>Экспертиза: дата, место, результат</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="78"/>
        <source>Examination result document</source>
        <translation>Документ с результатом экспертизы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="79"/>
        <source>Evidence {number}</source>
        <translation>Доказательство {number}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="80"/>
        <source>kept in the journal, not in this report</source>
        <translation>хранится в дневнике, в этот отчёт не включено</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="81"/>
        <source>Protective order breached</source>
        <translation>Нарушено защитное предписание</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="82"/>
        <source>an order not included in this report</source>
        <translation>предписание, не включённое в этот отчёт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="83"/>
        <source>How afraid (0–10)</source>
        <translation>Оценка испытанного страха (0–10)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="84"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="85"/>
        <source>First recorded</source>
        <translation>Дата первой записи</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="86"/>
        <source>Versions</source>
        <translation>Редакции записи</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="164"/>
        <source>History of changes</source>
        <translation>История изменений записей</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="173"/>
        <source>The journal&apos;s hash chain</source>
        <translation>Цепочка хешей журнала</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="183"/>
        <source>Stored files that belonged to no evidence item at export: {count}. Their item was removed from the file outside the app, or is damaged; the files are kept in the vault.</source>
        <translation>Сохранённые файлы, не относившиеся при экспорте ни к одному доказательству: {count}. Доказательство удалили из файла вне приложения, или оно повреждено; файлы сохранены в хранилище.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="193"/>
        <source>an event cannot be read</source>
        <translation>одно событие не читается</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="194"/>
        <source>an event is missing or out of order</source>
        <translation>событие отсутствует или стоит не на своём месте</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="195"/>
        <source>an event does not follow the one before it</source>
        <translation>событие не следует за предыдущим</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="196"/>
        <source>an event was changed after it was recorded</source>
        <translation>событие изменено после записи</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="197"/>
        <source>a record holds a version that no event names</source>
        <translation>запись содержит версию, которой нет в цепочке</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="200"/>
        <source>a record named by the chain is gone</source>
        <translation>запись, указанная в цепочке, исчезла</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="201"/>
        <source>the seal of the newest event is missing or damaged: newer events may be gone</source>
        <translation>отметка о последнем событии отсутствует или повреждена: более новые события могли пропасть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="204"/>
        <source>events recorded earlier are missing</source>
        <translation>ранее записанные события пропали</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="209"/>
        <source>part of the vault file was put back from an older copy and the seal of the newest event is missing: newer events may be gone</source>
        <translation>часть файла хранилища возвращена из более старой копии, а отметки о последнем событии нет: более новые события могли пропасть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="216"/>
        <source>create</source>
        <translation>создание</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="217"/>
        <source>edit</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="218"/>
        <source>delete</source>
        <translation>удаление</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="219"/>
        <source>restore</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="220"/>
        <source>purge</source>
        <translation>удаление навсегда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="221"/>
        <source>import</source>
        <translation>добавление файла</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="222"/>
        <source>adopt</source>
        <translation>включение в цепочку</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="224"/>
        <source>How to verify this report</source>
        <translation>Порядок проверки отчёта</translation>
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
        <translation>1. Проверьте собственную подпись PDF, например программой pdfsig из poppler-utils: pdfsig report.pdf (для PDF с паролем: pdfsig -upw ПАРОЛЬ report.pdf). Должно быть выведено &quot;Signature is Valid&quot; и &quot;Total document signed&quot;; иначе страница, текст или вложение были изменены либо после подписания что-то добавлено. (Сообщение &quot;Certificate issuer is unknown&quot; ожидаемо: см. приложение {proves}.)
2. Сохраните вложенные файлы (панель вложений программы просмотра PDF или pdfdetach -saveall report.pdf).
3. Вычислите SHA-256 каждого исходного файла и сравните с приложением {manifest} и manifest.json:
   Linux: sha256sum ФАЙЛ
   Windows: certutil -hashfile ФАЙЛ SHA256
   macOS: shasum -a 256 ФАЙЛ
4. Проверьте подпись манифеста (OpenSSL 3):
   openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in manifest.json -sigfile manifest.sig
   Должно быть выведено &quot;Signature Verified Successfully&quot;.
5. Убедитесь, что ключи совпадают с указанными на титульном листе и, главное, с записанными при первом обращении:
   {command}
   {certificate_command}
6. Либо запустите программу проверки, которая выполняет все эти шаги, проверяет, что ни один файл не добавлен и не удалён, и пересчитывает цепочку хешей:
   python -m safeplan verify report.pdf --fingerprint ОТПЕЧАТОК</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="261"/>
        <source>What this report proves and what it cannot</source>
        <translation>Что подтверждает настоящий отчёт и чего он подтвердить не может</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="262"/>
        <source>It proves that the attached files are byte for byte the files that were imported (their SHA-256 was taken at import and is signed), that the report and the manifest were signed by the keys shown on the cover, and that nothing in the pages, the files, the manifest or the signatures changed after the report was made. The hash chain shows that the entries were not changed or removed without a trace after they were recorded.</source>
        <translation>Отчёт подтверждает, что вложенные файлы побайтно совпадают с файлами, добавленными в программу (их SHA-256 вычислен при добавлении и подписан), что отчёт и манифест подписаны ключами, указанными на титульном листе, и что после составления отчёта ничего не изменилось ни в страницах, ни в файлах, ни в манифесте, ни в подписях. Цепочка хешей показывает, что записи не изменялись и не удалялись бесследно после того, как были сделаны.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="270"/>
        <source>The signature of this report is made with a key that the program created on the author&apos;s own computer. It is not an electronic digital signature (ЭЦП) issued by the National Certification Centre, and no authority vouches for it, which is why PDF readers say that the signer is unknown. It shows that the report has not changed since it was signed and that it comes from the same program as other reports bearing the same fingerprint. To rely on it, record the fingerprint printed on the cover at first contact (in the register of the police or the court, or in the case file) and compare it with every later report: a forger can make a new report with a new key, and even a new cover, but not one with the recorded fingerprint.</source>
        <translation>Подпись настоящего отчёта выполнена ключом, который программа создала на компьютере автора. Это не электронная цифровая подпись (ЭЦП), выданная Национальным удостоверяющим центром, и ни один орган её не удостоверяет, поэтому программы просмотра PDF сообщают, что подписант неизвестен. Подпись показывает, что отчёт не изменялся после подписания и что он получен из той же программы, что и другие отчёты с тем же отпечатком. Чтобы на неё можно было опираться, запишите отпечаток с титульного листа при первом обращении (в журнал регистрации полиции или суда либо в материалы дела) и сверяйте с ним каждый следующий отчёт: подделывающий может создать новый отчёт с новым ключом и даже новым титульным листом, но не с записанным отпечатком.</translation>
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
        <translation>В этой папке находятся отчёт о происшествиях и исходные файлы-доказательства.

report.pdf               отчёт, подписанный целиком (pdfsig report.pdf)
evidence/                исходные файлы без изменений
manifest.json            SHA-256 и сведения о каждом файле, записи, цепочка хешей и SHA-256 этого текста
manifest.sig             подпись Ed25519 файла manifest.json
report.sha256            SHA-256 файла report.pdf (sha256sum -c report.sha256)
report.sha256.sig        подпись Ed25519 файла report.sha256
public_key.pem           ключ, которым сделаны подписи
signing_certificate.pem  сертификат подписи PDF

Проверка файлов:      sha256sum evidence/*   (Windows: certutil -hashfile ФАЙЛ SHA256)
Проверка подписи:     openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in manifest.json -sigfile manifest.sig
Отпечаток ключа:      {command}
Всё сразу:            python -m safeplan verify . --fingerprint ОТПЕЧАТОК
Сравните отпечаток с записанным при первом обращении.
</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="337"/>
        <source>this recording could not be checked for where it was made (it is stored in fragments, or a part of it is not understood); it is left out of this report; export with locations to include it</source>
        <translation>эту запись не удалось проверить на место записи (она хранится фрагментами, или часть её не распознана); она не включена в этот отчёт; чтобы включить её, экспортируйте с координатами</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="356"/>
        <source>
Titles and comments left out: in the copies below, the titles, descriptions, comments and keywords written in the file&apos;s metadata (they can name a place) were blanked; the originals in the vault keep them:
</source>
        <translation>
Названия и комментарии убраны: в копиях ниже названия, описания, комментарии и ключевые слова, записанные в метаданных файла (в них может быть указано место), стёрты; оригиналы в хранилище их сохраняют:
</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="362"/>
        <source>Titles and comments</source>
        <translation>Названия и комментарии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="363"/>
        <source>left out of this copy (they can name a place); the original keeps them</source>
        <translation>убраны из этой копии (в них может быть указано место); в оригинале они сохранены</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="366"/>
        <source>Declaration</source>
        <translation>Подтверждение достоверности сведений</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="367"/>
        <source>I prepared this report, {report_id} of {date}, from the records I kept with the program: {incidents} incidents and {items} evidence files, on {{nb}} pages with the appendices.</source>
        <translation>Настоящий отчёт № {report_id} от {date} составлен мною по записям, которые я вела в программе: происшествий — {incidents}, файлов-доказательств — {items}, всего {{nb}} листов с приложениями.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="372"/>
        <source>Full name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="373"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="375"/>
        <source>I confirm the information set out in this document.</source>
        <translation>Сведения, изложенные в настоящем документе, подтверждаю.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="377"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="379"/>
        <source>Chain of custody record</source>
        <translation>Лист учёта передачи отчёта и носителя</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="380"/>
        <source>To be filled in by hand each time this report or the medium holding it is handed over. Copy the report number and the key fingerprint into the official record.</source>
        <translation>Заполняется от руки при каждой передаче отчёта или носителя, на котором он записан. Номер отчёта и отпечаток ключа переносятся в официальный учёт.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="386"/>
        <source>Handed over by (name, signature)</source>
        <translation>Передал (Ф.И.О., подпись)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="387"/>
        <source>Received by (name, position, signature)</source>
        <translation>Принял (Ф.И.О., должность, подпись)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="389"/>
        <source>Medium (USB stick, disc, e-mail)</source>
        <translation>Носитель (флешка, диск, эл. почта)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="89"/>
        <source>{count}</source>
        <translation>{count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="90"/>
        <source>Date is approximate</source>
        <translation>Дата приблизительная</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="91"/>
        <source>About when</source>
        <translation>Примерно когда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="92"/>
        <source>Police station</source>
        <translation>Отдел полиции</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="93"/>
        <source>Police officer</source>
        <translation>Сотрудник полиции</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="94"/>
        <source>Police report number</source>
        <translation>Номер регистрации в полиции (КУИ)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="95"/>
        <source>Where medical help was given</source>
        <translation>Где оказана медицинская помощь</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="96"/>
        <source>Medical record number</source>
        <translation>Номер медицинской записи</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="97"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="98"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="99"/>
        <source>Evidence {number}: {caption}</source>
        <translation>Доказательство № {number}: {caption}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="100"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="159"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="331"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="101"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="106"/>
        <source>How it was obtained</source>
        <translation>Как получено</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="107"/>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="108"/>
        <source>a photo she took</source>
        <translation>фото, сделанное ею</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="109"/>
        <source>a screenshot</source>
        <translation>снимок экрана</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="110"/>
        <source>a document issued to her</source>
        <translation>документ, выданный ей</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="111"/>
        <source>a recording she made</source>
        <translation>запись, сделанная ею</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="112"/>
        <source>a message or file sent to her</source>
        <translation>сообщение или файл, присланные ей</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="156"/>
        <source>Appendix {number}. {title}</source>
        <translation>Приложение {number}. {title}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="157"/>
        <source>Evidence manifest</source>
        <translation>Перечень доказательств</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="161"/>
        <source>Imported</source>
        <translation>Добавлен в программу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="113"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="162"/>
        <source>EXIF date</source>
        <translation>Время съёмки (EXIF)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="24"/>
        <source>%Y-%m-%d</source>
        <translation>%d.%m.%Y</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="33"/>
        <source>PDF signing certificate (SHA-256)</source>
        <translation>Сертификат подписи PDF (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="34"/>
        <source>Each fingerprint is the SHA-256 of the key&apos;s DER SubjectPublicKeyInfo. Recompute them from the attached files with OpenSSL:</source>
        <translation>Каждый отпечаток — хеш SHA-256 открытого ключа в формате DER (SubjectPublicKeyInfo). Его можно пересчитать по приложенным файлам командой OpenSSL:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="38"/>
        <source>The original files are attached inside this PDF, byte for byte, with manifest.json, manifest.sig, public_key.pem and signing_certificate.pem. Open your PDF reader&apos;s attachments panel (the paperclip) to save them.</source>
        <translation>Исходные файлы вложены в этот PDF без изменений, вместе с manifest.json, manifest.sig, public_key.pem и signing_certificate.pem. Сохранить их можно через панель вложений программы просмотра PDF (значок скрепки).</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="43"/>
        <source>The original files are in the evidence folder next to this report, with manifest.json, manifest.sig, public_key.pem and signing_certificate.pem.</source>
        <translation>Исходные файлы находятся в папке evidence рядом с отчётом, вместе с manifest.json, manifest.sig, public_key.pem и signing_certificate.pem.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="47"/>
        <source>This PDF carries an electronic signature over the whole file: any change to a page or an attachment makes it invalid. Every file and entry is also listed with its SHA-256 hash in a manifest signed with an Ed25519 key. Appendix {verify} explains how to check them with standard tools, and Appendix {proves} what the signature proves.</source>
        <translation>Этот PDF подписан электронной подписью, охватывающей весь файл: любое изменение страницы или вложения делает её недействительной. Кроме того, каждый файл и каждая запись перечислены с хешем SHA-256 в манифесте, подписанном ключом Ed25519. Порядок проверки стандартными средствами — в приложении {verify}, что подтверждает подпись — в приложении {proves}.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="87"/>
        <source>{count} (the history of changes is in Appendix {appendix})</source>
        <translation>{count} (история изменений — в приложении {appendix})</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="102"/>
        <source>Taken (camera clock, EXIF)</source>
        <translation>Время съёмки (по часам камеры, EXIF)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="103"/>
        <source>Date stated by the author</source>
        <translation>Дата, указанная автором</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="104"/>
        <source>File last modified (clock of its computer)</source>
        <translation>Последнее изменение файла (по часам его устройства)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="105"/>
        <source>Imported into the program</source>
        <translation>Добавлен в программу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="114"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="115"/>
        <source>time zone not recorded</source>
        <translation>часовой пояс не записан</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="116"/>
        <source>{value} bytes</source>
        <translation>{value} байт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="117"/>
        <source>{value} KB</source>
        <translation>{value} КБ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="118"/>
        <source>{value} MB</source>
        <translation>{value} МБ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="119"/>
        <source>{value} GB</source>
        <translation>{value} ГБ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="120"/>
        <source>Camera</source>
        <translation>Устройство съёмки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="121"/>
        <source>GPS position</source>
        <translation>Координаты GPS</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="149"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="150"/>
        <source>Evidence {number} (shown above): {caption}</source>
        <translation>Доказательство № {number} (приведено выше): {caption}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="151"/>
        <source>No picture printed: {reason}. The original file is attached.</source>
        <translation>Изображение не напечатано: {reason}. Исходный файл вложен.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="154"/>
        <source>the picture cannot be decoded</source>
        <translation>изображение не удаётся прочитать</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="155"/>
        <source>Evidence not linked to an incident</source>
        <translation>Доказательства, не относящиеся к конкретному происшествию</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="158"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="385"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="160"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="163"/>
        <source>No evidence is included in this report.</source>
        <translation>В этот отчёт доказательства не включены.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="165"/>
        <source>The history of changes was not included in this report; manifest.json lists the hash of every version.</source>
        <translation>История изменений в этот отчёт не включена; в manifest.json указан хеш каждой версии.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="169"/>
        <source>No incident in this report was changed after it was first written.</source>
        <translation>Ни один случай в этом отчёте не изменялся после первой записи.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="172"/>
        <source>Version {number}, saved {when}</source>
        <translation>Версия {number}, сохранена {when}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="174"/>
        <source>Every creation, change, deletion and import in the journal is an event that includes the hash of the event before it. The chain has {count} events; the last event&apos;s hash is:</source>
        <translation>Каждое создание, изменение, удаление и добавление в журнале — это событие, содержащее хеш предыдущего события. В цепочке событий: {count}; хеш последнего события:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="179"/>
        <source>State at export: intact. Every event and every version in this report matches the chain.</source>
        <translation>Состояние при выгрузке: цепочка не нарушена. Каждое событие и каждая версия в этом отчёте совпадают с цепочкой.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="188"/>
        <source>State at export: BROKEN ({reason}). Some history was changed outside the app; treat the dates with care.</source>
        <translation>Состояние при выгрузке: НАРУШЕНА ({reason}). Часть истории изменена вне приложения; к датам следует относиться осторожно.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="212"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="213"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="214"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="223"/>
        <source>Event hash (start)</source>
        <translation>Хеш события (начало)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="282"/>
        <source>It cannot prove that the computer&apos;s clock was right: every time comes from the computer on which the entries were written. It cannot prove who wrote the entries or took the photos, that events happened as described, or that nothing was left out: the person exporting chose what to include. The key identifies the app&apos;s vault, not a person; the same fingerprint on later reports shows they come from the same vault.</source>
        <translation>Отчёт не может доказать, что часы компьютера шли верно: всё время берётся с компьютера, на котором делались записи. Он не может доказать, кто сделал записи или снимки, что события произошли именно так, как описано, или что ничего не упущено: что включить, выбирал составитель. Ключ указывает на хранилище приложения, а не на человека; тот же отпечаток в последующих отчётах показывает, что они из того же хранилища.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="122"/>
        <source>Withheld from this report; its commitment (SHA-256 of the position with a random salt): {commitment}</source>
        <translation>Не включены в отчёт; их хеш с солью (SHA-256 координат со случайной солью): {commitment}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="125"/>
        <source>SHA-256 of this location-free copy</source>
        <translation>SHA-256 этой копии без координат</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="126"/>
        <source>SHA-256 of the original (kept unchanged)</source>
        <translation>SHA-256 оригинала (хранится без изменений)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="138"/>
        <source>Location-free copy of the original with SHA-256 {sha256}</source>
        <translation>Копия без координат оригинала с SHA-256 {sha256}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="127"/>
        <source>Commitment to the SHA-256 of the original (kept unchanged)</source>
        <translation>Хеш с солью от SHA-256 оригинала (оригинал хранится без изменений)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="129"/>
        <source>A location-free copy: where it was taken or recorded (GPS, an address) and the camera&apos;s serial numbers were taken out of this file&apos;s metadata; its picture, its sound and every other byte are those of the original, which is kept unchanged and can be produced on request. The original&apos;s SHA-256 and the position are given only by salted commitments, so that neither can be found by trying values against this report; when the original is produced with its salt, it can be checked against this report (see How to verify this report).</source>
        <translation>Копия без координат: место съёмки или записи (GPS, адрес) и серийные номера камеры удалены из метаданных этого файла; изображение, звук и все остальные байты — те же, что в оригинале, который хранится без изменений и может быть представлен по запросу. SHA-256 оригинала и координаты указаны только хешами с солью, чтобы их нельзя было подобрать перебором по этому отчёту; когда оригинал представлен вместе с солью, его можно сверить с этим отчётом (см. «Как проверить этот отчёт»).</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="140"/>
        <source>Location-free copy; commitment to the original&apos;s SHA-256: {commitment}</source>
        <translation>Копия без координат; хеш с солью от SHA-256 оригинала: {commitment}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="250"/>
        <source>7. Location-free copies: the original&apos;s SHA-256 is given only as a commitment, the SHA-256 of the text of a random salt followed by the original&apos;s SHA-256. When the original is produced with its salt (64 hexadecimal digits), check that it is the one the copy was made from:
   printf &apos;%s%s&apos; SALT &quot;$(sha256sum ORIGINAL | cut -c1-64)&quot; | sha256sum
   or: printf &apos;%s%s&apos; SALT ORIGINAL_SHA256 | openssl dgst -sha256
   It must print the commitment given for the copy in Appendix {manifest}. Running the same program on the original gives the copy again, byte for byte.</source>
        <translation>7. Копии без координат: SHA-256 оригинала указан только хешем с солью — SHA-256 текста из случайной соли, за которой следует SHA-256 оригинала. Когда оригинал представлен вместе с солью (64 шестнадцатеричные цифры), проверьте, что копия сделана именно из него:
   printf &apos;%s%s&apos; SALT &quot;$(sha256sum ORIGINAL | cut -c1-64)&quot; | sha256sum
   printf &apos;%s%s&apos; SALT ORIGINAL_SHA256 | openssl dgst -sha256
   Команда должна вывести хеш с солью, указанный для копии в Приложении {manifest}. Та же программа, применённая к оригиналу, снова даёт копию байт в байт.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="311"/>
        <source>
Location-free copies (names ending in -no-gps): where they were taken or recorded and the camera&apos;s serial numbers were taken out of their metadata, and the original&apos;s SHA-256 is given only as a salted commitment (manifest.json: &quot;facts&quot; &gt; &quot;sha256&quot; &gt; &quot;commitment&quot;), so that no one can find the position by trying positions against it. When the original is produced with its salt (64 hexadecimal digits), check that it is the one the copy was made from; this must print the commitment:
    printf &apos;%s%s&apos; SALT &quot;$(sha256sum ORIGINAL | cut -c1-64)&quot; | sha256sum
    printf &apos;%s%s&apos; SALT ORIGINAL_SHA256 | openssl dgst -sha256
A report from the same vault that includes the original gives its salt (manifest.json: &quot;disclosed&quot; &gt; &quot;sha256&quot;).
</source>
        <translation>
Копии без координат (имена оканчиваются на -no-gps): место съёмки или записи и серийные номера камеры удалены из их метаданных, а SHA-256 оригинала указан только хешем с солью (manifest.json: &quot;facts&quot; &gt; &quot;sha256&quot; &gt; &quot;commitment&quot;), чтобы по нему нельзя было подобрать координаты перебором. Когда оригинал представлен вместе с солью (64 шестнадцатеричные цифры), проверьте, что копия сделана именно из него; команда должна вывести хеш с солью:
    printf &apos;%s%s&apos; SALT &quot;$(sha256sum ORIGINAL | cut -c1-64)&quot; | sha256sum
    printf &apos;%s%s&apos; SALT ORIGINAL_SHA256 | openssl dgst -sha256
Отчёт из того же хранилища, в который включён оригинал, содержит его соль (manifest.json: &quot;disclosed&quot; &gt; &quot;sha256&quot;).
</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="327"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="328"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="329"/>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="330"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="333"/>
        <source>this video format cannot be cleaned of where it was recorded; it is left out of this report; export with locations to include it</source>
        <translation>из видео этого формата нельзя убрать место записи; оно не включено в этот отчёт; чтобы включить его, экспортируйте отчёт с координатами</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="342"/>
        <source>Files left out of this report</source>
        <translation>Файлы, не включённые в этот отчёт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="343"/>
        <source>Left out of this report</source>
        <translation>Не включено в отчёт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="344"/>
        <source>{count} (see Appendix {appendix})</source>
        <translation>{count} (см. приложение {appendix})</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="345"/>
        <source>{name} · {size} · {mime}: {reason}. Commitment to its SHA-256: {sha256}</source>
        <translation>{name} · {size} · {mime}: {reason}. Хеш с солью от его SHA-256: {sha256}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="348"/>
        <source>
Files left out of this report (kept unchanged in the vault; the commitment to each file&apos;s SHA-256 is checked as for the location-free copies above):
</source>
        <translation>
Файлы, не включённые в этот отчёт (хранятся в хранилище без изменений; хеш с солью от SHA-256 каждого файла проверяется так же, как для копий без координат выше):
</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="353"/>
        <source>    {name}: {reason}
        commitment {sha256}
</source>
        <translation>    {name}: {reason}
        хеш с солью {sha256}
</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="142"/>
        <source>This report&apos;s chain begins at event {seq}, after a checkpoint made on {date}. The events before it are left out because they record, in a form that can be searched, positions or file names this report withholds; every record was recorded again at the checkpoint.</source>
        <translation>Цепочка хешей этого отчёта начинается с события {seq}, после контрольной точки от {date}. Более ранние события не включены, так как в них в доступной для перебора форме записаны координаты или имена файлов, скрытые в этом отчёте; все записи заново записаны в контрольной точке.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="205"/>
        <source>the seal of the newest event was found missing or damaged before a later change: events recorded before then may be gone (whether any are, and how many, is not known)</source>
        <translation>отметка о последнем событии оказалась удалённой или повреждённой до более позднего изменения: события, записанные до того, могли пропасть (были ли такие и сколько — неизвестно)</translation>
    </message>
</context>
<context>
    <name>RestoreView</name>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="71"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="80"/>
        <source>Restore from a backup</source>
        <translation>Восстановить из копии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="82"/>
        <source>Choose the backup file you made from the vault (on a USB stick, for example). Then type your 24-digit recovery code and choose a new PIN for this computer.</source>
        <translation>Выберите файл резервной копии, сделанной в хранилище (например, на флешке). Затем введите 24-значный код восстановления и выберите новый PIN-код для этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="85"/>
        <source>Nothing is changed on the stick, and nothing is written on this computer until the backup has opened.</source>
        <translation>На флешке ничего не меняется, а на этот компьютер ничего не записывается, пока копия не откроется.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="87"/>
        <source>Choose the backup file…</source>
        <translation>Выбрать файл копии…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="95"/>
        <source>Type your recovery code</source>
        <translation>Введите код восстановления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="99"/>
        <source>The 24 digits you wrote down when you set up the vault. If you chose to let your PIN open this backup, the PIN works too.</source>
        <translation>24 цифры, которые вы записали при настройке хранилища. Если вы разрешили открывать эту копию PIN-кодом, подойдёт и он.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="113"/>
        <source>Opening the backup</source>
        <translation>Открытие копии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="114"/>
        <source>Checking the code. This takes a few seconds.</source>
        <translation>Проверка кода. Это займёт несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="115"/>
        <location filename="../../src/safeplan/ui/restore_view.py" line="159"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="120"/>
        <source>Choose a PIN for this computer</source>
        <translation>Выберите PIN-код для этого компьютера</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="123"/>
        <source>This copy runs from a USB stick, where no keyring protects the vault: anyone who copies the stick can try PINs on a graphics card. A PIN of 10 to 16 digits is required here.</source>
        <translation>Эта копия запущена с флешки, где хранилище не защищено связкой ключей: тот, кто скопирует флешку, сможет перебирать PIN-коды на видеокарте. Здесь нужен PIN-код из 10–16 цифр.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="128"/>
        <source>6 to 16 digits. It may be different from your old PIN. We recommend 10 digits or more.</source>
        <translation>От 6 до 16 цифр. Он может отличаться от прежнего PIN-кода. Советуем 10 цифр и больше.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="139"/>
        <source>Type the same PIN again</source>
        <translation>Введите тот же PIN-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="146"/>
        <source>Tie the vault to this computer?</source>
        <translation>Привязать хранилище к этому компьютеру?</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="150"/>
        <source>Keep a second secret in this computer&apos;s keyring</source>
        <translation>Хранить второй секрет в связке ключей этого компьютера</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="152"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="157"/>
        <source>Restoring</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="158"/>
        <source>Unpacking the vault and protecting it with your new PIN.</source>
        <translation>Хранилище распаковывается и защищается новым PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="162"/>
        <source>Your vault is back</source>
        <translation>Ваше хранилище восстановлено</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="164"/>
        <source>Everything from the backup is here. From now on this app starts as a calculator: type your new PIN and press = to open the vault. Your recovery code stays the same.</source>
        <translation>Всё из копии на месте. Теперь приложение запускается как калькулятор: чтобы открыть хранилище, наберите новый PIN-код и нажмите =. Код восстановления остаётся прежним.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="170"/>
        <source>Open the vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="191"/>
        <source>Choose the backup file</source>
        <translation>Выберите файл копии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="202"/>
        <source>Backup: {name}</source>
        <translation>Копия: {name}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="208"/>
        <source>{count} of 24 digits</source>
        <translation>{count} из 24 цифр</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="213"/>
        <source>The recovery code has 24 digits (a PIN has 6 to 16).</source>
        <translation>В коде восстановления 24 цифры (в PIN-коде — от 6 до 16).</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="237"/>
        <source>This PIN needs at least {n} digits.</source>
        <translation>Этому PIN-коду нужно не меньше {n} цифр.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="245"/>
        <source>The two PINs were different. Choose it again.</source>
        <translation>PIN-коды не совпали. Выберите его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="249"/>
        <source>Recommended. A random secret is kept in this computer&apos;s keyring and mixed into your PIN, so a copy of the vault file alone cannot be opened by guessing PINs. Your recovery code does not use it.</source>
        <translation>Рекомендуется. Случайный секрет хранится в связке ключей этого компьютера и добавляется к вашему PIN-коду, поэтому одну лишь копию файла хранилища нельзя открыть перебором PIN-кодов. Код восстановления его не использует.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/restore_view.py" line="256"/>
        <source>There is no secure keyring here, so only your PIN protects the vault on this computer.</source>
        <translation>Здесь нет защищённой связки ключей, поэтому на этом компьютере хранилище защищает только ваш PIN-код.</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="80"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="82"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="82"/>
        <source>Delete the row</source>
        <translation>Удалить строку</translation>
    </message>
</context>
<context>
    <name>SafetyView</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="49"/>
        <source>Hiding it</source>
        <translation>Как быстро скрыть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="50"/>
        <source>Press Esc or Quick exit to go back to the calculator at once: everything shown is cleared. The vault also locks by itself after a few minutes without use, when the window is minimised, and when another window stays in front (see Settings). To open it again, type your PIN and press =.</source>
        <translation>Нажмите Esc или «Быстрый выход», чтобы сразу вернуться к калькулятору: всё показанное исчезнет. Хранилище также закрывается само через несколько минут бездействия, при сворачивании окна и когда другое окно долго остаётся сверху (см. «Настройки»). Чтобы открыть его снова, наберите PIN-код и нажмите =.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="54"/>
        <source>What is protected</source>
        <translation>Что защищено</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="55"/>
        <source>Everything you write or add is encrypted on this computer with your PIN (AES-256, Argon2id). Nothing you write is stored anywhere in readable form, and the app never uses the internet. File and folder names look like a calculator&apos;s.</source>
        <translation>Всё, что вы пишете и добавляете, шифруется на этом компьютере вашим PIN-кодом (AES-256, Argon2id). Ничего из написанного не хранится в читаемом виде, и приложение никогда не выходит в интернет. Имена файлов и папок выглядят как у калькулятора.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="59"/>
        <source>What is not protected</source>
        <translation>Что не защищено</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="60"/>
        <source>Spying software or a keylogger on this computer can see what you type and what is on screen. Someone with full control of the computer can read the memory while the vault is open. Files you add are still where they were until you remove them, and copies may remain in backups, cloud folders and on your phone. A report you export is not protected: keep it hidden.</source>
        <translation>Шпионская программа или клавиатурный шпион на этом компьютере видят, что вы печатаете и что на экране. Человек с полным доступом к компьютеру может прочитать память, пока хранилище открыто. Добавленные файлы остаются на прежнем месте, пока вы их не удалите, а их копии могут остаться в резервных копиях, облачных папках и на телефоне. Сохранённый отчёт не защищён: прячьте его.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="65"/>
        <source>Changing your PIN</source>
        <translation>Смена PIN-кода</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="66"/>
        <source>A new PIN stops the old one from opening the vault, and the vault gets a new key. Someone who knew your old PIN and had copied the vault&apos;s file before the change cannot read what you write after it. What was in the vault before the change is in his copy: he can still read that. Your recovery code opens everything, old and new. A vault made by an early version of the app gets a new key only once you have typed your recovery code in it (the Backups page asks for it too).</source>
        <translation>Новый PIN-код не даёт старому открыть хранилище, и хранилище получает новый ключ. Тот, кто знал ваш старый PIN-код и до смены скопировал файл хранилища, не сможет прочитать то, что вы запишете после смены. То, что было в хранилище до смены, есть в его копии: это он по-прежнему может прочитать. Код восстановления открывает всё, и старое, и новое. Хранилище, созданное ранней версией приложения, получает новый ключ только после того, как вы один раз введёте в нём код восстановления (об этом просит и страница «Резервные копии»).</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="86"/>
        <source>Copy and paste</source>
        <translation>Копирование и вставка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="87"/>
        <source>Text you copy from the vault is removed from the clipboard when the vault locks, and clipboard managers are asked not to keep it. A clipboard manager or clipboard history that ignores this request, or a program that watches the clipboard, may still have kept a copy. Copy from the vault only when you need to.</source>
        <translation>Текст, скопированный из хранилища, удаляется из буфера обмена, когда хранилище закрывается, а менеджеров буфера обмена просят его не сохранять. Менеджер или журнал буфера обмена, который не выполняет эту просьбу, или программа, которая следит за буфером обмена, всё же могли сохранить копию. Копируйте из хранилища, только когда это действительно нужно.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="92"/>
        <source>If you forget your PIN</source>
        <translation>Если вы забыли PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="93"/>
        <source>Type your 24-digit recovery code on the calculator and press =, then choose a new PIN. Without the PIN or the recovery code nobody can open the vault, not even us.</source>
        <translation>Наберите на калькуляторе 24-значный код восстановления и нажмите =, затем выберите новый PIN-код. Без PIN-кода или кода восстановления никто не сможет открыть хранилище — даже мы.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="78"/>
        <source>Memory and sleep</source>
        <translation>Память и сон</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="73"/>
        <source>Type your recovery code when you change the PIN: the new key then reaches your recovery code and no one else&apos;s, even if he changed the vault while he knew your PIN. Without it the PIN changes all the same, but your recovery code stops opening the vault until you type it once on the Backups page.</source>
        <translation>При смене PIN-кода введите и код восстановления: тогда новый ключ получит только ваш код восстановления, даже если он изменил хранилище, пока знал ваш PIN-код. Без него PIN-код всё равно сменится, но код восстановления перестанет открывать хранилище, пока вы один раз не введёте его на странице «Резервные копии».</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="79"/>
        <source>The open vault runs in a process of its own that ends when the vault locks: the calculator never holds what you opened or the keys of the vault, and their memory goes back to the computer at the lock. While the vault is open, the computer may write its memory to the disk (swap, hibernation), where a specialist could find it; full-disk encryption, with encrypted swap, prevents that. On Linux other programs of the same user cannot read the app&apos;s memory, and a crash leaves no memory dump.</source>
        <translation>Открытое хранилище работает в отдельном процессе, который завершается при блокировке: калькулятор никогда не хранит то, что вы открывали, и ключи хранилища, а их память возвращается компьютеру при блокировке. Пока хранилище открыто, компьютер может записать память на диск (файл подкачки, спящий режим), где специалист сможет её найти; шифрование всего диска, вместе с файлом подкачки, это предотвращает. В Linux другие программы того же пользователя не могут читать память приложения, а при сбое не остаётся дампа памяти.</translation>
    </message>
</context>
<context>
    <name>SaveFailure</name>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="24"/>
        <source>Not saved: the disk is full. Free some space on this computer (empty the recycle bin, delete big files you do not need), then try again.</source>
        <translation>Не сохранено: диск заполнен. Освободите место на этом компьютере (очистите корзину, удалите ненужные большие файлы) и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="28"/>
        <source>Not saved: the data file could not be written. Try again; if it keeps failing, export a report now so that a copy of what is saved is safe.</source>
        <translation>Не сохранено: не удалось записать файл данных. Попробуйте ещё раз; если не получается, сделайте экспорт отчёта сейчас, чтобы копия сохранённого была в безопасности.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="32"/>
        <source>What you typed is still here, and kept as a draft.</source>
        <translation>Написанное вами осталось здесь и сохранено как черновик.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="35"/>
        <source>What you typed is still here: do not close this form.</source>
        <translation>Написанное вами осталось здесь: не закрывайте эту форму.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="43"/>
        <source>That change was not made: the disk is full. Free some space on this computer, then try again.</source>
        <translation>Изменение не сделано: диск заполнен. Освободите место на этом компьютере и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="46"/>
        <source>That change was not made: the data file could not be written. Try again; if it keeps failing, export a report now.</source>
        <translation>Изменение не сделано: не удалось записать файл данных. Попробуйте ещё раз; если не получается, сделайте экспорт отчёта сейчас.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="59"/>
        <source>You opened the vault with your recovery code. Choose a new PIN now.</source>
        <translation>Вы открыли хранилище кодом восстановления. Выберите новый PIN-код сейчас.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="79"/>
        <source>Automatic lock</source>
        <translation>Автоматическая блокировка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="83"/>
        <source>Lock after this long without use</source>
        <translation>Блокировать после бездействия</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="85"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="92"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="86"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="93"/>
        <source>After {n} min</source>
        <translation>Через {n} мин</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="87"/>
        <source>When not in use:</source>
        <translation>При бездействии:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="90"/>
        <source>Lock after this long in the background</source>
        <translation>Блокировать, когда окно в фоне</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="94"/>
        <source>When another window is in front:</source>
        <translation>Когда сверху другое окно:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="96"/>
        <source>Lock when the window is minimised</source>
        <translation>Блокировать при сворачивании окна</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="106"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="140"/>
        <source>Change PIN</source>
        <translation>Сменить PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="108"/>
        <source>Current PIN</source>
        <translation>Текущий PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="109"/>
        <source>Current PIN:</source>
        <translation>Текущий PIN-код:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="111"/>
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="112"/>
        <source>New PIN (6–16 digits):</source>
        <translation>Новый PIN-код (6–16 цифр):</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="113"/>
        <source>New PIN again</source>
        <translation>Новый PIN-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="114"/>
        <source>New PIN again:</source>
        <translation>Новый PIN-код ещё раз:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="117"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="121"/>
        <source>Recovery code (24 digits):</source>
        <translation>Код восстановления (24 цифры):</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="125"/>
        <source>Type your recovery code too, so that it keeps opening the vault after the change. Without it the PIN changes all the same, but your recovery code stops opening the vault until you type it once on the Backups page.</source>
        <translation>Введите и код восстановления, чтобы он и после смены открывал хранилище. Без него PIN-код всё равно сменится, но код восстановления перестанет открывать хранилище, пока вы один раз не введёте его на странице «Резервные копии».</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="131"/>
        <source>Your recovery code does not open the vault now: the last PIN change was made without it. Type it once on the Backups page.</source>
        <translation>Сейчас код восстановления не открывает хранилище: последняя смена PIN-кода была без него. Один раз введите его на странице «Резервные копии».</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="150"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="152"/>
        <source>When on, a secret in this computer&apos;s keyring is mixed into your PIN: a copy of the vault file cannot be opened elsewhere with the PIN alone (the recovery code still works anywhere). Changing this needs your PIN.</source>
        <translation>Если включено, к вашему PIN-коду добавляется секрет из хранилища ключей этого компьютера: копию файла нельзя открыть на другом компьютере одним PIN-кодом (код восстановления работает везде). Для изменения нужен PIN-код.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="158"/>
        <source>Tie the vault to this computer&apos;s keyring</source>
        <translation>Привязать хранилище к ключам этого компьютера</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="163"/>
        <source>PIN to confirm</source>
        <translation>PIN-код для подтверждения</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="164"/>
        <source>Your PIN</source>
        <translation>Ваш PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="166"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="168"/>
        <source>Apply keyring setting</source>
        <translation>Применить настройку привязки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="181"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="184"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="185"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="259"/>
        <source>A PIN is 6 to 16 digits.</source>
        <translation>PIN-код — это от 6 до 16 цифр.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="265"/>
        <source>The two new PINs are different.</source>
        <translation>Два новых PIN-кода не совпадают.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="270"/>
        <source>A recovery code has 24 digits. Nothing was changed.</source>
        <translation>В коде восстановления 24 цифры. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="273"/>
        <source>Changing…</source>
        <translation>Меняем…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="282"/>
        <source>The current PIN is not right.</source>
        <translation>Текущий PIN-код неверен.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="285"/>
        <source>Your PIN was changed.</source>
        <translation>PIN-код изменён.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="288"/>
        <source>Your PIN was changed, but the vault kept its key: type your recovery code once on the Backups page, then change the PIN again.</source>
        <translation>PIN-код изменён, но хранилище сохранило прежний ключ: один раз введите код восстановления на странице «Резервные копии», затем смените PIN-код ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="298"/>
        <source>That is not the recovery code of this vault. Nothing was changed: your PIN is still the old one.</source>
        <translation>Это не код восстановления этого хранилища. Ничего не изменено: PIN-код остался прежним.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="301"/>
        <source>The PIN could not be changed; the old one still works.</source>
        <translation>Не удалось сменить PIN-код; старый по-прежнему действует.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="308"/>
        <source>Applying…</source>
        <translation>Применяем…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="321"/>
        <source>That PIN is not right; nothing was changed.</source>
        <translation>PIN-код неверен; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="323"/>
        <source>The vault is now tied to this computer.</source>
        <translation>Хранилище привязано к этому компьютеру.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="325"/>
        <source>The vault is no longer tied to this computer.</source>
        <translation>Хранилище больше не привязано к этому компьютеру.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="332"/>
        <source>This computer has no secure keyring.</source>
        <translation>На этом компьютере нет защищённого хранилища ключей.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="334"/>
        <source>That did not work; nothing was changed.</source>
        <translation>Не получилось; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="262"/>
        <source>On a USB stick a PIN needs at least 10 digits.</source>
        <translation>На флешке PIN-код должен быть не короче 10 цифр.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="74"/>
        <source>A private place behind a calculator</source>
        <translation>Личное место за калькулятором</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="76"/>
        <source>This app works as an ordinary calculator. Behind it is an encrypted place for a journal of what happened, photos and other evidence, and a plan for leaving safely.</source>
        <translation>Это приложение работает как обычный калькулятор. За ним — зашифрованное место для дневника о том, что произошло, фотографий и других доказательств и плана безопасного ухода.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="80"/>
        <source>To open it, type your PIN on the calculator and press =. Anyone else sees only a calculator: a wrong PIN is just a sum. Press Esc at any time to hide everything at once.</source>
        <translation>Чтобы открыть его, наберите PIN-код на калькуляторе и нажмите =. Все остальные видят только калькулятор: неверный PIN-код — просто вычисление. Нажмите Esc в любой момент, чтобы сразу всё скрыть.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="84"/>
        <source>This screen appears only this once. If someone comes, choose &quot;Not now&quot;: from then on the app starts as a plain calculator. To come back to this setup later, type {keys} on the calculator and press =.</source>
        <translation>Этот экран появляется только один раз. Если кто-то идёт, нажмите «Не сейчас»: с этого момента приложение будет открываться как обычный калькулятор. Чтобы вернуться к настройке позже, наберите на калькуляторе {keys} и нажмите =.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="95"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="97"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="105"/>
        <source>Choose a PIN</source>
        <translation>Выберите PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="107"/>
        <source>6 to 16 digits. Someone who copies the vault file can try PINs on a graphics card: a 6-digit PIN falls in under an hour, an 8-digit one in days. We recommend 10 digits or more.</source>
        <translation>От 6 до 16 цифр. Тот, кто скопирует файл хранилища, может перебирать PIN-коды на видеокарте: 6-значный PIN-код подбирается меньше чем за час, 8-значный — за несколько дней. Мы советуем 10 цифр или больше.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="122"/>
        <source>Type the same PIN again</source>
        <translation>Введите тот же PIN-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="129"/>
        <source>Tie the vault to this computer?</source>
        <translation>Привязать хранилище к этому компьютеру?</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="133"/>
        <source>Keep a second secret in this computer&apos;s keyring</source>
        <translation>Хранить второй секрет в хранилище ключей этого компьютера</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="137"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation>Недоступно: на этом компьютере нет защищённого хранилища ключей.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="145"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="151"/>
        <source>Setting up</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="152"/>
        <source>Measuring this computer so that every PIN guess costs an attacker about a second, then creating the encrypted vault. This takes a few seconds.</source>
        <translation>Измеряем скорость компьютера, чтобы каждая попытка подобрать PIN-код стоила около секунды, затем создаём зашифрованное хранилище. Это займёт несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="154"/>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="157"/>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="159"/>
        <source>If you forget your PIN, or this computer is lost, these 24 digits open the vault: type them on the calculator and press =. This is the only time they are shown.</source>
        <translation>Если вы забудете PIN-код или потеряете этот компьютер, эти 24 цифры откроют хранилище: наберите их на калькуляторе и нажмите =. Они показываются только один раз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="167"/>
        <source>Write it on paper now and keep it somewhere away from this computer, where it will not be found. Do not photograph it or save it on a phone he can see.</source>
        <translation>Запишите код на бумаге прямо сейчас и храните подальше от компьютера, там, где его не найдут. Не фотографируйте его и не сохраняйте в телефоне, который он может посмотреть.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="173"/>
        <source>I have written it down</source>
        <translation>Код записан</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="179"/>
        <source>Check what you wrote</source>
        <translation>Проверьте запись</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="187"/>
        <source>Show the code again</source>
        <translation>Показать код ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="192"/>
        <source>All set</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="194"/>
        <source>From now on this app always starts as a calculator. To open your vault, type your PIN and press =. To hide it, press Esc or the Quick exit button.</source>
        <translation>Теперь приложение всегда открывается как калькулятор. Чтобы открыть хранилище, наберите PIN-код и нажмите =. Чтобы скрыть его, нажмите Esc или «Быстрый выход».</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="199"/>
        <source>Open the vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="205"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="262"/>
        <source>Type your PIN on the keypad or the keyboard, then OK.</source>
        <translation>Наберите PIN-код на экранных кнопках или клавиатуре и нажмите ОК.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="264"/>
        <source>{count} digits: at least 6 are needed.</source>
        <translation>Цифр: {count}. Нужно не меньше 6.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="268"/>
        <source>{count} digits: allowed, but 10 or more is much safer.</source>
        <translation>Цифр: {count}. Можно, но 10 и больше намного надёжнее.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="271"/>
        <source>{count} digits: good.</source>
        <translation>Цифр: {count}. Хорошо.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="277"/>
        <source>Easy to guess: the same digits repeat. It is allowed, but anyone trying PINs starts with these. Digits without a pattern are much safer.</source>
        <translation>Легко угадать: цифры повторяются. Так можно, но тот, кто подбирает PIN-код, начнёт именно с таких. Цифры без закономерности намного надёжнее.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="281"/>
        <source>Easy to guess: the digits follow each other. It is allowed, but anyone trying PINs starts with these. Digits without a pattern are much safer.</source>
        <translation>Легко угадать: цифры идут подряд. Так можно, но тот, кто подбирает PIN-код, начнёт именно с таких. Цифры без закономерности намного надёжнее.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="284"/>
        <source>Easy to guess: this looks like a date, and birthdays are the first thing someone who knows you tries. It is allowed, but digits without a pattern are much safer.</source>
        <translation>Легко угадать: это похоже на дату, а дни рождения — первое, что попробует тот, кто вас знает. Так можно, но цифры без закономерности намного надёжнее.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="295"/>
        <source>A PIN needs at least 6 digits.</source>
        <translation>В PIN-коде должно быть не меньше 6 цифр.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="303"/>
        <source>The two PINs were different. Choose it again.</source>
        <translation>PIN-коды не совпали. Выберите PIN-код заново.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="307"/>
        <source>Recommended. A random secret is kept in this computer&apos;s keyring and mixed into your PIN, so a copy of the vault file alone cannot be opened by guessing PINs, however fast the attacker&apos;s hardware. Your recovery code does not use it: it still opens the vault on another computer.</source>
        <translation>Рекомендуется. Случайный секрет хранится в хранилище ключей этого компьютера и добавляется к PIN-коду, поэтому одну лишь копию файла нельзя открыть перебором PIN-кодов, какой бы быстрой ни была техника. Код восстановления его не использует и откроет хранилище на другом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="316"/>
        <source>This computer has no secure keyring, so only your PIN protects the vault. Please use a PIN of 10 digits or more.</source>
        <translation>На этом компьютере нет защищённого хранилища ключей, поэтому хранилище защищает только PIN-код. Используйте PIN-код из 10 цифр или длиннее.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="344"/>
        <source>The vault could not be created (is the disk full?). Nothing was saved. Please try again.</source>
        <translation>Не удалось создать хранилище (может быть, диск заполнен?). Ничего не сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="350"/>
        <source>Type group {number} of {groups} of the recovery code: the four digits in that place, counting from the left.</source>
        <translation>Введите группу {number} из {groups} кода восстановления: четыре цифры на этом месте, считая слева.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="359"/>
        <source>That does not match. Look at the code again.</source>
        <translation>Не совпадает. Посмотрите на код ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="91"/>
        <source>Restore from a backup</source>
        <translation>Восстановить из копии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="110"/>
        <source>This copy runs from a USB stick, where no keyring protects the vault: anyone who copies the stick can try PINs on a graphics card. A PIN of 10 to 16 digits is required here.</source>
        <translation>Эта копия запущена с флешки, где хранилище не защищено связкой ключей: тот, кто скопирует флешку, сможет перебирать PIN-коды на видеокарте. Здесь нужен PIN-код из 10–16 цифр.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="292"/>
        <source>This PIN needs at least {n} digits.</source>
        <translation>Этому PIN-коду нужно не меньше {n} цифр.</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="364"/>
        <source>Your statements</source>
        <translation>Ваши заявления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="368"/>
        <source>Language of the statement</source>
        <translation>Язык заявления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="374"/>
        <source>Police department it is addressed to</source>
        <translation>Отдел полиции, которому адресовано</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="376"/>
        <source>e.g. Управления полиции Алмалинского района г. Алматы</source>
        <translation>например, Управления полиции Алмалинского района г. Алматы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="377"/>
        <source>Your details (optional)</source>
        <translation>Ваши данные (необязательно)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="379"/>
        <source>name, IIN, address, phone — or leave empty and write them by hand</source>
        <translation>Ф. И. О., ИИН, адрес, телефон — или оставьте пустым и впишите от руки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="382"/>
        <source>Incidents in the statement</source>
        <translation>Случаи в заявлении</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="386"/>
        <source>A breach of this order</source>
        <translation>Нарушение этого предписания</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="388"/>
        <source>Register the statement</source>
        <translation>Зарегистрировать заявление</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="389"/>
        <source>Bring him to responsibility</source>
        <translation>Привлечь его к ответственности</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="390"/>
        <source>Issue a protective order</source>
        <translation>Вынести защитное предписание</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="391"/>
        <source>Refer me for a forensic medical examination</source>
        <translation>Направить меня на судебно-медицинскую экспертизу</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="400"/>
        <source>Id of the attached report</source>
        <translation>Номер приложенного отчёта</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="401"/>
        <source>from the report&apos;s cover; empty = a blank</source>
        <translation>с обложки отчёта; пусто — строка для записи</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="403"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="404"/>
        <source>To the head of:</source>
        <translation>Начальнику:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="405"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="406"/>
        <source>Incidents:</source>
        <translation>Случаи:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="407"/>
        <source>Breach of:</source>
        <translation>Нарушение:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="408"/>
        <source>You ask to:</source>
        <translation>Вы просите:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="409"/>
        <source>Report id:</source>
        <translation>Номер отчёта:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="410"/>
        <source>Write the draft</source>
        <translation>Составить черновик</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="411"/>
        <source>Write the draft from the chosen incidents</source>
        <translation>Составить черновик по выбранным случаям</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="413"/>
        <source>Text of the statement</source>
        <translation>Текст заявления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="415"/>
        <source>New statement</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="417"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="418"/>
        <source>Save the statement</source>
        <translation>Сохранить заявление</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="420"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="421"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="569"/>
        <source>Save the statement as a PDF</source>
        <translation>Сохранить заявление в PDF</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="435"/>
        <source>Read and change the draft as you need: it is yours. Saving keeps every earlier version in the vault.</source>
        <translation>Прочитайте и измените черновик как нужно: это ваш текст. При сохранении все прежние версии остаются в сейфе.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="469"/>
        <source>No order</source>
        <translation>Без предписания</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="490"/>
        <source>Tick at least one incident first.</source>
        <translation>Сначала отметьте хотя бы один случай.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="495"/>
        <source>Draft written. Read it, change it, then save.</source>
        <translation>Черновик готов. Прочитайте, исправьте и сохраните.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="503"/>
        <source>{first} · {count} versions</source>
        <translation>{first} · версий: {count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="528"/>
        <source>Version {count}</source>
        <translation>Версия {count}</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="549"/>
        <location filename="../../src/safeplan/ui/protection_view.py" line="567"/>
        <source>Write the draft first.</source>
        <translation>Сначала составьте черновик.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="561"/>
        <source>Saved: version {count}.</source>
        <translation>Сохранено: версия {count}.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="571"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="586"/>
        <source>Making the PDF…</source>
        <translation>Создаётся PDF…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="588"/>
        <source>The PDF could not be made.</source>
        <translation>Не удалось создать PDF.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="595"/>
        <source>PDF saved. It is NOT protected: print it, then delete the file.</source>
        <translation>PDF сохранён. Он НЕ защищён: распечатайте его и удалите файл.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/protection_view.py" line="598"/>
        <source>The PDF could not be saved there. Nothing was written.</source>
        <translation>Не удалось сохранить PDF в этом месте. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="59"/>
        <source>Incidents per month</source>
        <translation>Случаи по месяцам</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="76"/>
        <source>No incidents yet.</source>
        <translation>Записей пока нет.</translation>
    </message>
</context>
<context>
    <name>VaultShell</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="134"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="142"/>
        <source>Quick exit</source>
        <translation>Быстрый выход</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="144"/>
        <source>Quick exit: hide everything now</source>
        <translation>Быстрый выход: скрыть всё сейчас</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="145"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="152"/>
        <source>Journal</source>
        <translation>Дневник</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="152"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="153"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="154"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="155"/>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="155"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="154"/>
        <location filename="../../src/safeplan/ui/shell.py" line="190"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="410"/>
        <source>No backup of changes from {days} days ago</source>
        <translation>Изменения без копии: {days} дн.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="153"/>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
</context>
</TS>
