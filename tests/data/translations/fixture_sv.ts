<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>FixtureWindow</name>
    <message>
        <source>Left unfinished</source>
        <translation type="unfinished">Lämnad ofärdig</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Översatt</translation>
    </message>
</context>
</TS>
