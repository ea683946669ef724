<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EvidenceView</name>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/evidence_view.py" line="441"/>
        <source>{shown} of %n items</source>
        <translation>
            <numerusform>{shown} of %n item</numerusform>
            <numerusform>{shown} of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/evidence_view.py" line="443"/>
        <source>%n damaged items could not be opened</source>
        <translation>
            <numerusform>%n damaged item could not be opened</numerusform>
            <numerusform>%n damaged items could not be opened</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/export_view.py" line="413"/>
        <source>%n file(s) will be left out of a report without the location: this video format cannot be cleaned of where it was recorded. The report names each one; choose the originals with the location to include them.</source>
        <translation>
            <numerusform>%n file will be left out of a report without the location: this video format cannot be cleaned of where it was recorded. The report names it; choose the originals with the location to include it.</numerusform>
            <numerusform>%n files will be left out of a report without the location: this video format cannot be cleaned of where it was recorded. The report names each one; choose the originals with the location to include them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/export_view.py" line="423"/>
        <source>%n photo(s) in this report record where they were taken.</source>
        <translation>
            <numerusform>%n photo in this report records where it was taken.</numerusform>
            <numerusform>%n photos in this report record where they were taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/export_view.py" line="574"/>
        <source>%n file(s) were left out of the report: this video format cannot be cleaned of where it was recorded; the report names each one. Export with the locations to include them.</source>
        <translation>
            <numerusform>%n file was left out of the report: this video format cannot be cleaned of where it was recorded; the report names it. Export with the locations to include it.</numerusform>
            <numerusform>%n files were left out of the report: this video format cannot be cleaned of where it was recorded; the report names each one. Export with the locations to include them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/export_view.py" line="580"/>
        <source>%n file(s) were left out of the report: they could not be checked for where they were recorded (stored in fragments, or a part is not understood); the report names each one. Export with the locations to include them.</source>
        <translation>
            <numerusform>%n file was left out of the report: it could not be checked for where it was recorded (stored in fragments, or a part is not understood); the report names it. Export with the locations to include it.</numerusform>
            <numerusform>%n files were left out of the report: they could not be checked for where they were recorded (stored in fragments, or a part is not understood); the report names each one. Export with the locations to include them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileSize</name>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/sizes.py" line="21"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/evidence_view.py" line="115"/>
        <source>Import %n files into the vault</source>
        <translation>
            <numerusform>Import %n file into the vault</numerusform>
            <numerusform>Import %n files into the vault</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/evidence_view.py" line="210"/>
        <source>{stored} of %n files are now in the vault</source>
        <translation>
            <numerusform>{stored} of %n file is now in the vault</numerusform>
            <numerusform>{stored} of %n files are now in the vault</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="367"/>
        <source>History intact: %n changes recorded and checked.</source>
        <translation>
            <numerusform>History intact: %n change recorded and checked.</numerusform>
            <numerusform>History intact: %n changes recorded and checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="388"/>
        <source>Warning: %n stored files belong to no evidence item: the item was removed from the file outside the app, or is damaged. The files are kept.</source>
        <translation>
            <numerusform>Warning: %n stored file belongs to no evidence item: the item was removed from the file outside the app, or is damaged. The file is kept.</numerusform>
            <numerusform>Warning: %n stored files belong to no evidence item: the item was removed from the file outside the app, or is damaged. The files are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="415"/>
        <source>Warning: the last %n changes of the history were removed from the file outside the app. Everything else is intact, and you can keep working.</source>
        <translation>
            <numerusform>Warning: the last change of the history was removed from the file outside the app. Everything else is intact, and you can keep working.</numerusform>
            <numerusform>Warning: the last %n changes of the history were removed from the file outside the app. Everything else is intact, and you can keep working.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="438"/>
        <source>Warning: %n changes of the history were removed from the file outside the app (noticed on {date}). Everything else is intact.</source>
        <translation>
            <numerusform>Warning: %n change of the history was removed from the file outside the app (noticed on {date}). Everything else is intact.</numerusform>
            <numerusform>Warning: %n changes of the history were removed from the file outside the app (noticed on {date}). Everything else is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="487"/>
        <source>{shown} of %n incidents</source>
        <translation>
            <numerusform>{shown} of %n incident</numerusform>
            <numerusform>{shown} of %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="492"/>
        <source>%n damaged entries could not be opened</source>
        <translation>
            <numerusform>%n damaged entry could not be opened</numerusform>
            <numerusform>%n damaged entries could not be opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/safeplan/ui/journal_view.py" line="633"/>
        <source>First recorded {when}; %n versions.</source>
        <translation>
            <numerusform>First recorded {when}; %n version.</numerusform>
            <numerusform>First recorded {when}; %n versions.</numerusform>
        </translation>
    </message>
</context>
</TS>
