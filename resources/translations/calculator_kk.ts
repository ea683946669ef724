<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>CalculatorView</name>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="34"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="35"/>
        <source>Change sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="36"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="37"/>
        <source>Divide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="38"/>
        <source>Multiply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="39"/>
        <source>Minus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="40"/>
        <source>Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="41"/>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="42"/>
        <source>Decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="43"/>
        <source>Equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="66"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="69"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="167"/>
        <source>Cannot divide by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="168"/>
        <source>Result is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/safeplan/ui/main_window.py" line="35"/>
        <source>Calculator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="38"/>
        <source>Digits typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="41"/>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/pinpad.py" line="41"/>
        <location filename="../../src/safeplan/ui/pinpad.py" line="44"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyView</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="34"/>
        <source>Hiding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="35"/>
        <source>Press Esc or Quick exit to go back to the calculator at once: everything shown is cleared. The vault also locks by itself after a few minutes without use, when the window is minimised, and when another window stays in front (see Settings). To open it again, type your PIN and press =.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="39"/>
        <source>What is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="40"/>
        <source>Everything you write or add is encrypted on this computer with your PIN (AES-256, Argon2id). Nothing you write is stored anywhere in readable form, and the app never uses the internet. File and folder names look like a calculator&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="44"/>
        <source>What is not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="45"/>
        <source>Spying software or a keylogger on this computer can see what you type and what is on screen. Someone with full control of the computer can read the memory while the vault is open. Files you add are still where they were until you remove them, and copies may remain in backups, cloud folders and on your phone. A report you export is not protected: keep it hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="50"/>
        <source>If you forget your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="51"/>
        <source>Type your 24-digit recovery code on the calculator and press =, then choose a new PIN. Without the PIN or the recovery code nobody can open the vault, not even us.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="74"/>
        <source>You opened the vault with your recovery code. Choose a new PIN now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="99"/>
        <source>Automatic lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="103"/>
        <source>Lock after this long without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="105"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="112"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="106"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="113"/>
        <source>After {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="107"/>
        <source>When not in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="110"/>
        <source>Lock after this long in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="114"/>
        <source>When another window is in front:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="116"/>
        <source>Lock when the window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="126"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="141"/>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="128"/>
        <source>Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="129"/>
        <source>Current PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="131"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="132"/>
        <source>New PIN (6–16 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="133"/>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="134"/>
        <source>New PIN again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="151"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="153"/>
        <source>When on, a secret in this computer&apos;s keyring is mixed into your PIN: a copy of the vault file cannot be opened elsewhere with the PIN alone (the recovery code still works anywhere). Changing this needs your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="159"/>
        <source>Tie the vault to this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="164"/>
        <source>PIN to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="165"/>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="167"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="169"/>
        <source>Apply keyring setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="182"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="185"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="186"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="239"/>
        <source>A PIN is 6 to 16 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="242"/>
        <source>The two new PINs are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="245"/>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="254"/>
        <source>The current PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="256"/>
        <source>Your PIN was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="262"/>
        <source>The PIN could not be changed; the old one still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="269"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="282"/>
        <source>That PIN is not right; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="284"/>
        <source>The vault is now tied to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="286"/>
        <source>The vault is no longer tied to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="293"/>
        <source>This computer has no secure keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="295"/>
        <source>That did not work; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="85"/>
        <source>A private place behind a calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="87"/>
        <source>This app works as an ordinary calculator. Behind it is an encrypted place for a journal of what happened, photos and other evidence, and a plan for leaving safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="91"/>
        <source>To open it, type your PIN on the calculator and press =. Anyone else sees only a calculator: a wrong PIN is just a sum. Press Esc at any time to hide everything at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="95"/>
        <source>This screen appears only until setup is done. If someone comes, choose &quot;Not now&quot;: it will come back the next time you start the calculator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="100"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="102"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="110"/>
        <source>Choose a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="112"/>
        <source>6 to 16 digits. Someone who copies the vault file can try PINs on a graphics card: a 6-digit PIN falls in under an hour, an 8-digit one in days. We recommend 10 digits or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="123"/>
        <source>Type the same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="129"/>
        <source>Tie the vault to this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="132"/>
        <source>Keep a second secret in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="139"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="145"/>
        <source>Setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="147"/>
        <source>Measuring this computer so that every PIN guess costs an attacker about a second, then creating the encrypted vault. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="151"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="158"/>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="160"/>
        <source>If you forget your PIN, or this computer is lost, these 24 digits open the vault: type them on the calculator and press =. This is the only time they are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="168"/>
        <source>Write it on paper now and keep it somewhere away from this computer, where it will not be found. Do not photograph it or save it on a phone he can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="174"/>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="180"/>
        <source>Check what you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="181"/>
        <source>Type the last four digits of the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="187"/>
        <source>Show the code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="192"/>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="194"/>
        <source>From now on this app always starts as a calculator. To open your vault, type your PIN and press =. To hide it, press Esc or the Quick exit button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="199"/>
        <source>Open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="222"/>
        <source>Type your PIN on the keypad or the keyboard, then OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="224"/>
        <source>{count} digits: at least 6 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="226"/>
        <source>{count} digits: allowed, but 10 or more is much safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="229"/>
        <source>{count} digits: good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="236"/>
        <source>A PIN needs at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="244"/>
        <source>The two PINs were different. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="248"/>
        <source>Recommended. A random secret is kept in this computer&apos;s keyring and mixed into your PIN, so a copy of the vault file alone cannot be opened by guessing PINs, however fast the attacker&apos;s hardware. Your recovery code does not use it: it still opens the vault on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="256"/>
        <source>This computer has no secure keyring, so only your PIN protects the vault. Please use a PIN of 10 digits or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="283"/>
        <source>The vault could not be created (is the disk full?). Nothing was saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="293"/>
        <source>That does not match. Look at the code again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultShell</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="100"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="108"/>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="110"/>
        <source>Quick exit: hide everything now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="111"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="119"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="120"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
