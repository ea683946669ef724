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
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="81"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="87"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="90"/>
        <source>Time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="99"/>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="100"/>
        <source>The date is approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="103"/>
        <source>About when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="104"/>
        <source>e.g. the week before New Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="109"/>
        <source>How long it lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="110"/>
        <source>How long:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="111"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="112"/>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="197"/>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="116"/>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="117"/>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="119"/>
        <source>Add a person to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="124"/>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="128"/>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="129"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="130"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="131"/>
        <source>Relationship, e.g. husband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="132"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="134"/>
        <source>Add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="151"/>
        <source>What kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="162"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="163"/>
        <source>What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="164"/>
        <source>Write it as soon as you can, in order: what led up to it, what he did, what you did, how it ended. Facts first; how you felt belongs here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="166"/>
        <source>Exact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="167"/>
        <source>Exact words said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="168"/>
        <source>Write threats and insults word for word, in the language they were said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="169"/>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="170"/>
        <source>Injuries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="171"/>
        <source>Photograph injuries with something for scale (a coin, a ruler) and again after two days, when bruises show more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="173"/>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="174"/>
        <source>Witnesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="177"/>
        <source>Children were present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="181"/>
        <source>Police were contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="185"/>
        <source>Police station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="186"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="187"/>
        <source>Report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="188"/>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="189"/>
        <source>Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="190"/>
        <source>Report number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="191"/>
        <source>Medical help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="195"/>
        <source>Where treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="196"/>
        <source>Medical record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="198"/>
        <source>Record number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="201"/>
        <source>How afraid you felt, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="209"/>
        <source>How afraid (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="210"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="211"/>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="212"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="215"/>
        <source>Keep the numbers of police reports and medical records: they let a lawyer find the official papers later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="230"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="232"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="235"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="237"/>
        <source>Save the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="274"/>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="326"/>
        <source>Linked evidence items: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="377"/>
        <source>The date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="378"/>
        <source>That is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="379"/>
        <source>That date is too far in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="380"/>
        <source>That is not a real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="381"/>
        <source>Please write what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="382"/>
        <source>Choose a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="392"/>
        <source>“{field}” is too long to keep in one entry (over 200,000 characters). Please split it into two entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="396"/>
        <source>Please check the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="47"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="47"/>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="47"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="48"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="112"/>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="113"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="118"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="119"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="125"/>
        <source>Filter by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="127"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="128"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="133"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="135"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="141"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="156"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="161"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="164"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="165"/>
        <source>Open the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="167"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="168"/>
        <source>Show earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="170"/>
        <location filename="../../src/safeplan/ui/journal_view.py" line="350"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="172"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="173"/>
        <source>Show the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="176"/>
        <location filename="../../src/safeplan/ui/journal_view.py" line="384"/>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="178"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="179"/>
        <source>Show incidents per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="190"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="199"/>
        <source>An entry you had not saved was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="201"/>
        <source>Continue it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="203"/>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="213"/>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="215"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="253"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="276"/>
        <source>Checking the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="285"/>
        <source>The journal could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="292"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="304"/>
        <source>History intact: {count} changes recorded and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="309"/>
        <source>Warning: the journal&apos;s history was altered at change number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="313"/>
        <source>Warning: an entry differs from its recorded history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="337"/>
        <source>{shown} of {total} incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="340"/>
        <source>Trash: {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="343"/>
        <source>{count} damaged entries could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="349"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="389"/>
        <source>Click again to delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="455"/>
        <source>Version {number}, saved {saved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="456"/>
        <source>Date: {date} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="457"/>
        <source>Kinds: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="460"/>
        <source>Exact words: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="464"/>
        <source>First recorded {when}; {count} versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="24"/>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="25"/>
        <source>Sexual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="26"/>
        <source>Psychological or verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="27"/>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="28"/>
        <source>Economic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="29"/>
        <source>Stalking or monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="30"/>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="31"/>
        <source>Damage to property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="32"/>
        <source>Harm to children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="33"/>
        <source>Harm to pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="34"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/safeplan/ui/main_window.py" line="38"/>
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
    <name>PlanView</name>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="109"/>
        <source>Parts of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="110"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="121"/>
        <source>The plan could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="127"/>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="128"/>
        <source>People and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="129"/>
        <source>Help numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="130"/>
        <source>Print or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="141"/>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="146"/>
        <source>Name of a new list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="147"/>
        <source>New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="156"/>
        <source>Name of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="160"/>
        <source>Progress of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="162"/>
        <source>%v of %m done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="165"/>
        <source>Items of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="170"/>
        <source>Note on the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="171"/>
        <source>Note on the selected item (where it is, who has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="175"/>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="176"/>
        <source>Add an item and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="178"/>
        <source>Move the item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="180"/>
        <source>Move the item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="182"/>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="184"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="304"/>
        <source>Restore template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="185"/>
        <source>Restore the list to its template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="187"/>
        <source>Delete list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="301"/>
        <source>Click again to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="336"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="447"/>
        <source>Trusted people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="338"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="338"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="339"/>
        <source>What they know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="339"/>
        <source>Code word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="342"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="452"/>
        <source>Safe places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="344"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="344"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="345"/>
        <source>When it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="345"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="370"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="354"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="367"/>
        <source>Your own numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="369"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="369"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="376"/>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="376"/>
        <source>Other countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="392"/>
        <source>Source: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="397"/>
        <source>published {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="398"/>
        <source>checked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="402"/>
        <source>This is tied to its date and may have changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="405"/>
        <source>Numbers change: check them when you can, and add your own below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="414"/>
        <source>A one-page plan: your trusted people, safe places, the emergency bag and the key numbers. A printed or saved plan is NOT protected: anyone who finds it can read it. Hide it well, or keep it with someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="429"/>
        <source>Save as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="442"/>
        <source>MY PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="445"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="449"/>
        <source>code word: {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="462"/>
        <source>Key numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="467"/>
        <source>Save as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="471"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="483"/>
        <source>Saved. Remember: this file is not protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="486"/>
        <source>The plan could not be saved there (is the disk full or the folder read-only?). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="49"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="51"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="51"/>
        <source>Delete the row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyView</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="43"/>
        <source>Hiding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="44"/>
        <source>Press Esc or Quick exit to go back to the calculator at once: everything shown is cleared. The vault also locks by itself after a few minutes without use, when the window is minimised, and when another window stays in front (see Settings). To open it again, type your PIN and press =.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="48"/>
        <source>What is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="49"/>
        <source>Everything you write or add is encrypted on this computer with your PIN (AES-256, Argon2id). Nothing you write is stored anywhere in readable form, and the app never uses the internet. File and folder names look like a calculator&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="53"/>
        <source>What is not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="54"/>
        <source>Spying software or a keylogger on this computer can see what you type and what is on screen. Someone with full control of the computer can read the memory while the vault is open. Files you add are still where they were until you remove them, and copies may remain in backups, cloud folders and on your phone. A report you export is not protected: keep it hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="59"/>
        <source>If you forget your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="60"/>
        <source>Type your 24-digit recovery code on the calculator and press =, then choose a new PIN. Without the PIN or the recovery code nobody can open the vault, not even us.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="60"/>
        <source>You opened the vault with your recovery code. Choose a new PIN now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="85"/>
        <source>Automatic lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="89"/>
        <source>Lock after this long without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="91"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="98"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="92"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="99"/>
        <source>After {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="93"/>
        <source>When not in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="96"/>
        <source>Lock after this long in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="100"/>
        <source>When another window is in front:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="102"/>
        <source>Lock when the window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="112"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="127"/>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="114"/>
        <source>Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="115"/>
        <source>Current PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="117"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="118"/>
        <source>New PIN (6–16 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="119"/>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="120"/>
        <source>New PIN again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="137"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="139"/>
        <source>When on, a secret in this computer&apos;s keyring is mixed into your PIN: a copy of the vault file cannot be opened elsewhere with the PIN alone (the recovery code still works anywhere). Changing this needs your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="145"/>
        <source>Tie the vault to this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="150"/>
        <source>PIN to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="151"/>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="153"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="155"/>
        <source>Apply keyring setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="168"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="171"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="172"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="225"/>
        <source>A PIN is 6 to 16 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="228"/>
        <source>The two new PINs are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="231"/>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="240"/>
        <source>The current PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="242"/>
        <source>Your PIN was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="248"/>
        <source>The PIN could not be changed; the old one still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="255"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="268"/>
        <source>That PIN is not right; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="270"/>
        <source>The vault is now tied to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="272"/>
        <source>The vault is no longer tied to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="279"/>
        <source>This computer has no secure keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="281"/>
        <source>That did not work; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="64"/>
        <source>A private place behind a calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="66"/>
        <source>This app works as an ordinary calculator. Behind it is an encrypted place for a journal of what happened, photos and other evidence, and a plan for leaving safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="70"/>
        <source>To open it, type your PIN on the calculator and press =. Anyone else sees only a calculator: a wrong PIN is just a sum. Press Esc at any time to hide everything at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="74"/>
        <source>This screen appears only until setup is done. If someone comes, choose &quot;Not now&quot;: it will come back the next time you start the calculator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="79"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="81"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="89"/>
        <source>Choose a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="91"/>
        <source>6 to 16 digits. Someone who copies the vault file can try PINs on a graphics card: a 6-digit PIN falls in under an hour, an 8-digit one in days. We recommend 10 digits or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="102"/>
        <source>Type the same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="108"/>
        <source>Tie the vault to this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="111"/>
        <source>Keep a second secret in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="118"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="124"/>
        <source>Setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="126"/>
        <source>Measuring this computer so that every PIN guess costs an attacker about a second, then creating the encrypted vault. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="130"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="137"/>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="139"/>
        <source>If you forget your PIN, or this computer is lost, these 24 digits open the vault: type them on the calculator and press =. This is the only time they are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="147"/>
        <source>Write it on paper now and keep it somewhere away from this computer, where it will not be found. Do not photograph it or save it on a phone he can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="153"/>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="159"/>
        <source>Check what you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="160"/>
        <source>Type the last four digits of the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="166"/>
        <source>Show the code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="171"/>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="173"/>
        <source>From now on this app always starts as a calculator. To open your vault, type your PIN and press =. To hide it, press Esc or the Quick exit button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="178"/>
        <source>Open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="201"/>
        <source>Type your PIN on the keypad or the keyboard, then OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="203"/>
        <source>{count} digits: at least 6 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="205"/>
        <source>{count} digits: allowed, but 10 or more is much safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="208"/>
        <source>{count} digits: good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="215"/>
        <source>A PIN needs at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="223"/>
        <source>The two PINs were different. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="227"/>
        <source>Recommended. A random secret is kept in this computer&apos;s keyring and mixed into your PIN, so a copy of the vault file alone cannot be opened by guessing PINs, however fast the attacker&apos;s hardware. Your recovery code does not use it: it still opens the vault on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="235"/>
        <source>This computer has no secure keyring, so only your PIN protects the vault. Please use a PIN of 10 digits or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="262"/>
        <source>The vault could not be created (is the disk full?). Nothing was saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="272"/>
        <source>That does not match. Look at the code again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="41"/>
        <source>Incidents per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="56"/>
        <source>No incidents yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultShell</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="98"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="106"/>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="108"/>
        <source>Quick exit: hide everything now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="109"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="119"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="121"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="122"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="123"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
