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
        <location filename="../../src/safeplan/ui/calculator_view.py" line="113"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="69"/>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="114"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="176"/>
        <source>Cannot divide by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/calculator_view.py" line="177"/>
        <source>Result is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceKinds</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="43"/>
        <source>Injury photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="44"/>
        <source>Damaged property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="45"/>
        <source>Screenshot of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="46"/>
        <source>Medical document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="47"/>
        <source>Police or court document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="48"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="49"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="50"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="51"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceOrigins</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="32"/>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="33"/>
        <source>A photo I took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="34"/>
        <source>A screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="35"/>
        <source>A document issued to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="36"/>
        <source>A recording I made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_model.py" line="37"/>
        <source>A message or file he sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="301"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="302"/>
        <source>Add photos and other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="305"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="306"/>
        <source>Open the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="310"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="311"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="318"/>
        <source>Filter by incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="320"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="320"/>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="322"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="322"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="334"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="336"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="341"/>
        <source>or drag files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="347"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="363"/>
        <source>No evidence yet. Add photos of injuries or damage, screenshots of messages, recordings, medical or police papers with Add files…, or drag them here. Each file is encrypted into the vault exactly as it is; the original stays where it was unless you choose to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="367"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="410"/>
        <source>The evidence could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="426"/>
        <source>All incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="442"/>
        <source>{shown} of {total} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="444"/>
        <source>{count} damaged items could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="453"/>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="524"/>
        <source>Save a copy (not protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="535"/>
        <source>Saving the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="540"/>
        <source>Copy saved, identical to the original. It is NOT protected: anyone who opens this computer can see it. Move it where it needs to go, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="548"/>
        <source>Not saved: the vault&apos;s copy no longer matches the SHA-256 taken at import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="551"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="553"/>
        <source>Not saved: the place you chose cannot be written (full, read-only or no permission). Nothing was left there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="185"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="186"/>
        <source>Fit the picture to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="188"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="191"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="195"/>
        <source>Show at actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="211"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="214"/>
        <source>Kind of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="220"/>
        <source>How you got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="227"/>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="229"/>
        <source>The time it was taken is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="232"/>
        <source>When it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="241"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="245"/>
        <source>Linked incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="251"/>
        <source>Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="252"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="253"/>
        <source>How you got it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="255"/>
        <source>Taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="256"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="258"/>
        <source>Find an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="259"/>
        <source>Find an incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="264"/>
        <source>Incidents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="269"/>
        <source>Facts recorded at import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="281"/>
        <source>Recorded at import (cannot be changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="299"/>
        <source>Back to the gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="301"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="302"/>
        <source>Save a copy of the original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="304"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="305"/>
        <source>Delete this item for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="307"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="327"/>
        <source>Opening the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="332"/>
        <source>{type} file. It is kept exactly as it was imported; use Save a copy to open it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="366"/>
        <source>File: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="367"/>
        <source>Type (by content): {mime}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="368"/>
        <source>Size: {size} ({bytes} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="370"/>
        <source>SHA-256: {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="371"/>
        <source>Imported: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="372"/>
        <source>File last modified: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="376"/>
        <source>Picture: {width} × {height}, orientation {orientation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="379"/>
        <source>Taken (EXIF): {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="380"/>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="383"/>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="386"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="382"/>
        <source>Camera: {camera}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="385"/>
        <source>GPS position: {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="389"/>
        <source>Duration: {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="392"/>
        <source>Sound: {rate} kHz, {channels} channels, {bitrate} kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="397"/>
        <source>Recorded (from the file): {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="400"/>
        <source>Duration: not readable from this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="401"/>
        <source>Versions of the details: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="414"/>
        <source>This picture is too large to show safely. The file is kept unchanged; use Save a copy to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="416"/>
        <source>This picture is damaged and cannot be shown. The file is kept exactly as it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="418"/>
        <source>This kind of picture cannot be shown here. The file is kept unchanged; use Save a copy to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="456"/>
        <source>Not saved: the vault could not be written. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="459"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="467"/>
        <source>Click again to delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="475"/>
        <source>Could not delete it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="100"/>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="101"/>
        <source>Everything in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="102"/>
        <source>Incidents in a date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="103"/>
        <source>Incidents I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="109"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="111"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="114"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="116"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="121"/>
        <source>Incidents to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="124"/>
        <source>The evidence linked to them (photos and files, attached byte for byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="126"/>
        <source>The history of changes (every earlier version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="133"/>
        <source>Find an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="134"/>
        <source>Find an incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="144"/>
        <source>About the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="145"/>
        <source>Your name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="146"/>
        <source>optional: leave empty to keep your name out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="147"/>
        <source>Purpose (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="148"/>
        <source>for example: for the district police, for the court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="151"/>
        <source>Your IIN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="152"/>
        <source>optional: 12 digits, printed on the declaration page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="155"/>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="160"/>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="161"/>
        <source>IIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="162"/>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="163"/>
        <source>Language of the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="167"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="168"/>
        <source>PDF report, with the original files attached inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="170"/>
        <source>Zip file for a lawyer: report, originals and signature files side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="172"/>
        <source>Folder for a lawyer (the same, not zipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="180"/>
        <source>Protect the PDF with a password (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="182"/>
        <source>Password for the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="183"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="184"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="185"/>
        <source>repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="192"/>
        <source>Any PDF reader will ask for it. Give the password to the recipient separately, not in the same message or on the same USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="199"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="201"/>
        <source>The exported report is not protected by this app: anyone who has the file can read it unless it has a password. Save it straight to a USB stick if you can, and do not leave a copy on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="205"/>
        <source>Even after you delete it, this computer can remember the report: file managers keep small pictures (thumbnails) of the photos you export, and PDF readers and the system keep lists of recently opened files with their names. Exporting straight to a USB stick, and not opening the report on this computer, leaves the least behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="210"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="211"/>
        <source>Choose where to save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="213"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="214"/>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="219"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="235"/>
        <source>Check a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="237"/>
        <source>Checks a report PDF, a zip file or a folder (choose its manifest.json): the signature, every original file and the hash chain. Needs no PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="240"/>
        <source>Password of the PDF to check, if it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="241"/>
        <source>password, if the PDF has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="242"/>
        <source>Check a report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="243"/>
        <location filename="../../src/safeplan/ui/export_view.py" line="448"/>
        <source>Choose a report to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="250"/>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="328"/>
        <source>The journal is still opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="330"/>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="332"/>
        <source>Tick at least one incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="335"/>
        <source>There is nothing to export for these choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="338"/>
        <source>Choose a password of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="340"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="351"/>
        <source>Choose a folder for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="354"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="357"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="358"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="383"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="403"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="416"/>
        <source>Saved: {path}
Report {report_id}: {incidents} incidents, {items} evidence items.
Key fingerprint: {fingerprint}
This file is NOT protected by the vault. Move it where it needs to go and delete it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="427"/>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="430"/>
        <source>The disk is full. Nothing was written; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="432"/>
        <source>Something with that name is already there. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="434"/>
        <source>That place cannot be written (read-only or no permission). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="437"/>
        <source>The report could not be made. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="449"/>
        <source>Reports (*.pdf *.zip manifest.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="463"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/export_view.py" line="478"/>
        <source>FAILED: the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="60"/>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="64"/>
        <source>Link the files to an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="65"/>
        <source>Remove the originals from this computer after a verified import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="70"/>
        <source>Each original is deleted only after its copy in the vault has been read back and its SHA-256 matches. Deleting cannot reach copies elsewhere: SSDs can keep old data, and backups, cloud folders (Google Drive, OneDrive, iCloud), the phone the photo came from and messengers may still hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="78"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="81"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="82"/>
        <source>Start the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="84"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="85"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="87"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="88"/>
        <source>Close the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="92"/>
        <source>Link to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="115"/>
        <source>Import {count} files into the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="121"/>
        <source>No incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="185"/>
        <source>Encrypting {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="191"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="211"/>
        <source>{stored} of {count} files are now in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="217"/>
        <source>Originals removed from this computer: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="227"/>
        <source>{name}: cancelled, nothing kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="231"/>
        <source>{name}: already in the vault as “{existing}”; that item is now linked to the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="234"/>
        <source>{name}: already in the vault as “{existing}”; not stored twice. Choose an incident above to link it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="238"/>
        <source>The original was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="242"/>
        <source>{name}: is a folder. Open it and choose the files inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="243"/>
        <source>{name}: no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="244"/>
        <source>{name}: could not be read (no permission or a damaged disk). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="246"/>
        <source>{name}: is empty (0 bytes); there is nothing to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="247"/>
        <source>{name}: is larger than 4 GiB, the most the vault accepts for one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="249"/>
        <source>{name}: the disk is full. Nothing of it was kept; free some space and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="251"/>
        <source>{name}: the vault could not be written. Nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="253"/>
        <source>{name}: the file changed while it was being added (it is probably still being saved). Nothing of it was kept; add it again once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="258"/>
        <source>{name}: stored, SHA-256 {hash}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="261"/>
        <source>its name does not match its content ({mime}); it was kept as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="263"/>
        <source>the picture is damaged, so there is no preview; the file is kept exactly as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="265"/>
        <source>the picture is too large to preview safely; the file is kept exactly as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="267"/>
        <source>this kind of picture cannot be previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="272"/>
        <source>the original was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/evidence_view.py" line="274"/>
        <source>the original was NOT removed (it changed, could not be deleted, or the check failed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="86"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="92"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="95"/>
        <source>Time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="104"/>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="105"/>
        <source>The date is approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="108"/>
        <source>About when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="109"/>
        <source>e.g. the week before New Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="114"/>
        <source>How long it lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="115"/>
        <source>How long:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="116"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="117"/>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="224"/>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="121"/>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="122"/>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="124"/>
        <source>Add a person to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="129"/>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="133"/>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="134"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="135"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="136"/>
        <source>Relationship, e.g. husband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="137"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="139"/>
        <source>Add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="162"/>
        <source>What kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="163"/>
        <source>Signs of danger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="174"/>
        <source>If any of these happened, tell the police and a crisis centre (150) about it explicitly: they are asked about in risk assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="189"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="190"/>
        <source>What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="191"/>
        <source>Write it as soon as you can, in order: what led up to it, what he did, what you did, how it ended. Facts first; how you felt belongs here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="193"/>
        <source>Exact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="194"/>
        <source>Exact words said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="195"/>
        <source>Write threats and insults word for word, in the language they were said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="196"/>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="197"/>
        <source>Injuries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="198"/>
        <source>Photograph injuries with something for scale (a coin, a ruler) and again after two days, when bruises show more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="200"/>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="201"/>
        <source>Witnesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="204"/>
        <source>Children were present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="208"/>
        <source>Police were contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="212"/>
        <source>Police station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="213"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="214"/>
        <source>Report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="215"/>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="216"/>
        <source>Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="217"/>
        <source>Report number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="218"/>
        <source>Medical help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="222"/>
        <source>Where treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="223"/>
        <source>Medical record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="225"/>
        <source>Record number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="226"/>
        <source>Referred for a forensic medical examination (СМЭ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="230"/>
        <source>Date of the examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="231"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="232"/>
        <source>Where the examination was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="234"/>
        <source>Result of the examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="235"/>
        <source>the conclusion&apos;s number, what it found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="238"/>
        <source>The result document, from your evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="242"/>
        <source>Examined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="243"/>
        <source>Examined at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="244"/>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="245"/>
        <source>Result document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="250"/>
        <source>Protective order this breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="251"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="254"/>
        <source>Order breached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="257"/>
        <source>How afraid you felt, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="265"/>
        <source>How afraid (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="266"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="267"/>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="268"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="271"/>
        <source>Keep the numbers of police reports and medical records: they let a lawyer find the official papers later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="286"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="288"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="291"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="293"/>
        <source>Save the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="316"/>
        <source>Evidence linked to this incident: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="320"/>
        <source>No evidence linked yet. Add photos and files under Evidence, then link them to this incident there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="239"/>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="341"/>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="474"/>
        <source>The date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="475"/>
        <source>That is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="476"/>
        <source>That date is too far in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="477"/>
        <source>That is not a real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="478"/>
        <source>Please write what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="479"/>
        <source>Choose a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="481"/>
        <source>The date of the examination is not a real date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="497"/>
        <source>“{field}” is too long to keep in one entry (over 200,000 characters). Please split it into two entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/incident_editor.py" line="501"/>
        <source>Please check the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="52"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="52"/>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="52"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="53"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="136"/>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="137"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="142"/>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="143"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="149"/>
        <source>Filter by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="151"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="152"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="167"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="169"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="175"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="190"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="195"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="198"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="199"/>
        <source>Open the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="201"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="202"/>
        <source>Show earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="204"/>
        <location filename="../../src/safeplan/ui/journal_view.py" line="413"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="206"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="207"/>
        <source>Show the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="210"/>
        <location filename="../../src/safeplan/ui/journal_view.py" line="450"/>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="212"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="213"/>
        <source>Show incidents per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="224"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="233"/>
        <source>An entry you had not saved was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="235"/>
        <source>Continue it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="237"/>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="247"/>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="249"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="280"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="300"/>
        <source>Checking the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="311"/>
        <source>The history could not be checked just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="315"/>
        <source>The journal could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="322"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="343"/>
        <source>History intact: {count} changes recorded and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="351"/>
        <source>Warning: the journal&apos;s history was altered at change number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="355"/>
        <source>Warning: an entry differs from its recorded history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="368"/>
        <source>Warning: change number {number} of the history cannot be read (the file is damaged there). It was made between {after} and {before}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="373"/>
        <source>Warning: change number {number} of the history, the last one, cannot be read (the file is damaged there). It was made after {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="378"/>
        <source>Warning: change number {number} of the history, the first one, cannot be read (the file is damaged there). It was made before {before}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="381"/>
        <source>Warning: change number {number} of the history cannot be read (the file is damaged there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="400"/>
        <source>{shown} of {total} incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="403"/>
        <source>Trash: {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="406"/>
        <source>{count} damaged entries could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="412"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="460"/>
        <source>Click again to delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="534"/>
        <source>Version {number}, saved {saved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="535"/>
        <source>Date: {date} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="536"/>
        <source>Kinds: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="539"/>
        <source>Exact words: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="543"/>
        <source>First recorded {when}; {count} versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="23"/>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="24"/>
        <source>Sexual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="25"/>
        <source>Psychological or verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="26"/>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="27"/>
        <source>Economic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="28"/>
        <source>Stalking, or monitoring your phone or computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="31"/>
        <source>Harm to or threats about the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="34"/>
        <source>Strangling or choking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="35"/>
        <source>Weapon used or threatened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="36"/>
        <source>Threat to kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="37"/>
        <source>Violence during pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="38"/>
        <source>Breach of a protective order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="29"/>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="30"/>
        <source>Damage to property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="32"/>
        <source>Harm to pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_model.py" line="33"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalNote</name>
    <message>
        <location filename="../../src/safeplan/ui/legal_note.py" line="16"/>
        <source>Only partly re-checked against its sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/legal_note.py" line="19"/>
        <source>Not re-checked against a current source: treat it with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/legal_note.py" line="27"/>
        <source>Source: {titles} · checked {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/safeplan/ui/files.py" line="24"/>
        <source>Calculator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureView</name>
    <message>
        <location filename="../../src/safeplan/ui/evidence_viewer.py" line="79"/>
        <source>Picture</source>
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
        <location filename="../../src/safeplan/ui/plan_view.py" line="141"/>
        <source>Parts of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="142"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="153"/>
        <source>The plan could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="166"/>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="167"/>
        <source>People and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="168"/>
        <source>Help numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="169"/>
        <source>Print or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="180"/>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="185"/>
        <source>Name of a new list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="186"/>
        <source>New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="191"/>
        <source>Add a list from the templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="200"/>
        <source>Name of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="204"/>
        <source>Progress of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="206"/>
        <source>%v of %m done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="209"/>
        <source>Items of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="218"/>
        <source>Note on the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="219"/>
        <source>Note on the selected item (where it is, who has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="223"/>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="224"/>
        <source>Add an item and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="226"/>
        <source>Move the item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="228"/>
        <source>Move the item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="230"/>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="232"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="385"/>
        <source>Restore template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="233"/>
        <source>Restore the list to its template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="235"/>
        <source>Delete list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="260"/>
        <source>Add the list «{title}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="382"/>
        <source>Click again to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="420"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="544"/>
        <source>Trusted people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="422"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="422"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="423"/>
        <source>What they know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="423"/>
        <source>Code word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="427"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="549"/>
        <source>Safe places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="429"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="429"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="430"/>
        <source>When it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="430"/>
        <location filename="../../src/safeplan/ui/plan_view.py" line="456"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="440"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="453"/>
        <source>Your own numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="455"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="455"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="463"/>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="463"/>
        <source>Other countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="479"/>
        <source>Source: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="484"/>
        <source>published {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="485"/>
        <source>checked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="492"/>
        <source>History only: it may not work now, and he may know it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="495"/>
        <source>This is tied to its date and may have changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="498"/>
        <source>Works online, from abroad: not a first contact when you are in danger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="502"/>
        <source>Numbers change: check them when you can, and add your own below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="511"/>
        <source>A one-page plan: your trusted people, safe places, the emergency bag and the key numbers. A printed or saved plan is NOT protected: anyone who finds it can read it. Hide it well, or keep it with someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="526"/>
        <source>Save as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="539"/>
        <source>MY PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="542"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="546"/>
        <source>code word: {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="560"/>
        <source>Key numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="565"/>
        <source>Save as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="566"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="578"/>
        <source>Saved. Remember: this file is not protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="581"/>
        <source>The plan could not be saved there (is the disk full or the folder read-only?). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="25"/>
        <source>Incident documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="26"/>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="27"/>
        <source>Period covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="28"/>
        <source>Report created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="29"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="30"/>
        <source>Evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="31"/>
        <source>Report ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="32"/>
        <source>Public key fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="54"/>
        <source>Report {report_id} · Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="55"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="56"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="250"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="57"/>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="58"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="67"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="59"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="60"/>
        <source>Incident {number}: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="61"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="264"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="62"/>
        <source>approximate: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="63"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="122"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="64"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="65"/>
        <source>Person responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="66"/>
        <source>Kinds of abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="68"/>
        <source>Exact words said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="69"/>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="70"/>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="71"/>
        <source>Children present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="72"/>
        <source>Police contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="73"/>
        <source>Police station, officer, report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="74"/>
        <source>Medical help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="75"/>
        <source>Where, record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="76"/>
        <source>Referred for a forensic medical examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="77"/>
        <source>Examination: date, place, result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="78"/>
        <source>Examination result document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="79"/>
        <source>Evidence {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="80"/>
        <source>kept in the journal, not in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="81"/>
        <source>Protective order breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="82"/>
        <source>an order not included in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="83"/>
        <source>How afraid (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="84"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="85"/>
        <source>First recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="86"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="138"/>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="147"/>
        <source>The journal&apos;s hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="165"/>
        <source>How to verify this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="166"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="191"/>
        <source>What this report proves and what it cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="192"/>
        <source>It proves that the attached files are byte for byte the files that were imported (their SHA-256 was taken at import and is signed), that the report and the manifest were signed by the keys shown on the cover, and that nothing in the pages, the files, the manifest or the signatures changed after the report was made. The hash chain shows that the entries were not changed or removed without a trace after they were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="200"/>
        <source>The signature of this report is made with a key that the program created on the author&apos;s own computer. It is not an electronic digital signature (ЭЦП) issued by the National Certification Centre, and no authority vouches for it, which is why PDF readers say that the signer is unknown. It shows that the report has not changed since it was signed and that it comes from the same program as other reports bearing the same fingerprint. To rely on it, record the fingerprint printed on the cover at first contact (in the register of the police or the court, or in the case file) and compare it with every later report: a forger can make a new report with a new key, and even a new cover, but not one with the recorded fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="220"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="242"/>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="243"/>
        <source>I prepared this report, {report_id} of {date}, from the records I kept with the program: {incidents} incidents and {items} evidence files, on {{nb}} pages with the appendices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="248"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="249"/>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="251"/>
        <source>I confirm the information set out in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="253"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="255"/>
        <source>Chain of custody record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="256"/>
        <source>To be filled in by hand each time this report or the medium holding it is handed over. Copy the report number and the key fingerprint into the official record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="262"/>
        <source>Handed over by (name, signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="263"/>
        <source>Received by (name, position, signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="265"/>
        <source>Medium (USB stick, disc, e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="89"/>
        <source>{count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="90"/>
        <source>Date is approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="91"/>
        <source>About when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="92"/>
        <source>Police station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="93"/>
        <source>Police officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="94"/>
        <source>Police report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="95"/>
        <source>Where medical help was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="96"/>
        <source>Medical record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="97"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="98"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="99"/>
        <source>Evidence {number}: {caption}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="100"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="133"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="101"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="106"/>
        <source>How it was obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="107"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="108"/>
        <source>a photo she took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="109"/>
        <source>a screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="110"/>
        <source>a document issued to her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="111"/>
        <source>a recording she made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="112"/>
        <source>a message or file sent to her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="130"/>
        <source>Appendix {number}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="131"/>
        <source>Evidence manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="135"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="113"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="136"/>
        <source>EXIF date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="24"/>
        <source>%Y-%m-%d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="33"/>
        <source>PDF signing certificate (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="34"/>
        <source>Each fingerprint is the SHA-256 of the key&apos;s DER SubjectPublicKeyInfo. Recompute them from the attached files with OpenSSL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="38"/>
        <source>The original files are attached inside this PDF, byte for byte, with manifest.json, manifest.sig, public_key.pem and signing_certificate.pem. Open your PDF reader&apos;s attachments panel (the paperclip) to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="43"/>
        <source>The original files are in the evidence folder next to this report, with manifest.json, manifest.sig, public_key.pem and signing_certificate.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="47"/>
        <source>This PDF carries an electronic signature over the whole file: any change to a page or an attachment makes it invalid. Every file and entry is also listed with its SHA-256 hash in a manifest signed with an Ed25519 key. Appendix {verify} explains how to check them with standard tools, and Appendix {proves} what the signature proves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="87"/>
        <source>{count} (the history of changes is in Appendix {appendix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="102"/>
        <source>Taken (camera clock, EXIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="103"/>
        <source>Date stated by the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="104"/>
        <source>File last modified (clock of its computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="105"/>
        <source>Imported into the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="114"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="115"/>
        <source>time zone not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="116"/>
        <source>{value} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="117"/>
        <source>{value} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="118"/>
        <source>{value} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="119"/>
        <source>{value} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="120"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="121"/>
        <source>GPS position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="123"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="124"/>
        <source>Evidence {number} (shown above): {caption}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="125"/>
        <source>No picture printed: {reason}. The original file is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="128"/>
        <source>the picture cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="129"/>
        <source>Evidence not linked to an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="132"/>
        <location filename="../../src/safeplan/report/catalogue.py" line="261"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="134"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="137"/>
        <source>No evidence is included in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="139"/>
        <source>The history of changes was not included in this report; manifest.json lists the hash of every version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="143"/>
        <source>No incident in this report was changed after it was first written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="146"/>
        <source>Version {number}, saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="148"/>
        <source>Every creation, change, deletion and import in the journal is an event that includes the hash of the event before it. The chain has {count} events; the last event&apos;s hash is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="153"/>
        <source>State at export: intact. Every event and every version in this report matches the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="157"/>
        <source>State at export: BROKEN ({reason}). Some history was changed outside the app; treat the dates with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="161"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="162"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="163"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="164"/>
        <source>Event hash (start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/report/catalogue.py" line="212"/>
        <source>It cannot prove that the computer&apos;s clock was right: every time comes from the computer on which the entries were written. It cannot prove who wrote the entries or took the photos, that events happened as described, or that nothing was left out: the person exporting chose what to include. The key identifies the app&apos;s vault, not a person; the same fingerprint on later reports shows they come from the same vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="74"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="76"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/plan_view.py" line="76"/>
        <source>Delete the row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyView</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="40"/>
        <source>Hiding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="41"/>
        <source>Press Esc or Quick exit to go back to the calculator at once: everything shown is cleared. The vault also locks by itself after a few minutes without use, when the window is minimised, and when another window stays in front (see Settings). To open it again, type your PIN and press =.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="45"/>
        <source>What is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="46"/>
        <source>Everything you write or add is encrypted on this computer with your PIN (AES-256, Argon2id). Nothing you write is stored anywhere in readable form, and the app never uses the internet. File and folder names look like a calculator&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="50"/>
        <source>What is not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="51"/>
        <source>Spying software or a keylogger on this computer can see what you type and what is on screen. Someone with full control of the computer can read the memory while the vault is open. Files you add are still where they were until you remove them, and copies may remain in backups, cloud folders and on your phone. A report you export is not protected: keep it hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="56"/>
        <source>Copy and paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="57"/>
        <source>Text you copy from the vault is removed from the clipboard when the vault locks, and clipboard managers are asked not to keep it. A clipboard manager or clipboard history that ignores this request, or a program that watches the clipboard, may still have kept a copy. Copy from the vault only when you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="62"/>
        <source>If you forget your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="63"/>
        <source>Type your 24-digit recovery code on the calculator and press =, then choose a new PIN. Without the PIN or the recovery code nobody can open the vault, not even us.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFailure</name>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="24"/>
        <source>Not saved: the disk is full. Free some space on this computer (empty the recycle bin, delete big files you do not need), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="28"/>
        <source>Not saved: the data file could not be written. Try again; if it keeps failing, export a report now so that a copy of what is saved is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="32"/>
        <source>What you typed is still here, and kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="35"/>
        <source>What you typed is still here: do not close this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="43"/>
        <source>That change was not made: the disk is full. Free some space on this computer, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/failure.py" line="46"/>
        <source>That change was not made: the data file could not be written. Try again; if it keeps failing, export a report now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="58"/>
        <source>You opened the vault with your recovery code. Choose a new PIN now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="78"/>
        <source>Automatic lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="82"/>
        <source>Lock after this long without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="84"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="91"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="85"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="92"/>
        <source>After {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="86"/>
        <source>When not in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="89"/>
        <source>Lock after this long in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="93"/>
        <source>When another window is in front:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="95"/>
        <source>Lock when the window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="105"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="120"/>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="107"/>
        <source>Current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="108"/>
        <source>Current PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="110"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="111"/>
        <source>New PIN (6–16 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="112"/>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="113"/>
        <source>New PIN again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="130"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="132"/>
        <source>When on, a secret in this computer&apos;s keyring is mixed into your PIN: a copy of the vault file cannot be opened elsewhere with the PIN alone (the recovery code still works anywhere). Changing this needs your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="138"/>
        <source>Tie the vault to this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="143"/>
        <source>PIN to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="144"/>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="146"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="148"/>
        <source>Apply keyring setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="161"/>
        <location filename="../../src/safeplan/ui/settings_view.py" line="164"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="165"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="226"/>
        <source>A PIN is 6 to 16 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="229"/>
        <source>The two new PINs are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="232"/>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="241"/>
        <source>The current PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="243"/>
        <source>Your PIN was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="249"/>
        <source>The PIN could not be changed; the old one still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="256"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="269"/>
        <source>That PIN is not right; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="271"/>
        <source>The vault is now tied to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="273"/>
        <source>The vault is no longer tied to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="280"/>
        <source>This computer has no secure keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/settings_view.py" line="282"/>
        <source>That did not work; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="66"/>
        <source>A private place behind a calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="68"/>
        <source>This app works as an ordinary calculator. Behind it is an encrypted place for a journal of what happened, photos and other evidence, and a plan for leaving safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="72"/>
        <source>To open it, type your PIN on the calculator and press =. Anyone else sees only a calculator: a wrong PIN is just a sum. Press Esc at any time to hide everything at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="76"/>
        <source>This screen appears only this once. If someone comes, choose &quot;Not now&quot;: from then on the app starts as a plain calculator. To come back to this setup later, type {keys} on the calculator and press =.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="82"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="84"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="92"/>
        <source>Choose a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="94"/>
        <source>6 to 16 digits. Someone who copies the vault file can try PINs on a graphics card: a 6-digit PIN falls in under an hour, an 8-digit one in days. We recommend 10 digits or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="106"/>
        <source>Type the same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="113"/>
        <source>Tie the vault to this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="116"/>
        <source>Keep a second secret in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="122"/>
        <source>Not available: this computer has no secure keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="130"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="136"/>
        <source>Setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="138"/>
        <source>Measuring this computer so that every PIN guess costs an attacker about a second, then creating the encrypted vault. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="142"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="149"/>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="151"/>
        <source>If you forget your PIN, or this computer is lost, these 24 digits open the vault: type them on the calculator and press =. This is the only time they are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="159"/>
        <source>Write it on paper now and keep it somewhere away from this computer, where it will not be found. Do not photograph it or save it on a phone he can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="165"/>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="171"/>
        <source>Check what you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="179"/>
        <source>Show the code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="184"/>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="186"/>
        <source>From now on this app always starts as a calculator. To open your vault, type your PIN and press =. To hide it, press Esc or the Quick exit button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="191"/>
        <source>Open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="197"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="225"/>
        <source>Type your PIN on the keypad or the keyboard, then OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="227"/>
        <source>{count} digits: at least 6 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="231"/>
        <source>{count} digits: allowed, but 10 or more is much safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="234"/>
        <source>{count} digits: good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="240"/>
        <source>Easy to guess: the same digits repeat. It is allowed, but anyone trying PINs starts with these. Digits without a pattern are much safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="244"/>
        <source>Easy to guess: the digits follow each other. It is allowed, but anyone trying PINs starts with these. Digits without a pattern are much safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="247"/>
        <source>Easy to guess: this looks like a date, and birthdays are the first thing someone who knows you tries. It is allowed, but digits without a pattern are much safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="254"/>
        <source>A PIN needs at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="262"/>
        <source>The two PINs were different. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="266"/>
        <source>Recommended. A random secret is kept in this computer&apos;s keyring and mixed into your PIN, so a copy of the vault file alone cannot be opened by guessing PINs, however fast the attacker&apos;s hardware. Your recovery code does not use it: it still opens the vault on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="275"/>
        <source>This computer has no secure keyring, so only your PIN protects the vault. Please use a PIN of 10 digits or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="303"/>
        <source>The vault could not be created (is the disk full?). Nothing was saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="309"/>
        <source>Type group {number} of {groups} of the recovery code: the four digits in that place, counting from the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/setup_view.py" line="318"/>
        <source>That does not match. Look at the code again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="55"/>
        <source>Incidents per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/journal_view.py" line="72"/>
        <source>No incidents yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultShell</name>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="94"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="102"/>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="104"/>
        <source>Quick exit: hide everything now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="105"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="117"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="120"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="122"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="124"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="130"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/safeplan/ui/shell.py" line="131"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
