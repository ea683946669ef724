<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>CalculatorView</name>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="34" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="35" />
        <source>Change sign</source>
        <translation>Сменить знак</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="36" />
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="37" />
        <source>Divide</source>
        <translation>Разделить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="38" />
        <source>Multiply</source>
        <translation>Умножить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="39" />
        <source>Minus</source>
        <translation>Минус</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="40" />
        <source>Plus</source>
        <translation>Плюс</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="41" />
        <source>Backspace</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="42" />
        <source>Decimal point</source>
        <translation>Десятичная запятая</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="43" />
        <source>Equals</source>
        <translation>Равно</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="66" />
        <source>Expression</source>
        <translation>Выражение</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="69" />
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="167" />
        <source>Cannot divide by zero</source>
        <translation>Деление на ноль невозможно</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="168" />
        <source>Result is too large</source>
        <translation>Слишком большое число</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/safeplan/ui/main_window.py" line="35" />
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="38" />
        <source>Digits typed</source>
        <translation>Введённые цифры</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="41" />
        <source>Backspace</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="41" />
        <location filename="../../src/safeplan/ui/pinpad.py" line="44" />
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>SafetyView</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="34" />
        <source>Hiding it</source>
        <translation>Как быстро скрыть</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="35" />
        <source>Press Esc or Quick exit to go back to the calculator at once: everything shown is cleared. The vault also locks by itself after a few minutes without use, when the window is minimised, and when another window stays in front (see Settings). To open it again, type your PIN and press =.</source>
        <translation>Нажмите Esc или «Быстрый выход», чтобы сразу вернуться к калькулятору: всё показанное исчезнет. Хранилище также закрывается само через несколько минут бездействия, при сворачивании окна и когда другое окно долго остаётся сверху (см. «Настройки»). Чтобы открыть его снова, наберите PIN-код и нажмите =.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="39" />
        <source>What is protected</source>
        <translation>Что защищено</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="40" />
        <source>Everything you write or add is encrypted on this computer with your PIN (AES-256, Argon2id). Nothing you write is stored anywhere in readable form, and the app never uses the internet. File and folder names look like a calculator's.</source>
        <translation>Всё, что вы пишете и добавляете, шифруется на этом компьютере вашим PIN-кодом (AES-256, Argon2id). Ничего из написанного не хранится в читаемом виде, и приложение никогда не выходит в интернет. Имена файлов и папок выглядят как у калькулятора.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="44" />
        <source>What is not protected</source>
        <translation>Что не защищено</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="45" />
        <source>Spying software or a keylogger on this computer can see what you type and what is on screen. Someone with full control of the computer can read the memory while the vault is open. Files you add are still where they were until you remove them, and copies may remain in backups, cloud folders and on your phone. A report you export is not protected: keep it hidden.</source>
        <translation>Шпионская программа или клавиатурный шпион на этом компьютере видят, что вы печатаете и что на экране. Человек с полным доступом к компьютеру может прочитать память, пока хранилище открыто. Добавленные файлы остаются на прежнем месте, пока вы их не удалите, а их копии могут остаться в резервных копиях, облачных папках и на телефоне. Сохранённый отчёт не защищён: прячьте его.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="50" />
        <source>If you forget your PIN</source>
        <translation>Если вы забыли PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="51" />
        <source>Type your 24-digit recovery code on the calculator and press =, then choose a new PIN. Without the PIN or the recovery code nobody can open the vault, not even us.</source>
        <translation>Наберите на калькуляторе 24-значный код восстановления и нажмите =, затем выберите новый PIN-код. Без PIN-кода или кода восстановления никто не сможет открыть хранилище — даже мы.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="74" />
        <source>You opened the vault with your recovery code. Choose a new PIN now.</source>
        <translation>Вы открыли хранилище кодом восстановления. Выберите новый PIN-код сейчас.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="99" />
        <source>Automatic lock</source>
        <translation>Автоматическая блокировка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="103" />
        <source>Lock after this long without use</source>
        <translation>Блокировать после бездействия</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="105" />
        <location filename="../../src/safeplan/ui/settings_view.py" line="112" />
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="106" />
        <location filename="../../src/safeplan/ui/settings_view.py" line="113" />
        <source>After {n} min</source>
        <translation>Через {n} мин</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="107" />
        <source>When not in use:</source>
        <translation>При бездействии:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="110" />
        <source>Lock after this long in the background</source>
        <translation>Блокировать, когда окно в фоне</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="114" />
        <source>When another window is in front:</source>
        <translation>Когда сверху другое окно:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="116" />
        <source>Lock when the window is minimised</source>
        <translation>Блокировать при сворачивании окна</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="126" />
        <location filename="../../src/safeplan/ui/settings_view.py" line="141" />
        <source>Change PIN</source>
        <translation>Сменить PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="128" />
        <source>Current PIN</source>
        <translation>Текущий PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="129" />
        <source>Current PIN:</source>
        <translation>Текущий PIN-код:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="131" />
        <source>New PIN</source>
        <translation>Новый PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="132" />
        <source>New PIN (6–16 digits):</source>
        <translation>Новый PIN-код (6–16 цифр):</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="133" />
        <source>New PIN again</source>
        <translation>Новый PIN-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="134" />
        <source>New PIN again:</source>
        <translation>Новый PIN-код ещё раз:</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="151" />
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="153" />
        <source>When on, a secret in this computer's keyring is mixed into your PIN: a copy of the vault file cannot be opened elsewhere with the PIN alone (the recovery code still works anywhere). Changing this needs your PIN.</source>
        <translation>Если включено, к вашему PIN-коду добавляется секрет из хранилища ключей этого компьютера: копию файла нельзя открыть на другом компьютере одним PIN-кодом (код восстановления работает везде). Для изменения нужен PIN-код.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="159" />
        <source>Tie the vault to this computer's keyring</source>
        <translation>Привязать хранилище к ключам этого компьютера</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="164" />
        <source>PIN to confirm</source>
        <translation>PIN-код для подтверждения</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="165" />
        <source>Your PIN</source>
        <translation>Ваш PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="167" />
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="169" />
        <source>Apply keyring setting</source>
        <translation>Применить настройку привязки</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="182" />
        <location filename="../../src/safeplan/ui/settings_view.py" line="185" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="186" />
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="239" />
        <source>A PIN is 6 to 16 digits.</source>
        <translation>PIN-код — это от 6 до 16 цифр.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="242" />
        <source>The two new PINs are different.</source>
        <translation>Два новых PIN-кода не совпадают.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="245" />
        <source>Changing…</source>
        <translation>Меняем…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="254" />
        <source>The current PIN is not right.</source>
        <translation>Текущий PIN-код неверен.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="256" />
        <source>Your PIN was changed.</source>
        <translation>PIN-код изменён.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="262" />
        <source>The PIN could not be changed; the old one still works.</source>
        <translation>Не удалось сменить PIN-код; старый по-прежнему действует.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="269" />
        <source>Applying…</source>
        <translation>Применяем…</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="282" />
        <source>That PIN is not right; nothing was changed.</source>
        <translation>PIN-код неверен; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="284" />
        <source>The vault is now tied to this computer.</source>
        <translation>Хранилище привязано к этому компьютеру.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="286" />
        <source>The vault is no longer tied to this computer.</source>
        <translation>Хранилище больше не привязано к этому компьютеру.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="293" />
        <source>This computer has no secure keyring.</source>
        <translation>На этом компьютере нет защищённого хранилища ключей.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="295" />
        <source>That did not work; nothing was changed.</source>
        <translation>Не получилось; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="85" />
        <source>A private place behind a calculator</source>
        <translation>Личное место за калькулятором</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="87" />
        <source>This app works as an ordinary calculator. Behind it is an encrypted place for a journal of what happened, photos and other evidence, and a plan for leaving safely.</source>
        <translation>Это приложение работает как обычный калькулятор. За ним — зашифрованное место для дневника о том, что произошло, фотографий и других доказательств и плана безопасного ухода.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="91" />
        <source>To open it, type your PIN on the calculator and press =. Anyone else sees only a calculator: a wrong PIN is just a sum. Press Esc at any time to hide everything at once.</source>
        <translation>Чтобы открыть его, наберите PIN-код на калькуляторе и нажмите =. Все остальные видят только калькулятор: неверный PIN-код — просто вычисление. Нажмите Esc в любой момент, чтобы сразу всё скрыть.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="95" />
        <source>This screen appears only until setup is done. If someone comes, choose "Not now": it will come back the next time you start the calculator.</source>
        <translation>Этот экран показывается, только пока настройка не завершена. Если кто-то подойдёт, нажмите «Не сейчас»: экран вернётся при следующем запуске калькулятора.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="100" />
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="102" />
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="110" />
        <source>Choose a PIN</source>
        <translation>Выберите PIN-код</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="112" />
        <source>6 to 16 digits. Someone who copies the vault file can try PINs on a graphics card: a 6-digit PIN falls in under an hour, an 8-digit one in days. We recommend 10 digits or more.</source>
        <translation>От 6 до 16 цифр. Тот, кто скопирует файл хранилища, может перебирать PIN-коды на видеокарте: 6-значный PIN-код подбирается меньше чем за час, 8-значный — за несколько дней. Мы советуем 10 цифр или больше.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="123" />
        <source>Type the same PIN again</source>
        <translation>Введите тот же PIN-код ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="129" />
        <source>Tie the vault to this computer?</source>
        <translation>Привязать хранилище к этому компьютеру?</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="132" />
        <source>Keep a second secret in this computer's keyring</source>
        <translation>Хранить второй секрет в хранилище ключей этого компьютера</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="139" />
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="145" />
        <source>Setting up</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="147" />
        <source>Measuring this computer so that every PIN guess costs an attacker about a second, then creating the encrypted vault. This takes a few seconds.</source>
        <translation>Измеряем скорость компьютера, чтобы каждая попытка подобрать PIN-код стоила около секунды, затем создаём зашифрованное хранилище. Это займёт несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="151" />
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="158" />
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="160" />
        <source>If you forget your PIN, or this computer is lost, these 24 digits open the vault: type them on the calculator and press =. This is the only time they are shown.</source>
        <translation>Если вы забудете PIN-код или потеряете этот компьютер, эти 24 цифры откроют хранилище: наберите их на калькуляторе и нажмите =. Они показываются только один раз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="168" />
        <source>Write it on paper now and keep it somewhere away from this computer, where it will not be found. Do not photograph it or save it on a phone he can see.</source>
        <translation>Запишите код на бумаге прямо сейчас и храните подальше от компьютера, там, где его не найдут. Не фотографируйте его и не сохраняйте в телефоне, который он может посмотреть.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="174" />
        <source>I have written it down</source>
        <translation>Код записан</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="180" />
        <source>Check what you wrote</source>
        <translation>Проверьте запись</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="181" />
        <source>Type the last four digits of the recovery code.</source>
        <translation>Введите последние четыре цифры кода восстановления.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="187" />
        <source>Show the code again</source>
        <translation>Показать код ещё раз</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="192" />
        <source>All set</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="194" />
        <source>From now on this app always starts as a calculator. To open your vault, type your PIN and press =. To hide it, press Esc or the Quick exit button.</source>
        <translation>Теперь приложение всегда открывается как калькулятор. Чтобы открыть хранилище, наберите PIN-код и нажмите =. Чтобы скрыть его, нажмите Esc или «Быстрый выход».</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="199" />
        <source>Open the vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="222" />
        <source>Type your PIN on the keypad or the keyboard, then OK.</source>
        <translation>Наберите PIN-код на экранных кнопках или клавиатуре и нажмите ОК.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="224" />
        <source>{count} digits: at least 6 are needed.</source>
        <translation>Цифр: {count}. Нужно не меньше 6.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="226" />
        <source>{count} digits: allowed, but 10 or more is much safer.</source>
        <translation>Цифр: {count}. Можно, но 10 и больше намного надёжнее.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="229" />
        <source>{count} digits: good.</source>
        <translation>Цифр: {count}. Хорошо.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="236" />
        <source>A PIN needs at least 6 digits.</source>
        <translation>В PIN-коде должно быть не меньше 6 цифр.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="244" />
        <source>The two PINs were different. Choose it again.</source>
        <translation>PIN-коды не совпали. Выберите PIN-код заново.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="248" />
        <source>Recommended. A random secret is kept in this computer's keyring and mixed into your PIN, so a copy of the vault file alone cannot be opened by guessing PINs, however fast the attacker's hardware. Your recovery code does not use it: it still opens the vault on another computer.</source>
        <translation>Рекомендуется. Случайный секрет хранится в хранилище ключей этого компьютера и добавляется к PIN-коду, поэтому одну лишь копию файла нельзя открыть перебором PIN-кодов, какой бы быстрой ни была техника. Код восстановления его не использует и откроет хранилище на другом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="256" />
        <source>This computer has no secure keyring, so only your PIN protects the vault. Please use a PIN of 10 digits or more.</source>
        <translation>На этом компьютере нет защищённого хранилища ключей, поэтому хранилище защищает только PIN-код. Используйте PIN-код из 10 цифр или длиннее.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="283" />
        <source>The vault could not be created (is the disk full?). Nothing was saved. Please try again.</source>
        <translation>Не удалось создать хранилище (может быть, диск заполнен?). Ничего не сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="293" />
        <source>That does not match. Look at the code again.</source>
        <translation>Не совпадает. Посмотрите на код ещё раз.</translation>
    </message>
</context>
<context>
    <name>VaultShell</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="100" />
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="108" />
        <source>Quick exit</source>
        <translation>Быстрый выход</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="110" />
        <source>Quick exit: hide everything now</source>
        <translation>Быстрый выход: скрыть всё сейчас</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="111" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="119" />
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="120" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
</TS>