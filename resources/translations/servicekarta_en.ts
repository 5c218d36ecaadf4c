<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>OfficeFilter</name>
    <message>
        <source>offices before the expansion</source>
        <translation>offices before the expansion</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>phase %1</translation>
    </message>
    <message>
        <source>in socially vulnerable areas</source>
        <translation>in socially vulnerable areas</translation>
    </message>
    <message>
        <source>outside socially vulnerable areas</source>
        <translation>outside socially vulnerable areas</translation>
    </message>
    <message>
        <source>verified only</source>
        <translation>verified only</translation>
    </message>
    <message>
        <source>unverified only</source>
        <translation>unverified only</translation>
    </message>
    <message>
        <source>--filter &apos;%1&apos; is not KEY=VALUE[,VALUE…] (keys: status, phase, county, vulnerable, verified)</source>
        <translation>--filter &apos;%1&apos; is not KEY=VALUE[,VALUE…] (keys: status, phase, county, vulnerable, verified)</translation>
    </message>
    <message>
        <source>--filter &apos;%1&apos;: &apos;%2&apos; is not %3</source>
        <translation>--filter &apos;%1&apos;: &apos;%2&apos; is not %3</translation>
    </message>
    <message>
        <source>a status (%1)</source>
        <translation>a status (%1)</translation>
    </message>
    <message>
        <source>a phase number (0 for the offices before the expansion)</source>
        <translation>a phase number (0 for the offices before the expansion)</translation>
    </message>
    <message>
        <source>a county code (two digits, e.g. 25 for Norrbottens län)</source>
        <translation>a county code (two digits, e.g. 25 for Norrbottens län)</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <source>--filter &apos;%1&apos;: unknown key &apos;%2&apos; (keys: status, phase, county, vulnerable, verified)</source>
        <translation>--filter &apos;%1&apos;: unknown key &apos;%2&apos; (keys: status, phase, county, vulnerable, verified)</translation>
    </message>
</context>
<context>
    <name>ScenarioBandPainter</name>
    <message>
        <source>Scenario: %1 — not the official plan</source>
        <translation>Scenario: %1 — not the official plan</translation>
    </message>
</context>
<context>
    <name>sk::AdminBoundaries</name>
    <message>
        <source>%1: no layer with municipality codes (a field named kommunkod or KnKod)</source>
        <translation>%1: no layer with municipality codes (a field named kommunkod or KnKod)</translation>
    </message>
</context>
<context>
    <name>sk::AtomicFileReplacement</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>exists and is not a file</source>
        <translation>exists and is not a file</translation>
    </message>
    <message>
        <source>no free name for a temporary file in %1</source>
        <translation>no free name for a temporary file in %1</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>nothing was written</translation>
    </message>
    <message>
        <source>cannot flush to disk: %1</source>
        <translation>cannot flush to disk: %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>cannot replace the file: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>cannot write: %1</translation>
    </message>
</context>
<context>
    <name>sk::AutosaveStore</name>
    <message>
        <source>%1: cannot create the autosave folder</source>
        <translation>%1: cannot create the autosave folder</translation>
    </message>
    <message>
        <source>%1: cannot lock the autosave</source>
        <translation>%1: cannot lock the autosave</translation>
    </message>
    <message>
        <source>%1: the session that wrote this autosave is still running</source>
        <translation>%1: the session that wrote this autosave is still running</translation>
    </message>
    <message>
        <source>%1: recovered, but it could not become this session&apos;s autosave</source>
        <translation>%1: recovered, but it could not become this session&apos;s autosave</translation>
    </message>
    <message>
        <source>%1: cannot delete the autosave</source>
        <translation>%1: cannot delete the autosave</translation>
    </message>
</context>
<context>
    <name>sk::BaseMap</name>
    <message>
        <source>%1: layer &apos;%2&apos; is missing</source>
        <translation>%1: layer &apos;%2&apos; is missing</translation>
    </message>
</context>
<context>
    <name>sk::BriefingWindow</name>
    <message>
        <source>Servicekarta briefing</source>
        <translation>Servicekarta briefing</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Speaker notes</translation>
    </message>
    <message>
        <source>→ / Page Down next step · ← / Page Up previous · Space play · S months/phases · D dark/light · N notes · Esc leave</source>
        <translation>→ / Page Down next step · ← / Page Up previous · Space play · S months/phases · D dark/light · N notes · Esc leave</translation>
    </message>
    <message>
        <source>Presenter view: the notes are beside the map · N back to the audience view</source>
        <translation>Presenter view: the notes are beside the map · N back to the audience view</translation>
    </message>
    <message>
        <source>State service offices — %1</source>
        <translation>State service offices — %1</translation>
    </message>
</context>
<context>
    <name>sk::ColumnMapping</name>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>municipality code</source>
        <translation>municipality code</translation>
    </message>
    <message>
        <source>county</source>
        <translation>county</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>locality</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>easting</source>
        <translation>easting</translation>
    </message>
    <message>
        <source>northing</source>
        <translation>northing</translation>
    </message>
    <message>
        <source>coordinate precision</source>
        <translation>coordinate precision</translation>
    </message>
    <message>
        <source>status in May 2021</source>
        <translation>status in May 2021</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>socially vulnerable area</source>
        <translation>socially vulnerable area</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>choose a column for the name</source>
        <translation>choose a column for the name</translation>
    </message>
    <message>
        <source>choose latitude and longitude, or easting and northing (SWEREF 99 TM)</source>
        <translation>choose latitude and longitude, or easting and northing (SWEREF 99 TM)</translation>
    </message>
    <message>
        <source>latitude and longitude need two different columns</source>
        <translation>latitude and longitude need two different columns</translation>
    </message>
    <message>
        <source>choose easting and northing (SWEREF 99 TM), or latitude and longitude</source>
        <translation>choose easting and northing (SWEREF 99 TM), or latitude and longitude</translation>
    </message>
    <message>
        <source>easting and northing need two different columns</source>
        <translation>easting and northing need two different columns</translation>
    </message>
</context>
<context>
    <name>sk::ColumnMappingDialog</name>
    <message>
        <source>Import offices from %1</source>
        <translation>Import offices from %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n row(s)</source>
        <translation>
            <numerusform>%1 (%2), %n row</numerusform>
            <numerusform>%1 (%2), %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>WGS 84 latitude and longitude (degrees)</source>
        <translation>WGS 84 latitude and longitude (degrees)</translation>
    </message>
    <message>
        <source>SWEREF 99 TM easting and northing (metres)</source>
        <translation>SWEREF 99 TM easting and northing (metres)</translation>
    </message>
    <message>
        <source>The features&apos; point geometry</source>
        <translation>The features&apos; point geometry</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Positions from:</source>
        <translation>Positions from:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Still to choose:</source>
        <translation>Still to choose:</translation>
    </message>
    <message>
        <source>Nothing: the file can be imported.</source>
        <translation>Nothing: the file can be imported.</translation>
    </message>
</context>
<context>
    <name>sk::CommandLine</name>
    <message>
        <source>Map of Sweden&apos;s state service offices (statliga servicekontor) and their 2022–2023 rollout.</source>
        <translation>Map of Sweden&apos;s state service offices (statliga servicekontor) and their 2022–2023 rollout.</translation>
    </message>
    <message>
        <source>Show or report this date (YYYY-MM-DD); may be repeated.</source>
        <translation>Show or report this date (YYYY-MM-DD); may be repeated.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Print a written briefing (Markdown) for every timeline step from --from to --to and exit.</source>
        <translation>Print a written briefing (Markdown) for every timeline step from --from to --to and exit.</translation>
    </message>
    <message>
        <source>Language of --brief: sv or en (default).</source>
        <translation>Language of --brief: sv or en (default).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>First date of --export-frames and --brief (default: start).</source>
        <translation>First date of --export-frames and --brief (default: start).</translation>
    </message>
    <message>
        <source>Last date of --export-frames and --brief (default: end).</source>
        <translation>Last date of --export-frames and --brief (default: end).</translation>
    </message>
    <message>
        <source>Step of --export-frames and --brief: month (default) or phase.</source>
        <translation>Step of --export-frames and --brief: month (default) or phase.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>Exported image size in pixels (default 1600x1200).</source>
        <translation>Exported image size in pixels (default 1600x1200).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Print the numbers for each --date and exit.</source>
        <translation>Print the numbers for each --date and exit.</translation>
    </message>
    <message>
        <source>With --report: how near people and municipalities are to an open office (JSON per date; CSV one row per municipality and date).</source>
        <translation>With --report: how near people and municipalities are to an open office (JSON per date; CSV one row per municipality and date).</translation>
    </message>
    <message>
        <source>With --report: FA regions (with the ones without an office) and counties (JSON per date; CSV one row per region and date: date, level, code, name, offices_open, municipalities_with_office, municipalities_total, population, people_within_&lt;km&gt;km…, share_within_&lt;km&gt;km…).</source>
        <translation>With --report: FA regions (with the ones without an office) and counties (JSON per date; CSV one row per region and date: date, level, code, name, offices_open, municipalities_with_office, municipalities_total, population, people_within_&lt;km&gt;km…, share_within_&lt;km&gt;km…).</translation>
    </message>
    <message>
        <source>Report format: json (default) or csv.</source>
        <translation>Report format: json (default) or csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Check the office list (the embedded one or --offices) against the reference tables and the rollout rules, print every finding and exit; exit code 1 when any is an error.</source>
        <translation>Check the office list (the embedded one or --offices) against the reference tables and the rollout rules, print every finding and exit; exit code 1 when any is an error.</translation>
    </message>
    <message>
        <source>Load this office list (CSV, GeoJSON or GeoPackage in the reference columns) instead of the embedded one.</source>
        <translation>Load this office list (CSV, GeoJSON or GeoPackage in the reference columns) instead of the embedded one.</translation>
    </message>
    <message>
        <source>Open official municipality/county boundaries from this file.</source>
        <translation>Open official municipality/county boundaries from this file.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--%1 &apos;%2&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--step &apos;%1&apos; is not month or phase</source>
        <translation>--step &apos;%1&apos; is not month or phase</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 is before --from %2</translation>
    </message>
    <message>
        <source>--lang &apos;%1&apos; is not sv or en</source>
        <translation>--lang &apos;%1&apos; is not sv or en</translation>
    </message>
    <message>
        <source>--coverage and --regions cannot be combined; run them one after the other</source>
        <translation>--coverage and --regions cannot be combined; run them one after the other</translation>
    </message>
    <message>
        <source>--coverage and --regions go with --report</source>
        <translation>--coverage and --regions go with --report</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not json or csv</source>
        <translation>--format &apos;%1&apos; is not json or csv</translation>
    </message>
    <message>
        <source>--size &apos;%1&apos; is not WIDTHxHEIGHT between 64 and 16384 pixels</source>
        <translation>--size &apos;%1&apos; is not WIDTHxHEIGHT between 64 and 16384 pixels</translation>
    </message>
    <message>
        <source>--export and --report need at least one --date YYYY-MM-DD</source>
        <translation>--export and --report need at least one --date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--brief from %1 to %2: the range is empty</source>
        <translation>--brief from %1 to %2: the range is empty</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3, info: %4</source>
        <translation>%1: errors: %2, warnings: %3, info: %4</translation>
    </message>
    <message>
        <source>wrote %1 frames (%2 to %3) to %4</source>
        <translation>wrote %1 frames (%2 to %3) to %4</translation>
    </message>
    <message>
        <source>The population field of --population (default: population).</source>
        <translation>The population field of --population (default: population).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>With --report --coverage or --suggest: a population layer (OGR points or polygons) instead of the embedded model.</source>
        <translation>With --report --coverage or --suggest: a population layer (OGR points or polygons) instead of the embedded model.</translation>
    </message>
    <message>
        <source>Print where N more offices would bring the most people within --within km of an office at the one --date (picked one after the other) and exit.</source>
        <translation>Print where N more offices would bring the most people within --within km of an office at the one --date (picked one after the other) and exit.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The distance of --suggest in km (default 20).</source>
        <translation>The distance of --suggest in km (default 20).</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Load this scenario (a GeoPackage with a layer of offices in the reference columns) instead of the embedded office list.</source>
        <translation>Load this scenario (a GeoPackage with a layer of offices in the reference columns) instead of the embedded office list.</translation>
    </message>
    <message>
        <source>--offices and --scenario cannot be combined: both replace the office list</source>
        <translation>--offices and --scenario cannot be combined: both replace the office list</translation>
    </message>
    <message>
        <source>--scenario &apos;%1&apos; is not a GeoPackage (.gpkg)</source>
        <translation>--scenario &apos;%1&apos; is not a GeoPackage (.gpkg)</translation>
    </message>
    <message>
        <source>--suggest &apos;%1&apos; is not a number of offices from 1 to 200</source>
        <translation>--suggest &apos;%1&apos; is not a number of offices from 1 to 200</translation>
    </message>
    <message>
        <source>--within goes with --suggest</source>
        <translation>--within goes with --suggest</translation>
    </message>
    <message>
        <source>--within &apos;%1&apos; is not a distance in km above 0 and at most 500</source>
        <translation>--within &apos;%1&apos; is not a distance in km above 0 and at most 500</translation>
    </message>
    <message>
        <source>--suggest needs exactly one --date YYYY-MM-DD: the date whose open offices it adds to</source>
        <translation>--suggest needs exactly one --date YYYY-MM-DD: the date whose open offices it adds to</translation>
    </message>
    <message>
        <source>--%1 %2 is after the data ends (%3)</source>
        <translation>--%1 %2 is after the data ends (%3)</translation>
    </message>
    <message>
        <source>%1 to %2 has %3 steps, more than the %4 allowed</source>
        <translation>%1 to %2 has %3 steps, more than the %4 allowed</translation>
    </message>
    <message>
        <source>Render the whole-Sweden map at --date to this file (.png, .jpg, .bmp, .pdf or .svg) and exit.</source>
        <translation>Render the whole-Sweden map at --date to this file (.png, .jpg, .bmp, .pdf or .svg) and exit.</translation>
    </message>
    <message>
        <source>Render one numbered PNG per timeline step into this folder and exit (at most %1 steps).</source>
        <translation>Render one numbered PNG per timeline step into this folder and exit (at most %1 steps).</translation>
    </message>
    <message>
        <source>With --report --coverage or --suggest and no --population: the embedded population model, dispersed (default: people spread over their localities and each municipality&apos;s land) or points (each locality and municipal remainder at one point).</source>
        <translation>With --report --coverage or --suggest and no --population: the embedded population model, dispersed (default: people spread over their localities and each municipality&apos;s land) or points (each locality and municipal remainder at one point).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Print the three offices open at the one --date (default: today) nearest a place: a locality, a municipality or a coordinate (65.83,23.17; 65°49.8&apos;N 23°10.2&apos;E; E 700000 N 7300000), with distance and bearing, and exit.</source>
        <translation>Print the three offices open at the one --date (default: today) nearest a place: a locality, a municipality or a coordinate (65.83,23.17; 65°49.8&apos;N 23°10.2&apos;E; E 700000 N 7300000), with distance and bearing, and exit.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>With --export or --export-frames: a title drawn above the date.</source>
        <translation>With --export or --export-frames: a title drawn above the date.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>With --export or --export-frames: light (default) or dark.</source>
        <translation>With --export or --export-frames: light (default) or dark.</translation>
    </message>
    <message>
        <source>style</source>
        <translation>style</translation>
    </message>
    <message>
        <source>With --export or --export-frames: the layers to draw, a comma list of %1 (default: %2).</source>
        <translation>With --export or --export-frames: the layers to draw, a comma list of %1 (default: %2).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>With --export or --export-frames: show only some offices, e.g. county=25, status=open,closed, phase=1,2, vulnerable=yes, verified=no; may be repeated (all must hold).</source>
        <translation>With --export or --export-frames: show only some offices, e.g. county=25, status=open,closed, phase=1,2, vulnerable=yes, verified=no; may be repeated (all must hold).</translation>
    </message>
    <message>
        <source>term</source>
        <translation>term</translation>
    </message>
    <message>
        <source>--%1 is empty: give a file or folder name</source>
        <translation>--%1 is empty: give a file or folder name</translation>
    </message>
    <message>
        <source>--%1 %2 is before the data begins (%3)</source>
        <translation>--%1 %2 is before the data begins (%3)</translation>
    </message>
    <message>
        <source>--population-model &apos;%1&apos; is not dispersed or points</source>
        <translation>--population-model &apos;%1&apos; is not dispersed or points</translation>
    </message>
    <message>
        <source>--population-model and --population cannot be combined: the layer is the model</source>
        <translation>--population-model and --population cannot be combined: the layer is the model</translation>
    </message>
    <message>
        <source>--nearest needs a place: a locality, a municipality or a coordinate</source>
        <translation>--nearest needs a place: a locality, a municipality or a coordinate</translation>
    </message>
    <message>
        <source>--report, --export, --export-frames, --brief, --check-data, --suggest and --nearest cannot be combined; run them one after the other</source>
        <translation>--report, --export, --export-frames, --brief, --check-data, --suggest and --nearest cannot be combined; run them one after the other</translation>
    </message>
    <message>
        <source>--nearest takes one --date YYYY-MM-DD (default: today)</source>
        <translation>--nearest takes one --date YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <source>--%1 goes with --export or --export-frames</source>
        <translation>--%1 goes with --export or --export-frames</translation>
    </message>
    <message>
        <source>--style &apos;%1&apos; is not light or dark</source>
        <translation>--style &apos;%1&apos; is not light or dark</translation>
    </message>
    <message>
        <source>--layers: &apos;%1&apos; is not a layer (%2)</source>
        <translation>--layers: &apos;%1&apos; is not a layer (%2)</translation>
    </message>
    <message>
        <source>no office is open on %1</source>
        <translation>no office is open on %1</translation>
    </message>
</context>
<context>
    <name>sk::CompareView</name>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Compare:</translation>
    </message>
    <message>
        <source>Phase 1</source>
        <translation>Phase 1</translation>
    </message>
    <message>
        <source>Phase 2</source>
        <translation>Phase 2</translation>
    </message>
    <message>
        <source>Plan vs scenario</source>
        <translation>Plan vs scenario</translation>
    </message>
    <message>
        <source>The official plan at the end of 2021 and at the end of 2022</source>
        <translation>The official plan at the end of 2021 and at the end of 2022</translation>
    </message>
    <message>
        <source>The official plan at the end of 2022 and at the end of 2023</source>
        <translation>The official plan at the end of 2022 and at the end of 2023</translation>
    </message>
    <message>
        <source>The official plan and the scenario on the same date</source>
        <translation>The official plan and the scenario on the same date</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Office set</source>
        <translation>Office set</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <source>Official plan</source>
        <translation>Official plan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) differ.</source>
        <translation>
            <numerusform>%n office differs.</numerusform>
            <numerusform>%n offices differ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipalities with an open office: %1 → %2.</source>
        <translation>Municipalities with an open office: %1 → %2.</translation>
    </message>
    <message>
        <source>Gained: %1.</source>
        <translation>Gained: %1.</translation>
    </message>
    <message>
        <source>Lost: %1.</source>
        <translation>Lost: %1.</translation>
    </message>
</context>
<context>
    <name>sk::ComparisonMeasuresModel</name>
    <message>
        <source>Offices open</source>
        <translation>Offices open</translation>
    </message>
    <message>
        <source>Municipalities with an office</source>
        <translation>Municipalities with an office</translation>
    </message>
    <message>
        <source>People within %1 km</source>
        <translation>People within %1 km</translation>
    </message>
    <message>
        <source>Share within %1 km</source>
        <translation>Share within %1 km</translation>
    </message>
    <message>
        <source>Median distance</source>
        <translation>Median distance</translation>
    </message>
    <message>
        <source>Distance for 90% of people</source>
        <translation>Distance for 90% of people</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Change B − A</source>
        <translation>Change B − A</translation>
    </message>
</context>
<context>
    <name>sk::CoordinateParser</name>
    <message>
        <source>&apos;%1&apos; has two hemisphere letters</source>
        <translation>&apos;%1&apos; has two hemisphere letters</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: minutes and seconds must be below 60</source>
        <translation>&apos;%1&apos;: minutes and seconds must be below 60</translation>
    </message>
    <message>
        <source>E %1, N %2 lies outside Sweden in SWEREF 99 TM</source>
        <translation>E %1, N %2 lies outside Sweden in SWEREF 99 TM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; gives %2 twice</source>
        <translation>&apos;%1&apos; gives %2 twice</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: in SWEREF 99 TM the northing has 7 digits and the easting 6</source>
        <translation>&apos;%1&apos;: in SWEREF 99 TM the northing has 7 digits and the easting 6</translation>
    </message>
    <message>
        <source>no coordinate given</source>
        <translation>no coordinate given</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coordinate: give latitude and longitude (65.83, 23.17 or 65°49.8&apos;N 23°10.2&apos;E) or SWEREF 99 TM (E 700000 N 7300000)</source>
        <translation>&apos;%1&apos; is not a coordinate: give latitude and longitude (65.83, 23.17 or 65°49.8&apos;N 23°10.2&apos;E) or SWEREF 99 TM (E 700000 N 7300000)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; gives two latitudes or two longitudes</source>
        <translation>&apos;%1&apos; gives two latitudes or two longitudes</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: latitude must lie within ±90° and longitude within ±180°</source>
        <translation>&apos;%1&apos;: latitude must lie within ±90° and longitude within ±180°</translation>
    </message>
    <message>
        <source>%1, %2 lies outside Sweden; is it latitude first?</source>
        <translation>%1, %2 lies outside Sweden; is it latitude first?</translation>
    </message>
</context>
<context>
    <name>sk::CoverageChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Coverage over the timeline</source>
        <translation>Coverage over the timeline</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Calculating coverage over the timeline…</source>
        <translation>Calculating coverage over the timeline…</translation>
    </message>
    <message>
        <source>10 km</source>
        <translation>10 km</translation>
    </message>
    <message>
        <source>20 km</source>
        <translation>20 km</translation>
    </message>
    <message>
        <source>People within</source>
        <translation>People within</translation>
    </message>
    <message>
        <source>Municipalities with an office (of %1)</source>
        <translation>Municipalities with an office (of %1)</translation>
    </message>
    <message>
        <source>%1
%2 of people within 10 km, %3 within 20 km
%4 of %5 municipalities have an open office</source>
        <translation>%1
%2 of people within 10 km, %3 within 20 km
%4 of %5 municipalities have an open office</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>Offices open</source>
        <translation>Offices open</translation>
    </message>
    <message>
        <source>%1–%2 offices open</source>
        <translation>%1–%2 offices open</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) open</source>
        <translation>
            <numerusform>%n office open</numerusform>
            <numerusform>%n offices open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published: %n office(s), %1</source>
        <translation>
            <numerusform>Published: %n office, %1</numerusform>
            <numerusform>Published: %n offices, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n municipalities</source>
        <translation>
            <numerusform>in %n municipality</numerusform>
            <numerusform>in %n municipalities</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>sk::CoverageClasses</name>
    <message>
        <source>Office in the municipality</source>
        <translation>Office in the municipality</translation>
    </message>
    <message>
        <source>Up to %1 km</source>
        <translation>Up to %1 km</translation>
    </message>
    <message>
        <source>Over %1 km</source>
        <translation>Over %1 km</translation>
    </message>
    <message>
        <source>%1–%2 km</source>
        <translation>%1–%2 km</translation>
    </message>
</context>
<context>
    <name>sk::CoverageExport</name>
    <message>
        <source>cannot replace the existing file</source>
        <translation>cannot replace the existing file</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL has no %1 driver</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>cannot create: %1</translation>
    </message>
    <message>
        <source>cannot create the layer: %1</source>
        <translation>cannot create the layer: %1</translation>
    </message>
    <message>
        <source>cannot create field %1: %2</source>
        <translation>cannot create field %1: %2</translation>
    </message>
    <message>
        <source>cannot write municipality %1: %2</source>
        <translation>cannot write municipality %1: %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>cannot write: %1</translation>
    </message>
    <message>
        <source>a CSV file name must end in .csv</source>
        <translation>a CSV file name must end in .csv</translation>
    </message>
    <message>
        <source>no office is open, so there is no distance to map</source>
        <translation>no office is open, so there is no distance to map</translation>
    </message>
</context>
<context>
    <name>sk::CoverageLayerPainter</name>
    <message>
        <source>Within %1 km of an open office</source>
        <translation>Within %1 km of an open office</translation>
    </message>
    <message>
        <source>Straight-line distance to the nearest open office</source>
        <translation>Straight-line distance to the nearest open office</translation>
    </message>
    <message>
        <source>From each municipality&apos;s seat; circle area shows its population.</source>
        <translation>From each municipality&apos;s seat; circle area shows its population.</translation>
    </message>
    <message>
        <source>From each municipality&apos;s seat.</source>
        <translation>From each municipality&apos;s seat.</translation>
    </message>
    <message>
        <source>%1 % of people live within %2 km</source>
        <translation>%1 % of people live within %2 km</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>Every open office counts, not only those the filter shows.</source>
        <translation>Every open office counts, not only those the filter shows.</translation>
    </message>
</context>
<context>
    <name>sk::CoveragePanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no office open</source>
        <translation>no office open</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Calculating coverage…</source>
        <translation>Calculating coverage…</translation>
    </message>
    <message>
        <source>Half of the people live within the median distance of an open office, nine in ten within the 90th percentile.</source>
        <translation>Half of the people live within the median distance of an open office, nine in ten within the 90th percentile.</translation>
    </message>
    <message>
        <source>People near an open office</source>
        <translation>People near an open office</translation>
    </message>
    <message>
        <source>Over the timeline</source>
        <translation>Over the timeline</translation>
    </message>
    <message>
        <source>What each phase added</source>
        <translation>What each phase added</translation>
    </message>
    <message>
        <source>Farthest from an open office</source>
        <translation>Farthest from an open office</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Colour municipalities by distance on the map</source>
        <translation>Colour municipalities by distance on the map</translation>
    </message>
    <message>
        <source>Rings around open offices:</source>
        <translation>Rings around open offices:</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Ring radius</source>
        <translation>Ring radius</translation>
    </message>
    <message>
        <source>&amp;Bands (km):</source>
        <translation>&amp;Bands (km):</translation>
    </message>
    <message>
        <source>e.g. 5, 10, 20, 30, 50</source>
        <translation>e.g. 5, 10, 20, 30, 50</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Filter by municipality, county or office</source>
        <translation>Filter by municipality, county or office</translation>
    </message>
    <message>
        <source>Double-click a municipality to show it on the map</source>
        <translation>Double-click a municipality to show it on the map</translation>
    </message>
    <message>
        <source>Table (CSV)…</source>
        <translation>Table (CSV)…</translation>
    </message>
    <message>
        <source>The municipality table as CSV</source>
        <translation>The municipality table as CSV</translation>
    </message>
    <message>
        <source>Export municipality table</source>
        <translation>Export municipality table</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Layer (GeoPackage)…</source>
        <translation>Layer (GeoPackage)…</translation>
    </message>
    <message>
        <source>Municipalities with their distances as a GeoPackage layer, in SWEREF 99 TM</source>
        <translation>Municipalities with their distances as a GeoPackage layer, in SWEREF 99 TM</translation>
    </message>
    <message>
        <source>Export coverage layer</source>
        <translation>Export coverage layer</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Distances (GeoTIFF)…</source>
        <translation>Distances (GeoTIFF)…</translation>
    </message>
    <message>
        <source>A 1 km grid of straight-line distances to the nearest open office, in SWEREF 99 TM</source>
        <translation>A 1 km grid of straight-line distances to the nearest open office, in SWEREF 99 TM</translation>
    </message>
    <message>
        <source>Export distance raster</source>
        <translation>Export distance raster</translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>Enter at least one distance in km, e.g. 5, 10, 20.</source>
        <translation>Enter at least one distance in km, e.g. 5, 10, 20.</translation>
    </message>
    <message>
        <source>“%1” is not a distance in km. Separate distances with commas and use a point for decimals.</source>
        <translation>“%1” is not a distance in km. Separate distances with commas and use a point for decimals.</translation>
    </message>
    <message>
        <source>Distances must be greater than zero (“%1”).</source>
        <translation>Distances must be greater than zero (“%1”).</translation>
    </message>
    <message>
        <source>These bands cannot be used.</source>
        <translation>These bands cannot be used.</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>On %1</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) open</source>
        <translation>
            <numerusform>%n office open</numerusform>
            <numerusform>%n offices open</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 municipalities have an office</source>
        <translation>%1 of %2 municipalities have an office</translation>
    </message>
    <message>
        <source>Within %1 km</source>
        <translation>Within %1 km</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Median distance: %1 · 90th percentile: %2</source>
        <translation>Median distance: %1 · 90th percentile: %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>Phase %1 (%2)</source>
        <translation>Phase %1 (%2)</translation>
    </message>
    <message>
        <source>%1 more people within %2 km of an open office.</source>
        <translation>%1 more people within %2 km of an open office.</translation>
    </message>
    <message numerus="yes">
        <source>First office in %n municipality(s)</source>
        <translation>
            <numerusform>First office in %n municipality</numerusform>
            <numerusform>First office in %n municipalities</numerusform>
        </translation>
    </message>
    <message>
        <source>The data have no phases.</source>
        <translation>The data have no phases.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>&lt;b&gt;points&lt;/b&gt; — SCB 2020 at GeoNames places (CC BY 4.0)</source>
        <translation>&lt;b&gt;points&lt;/b&gt; — SCB 2020 at GeoNames places (CC BY 4.0)</translation>
    </message>
    <message>
        <source>&lt;b&gt;dispersed&lt;/b&gt; — SCB 2020 spread over GeoNames places (CC BY 4.0) and each municipality&apos;s land</source>
        <translation>&lt;b&gt;dispersed&lt;/b&gt; — SCB 2020 spread over GeoNames places (CC BY 4.0) and each municipality&apos;s land</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (your layer)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (your layer)</translation>
    </message>
    <message>
        <source>Distances are straight-line distances (SWEREF 99 TM), not travel times.&lt;br&gt;Population model: %1.</source>
        <translation>Distances are straight-line distances (SWEREF 99 TM), not travel times.&lt;br&gt;Population model: %1.</translation>
    </message>
</context>
<context>
    <name>sk::DataChecks</name>
    <message>
        <source>county &apos;%1&apos; is not the county of %2 %3, which is %4</source>
        <translation>county &apos;%1&apos; is not the county of %2 %3, which is %4</translation>
    </message>
    <message>
        <source>lies %1 km from %2, the seat of %3 %4 (more than %5 km): a wrong position or municipality code?</source>
        <translation>lies %1 km from %2, the seat of %3 %4 (more than %5 km): a wrong position or municipality code?</translation>
    </message>
    <message>
        <source>municipality_code %1 is not in the municipality table</source>
        <translation>municipality_code %1 is not in the municipality table</translation>
    </message>
    <message>
        <source>opened %1 is before phase %2 begins (%3)</source>
        <translation>opened %1 is before phase %2 begins (%3)</translation>
    </message>
    <message>
        <source>unverified: the row gives no source</source>
        <translation>unverified: the row gives no source</translation>
    </message>
    <message>
        <source>shares its position with %1 (%2 m apart): both stand at a town or district centre (coord_precision %3 and %4), as the data does where an office&apos;s own site is not known</source>
        <translation>shares its position with %1 (%2 m apart): both stand at a town or district centre (coord_precision %3 and %4), as the data does where an office&apos;s own site is not known</translation>
    </message>
    <message>
        <source>lies %1 m from %2: a duplicate row or a copied position?</source>
        <translation>lies %1 m from %2: a duplicate row or a copied position?</translation>
    </message>
    <message>
        <source>published %1 offices (%2, %3) lies outside the data&apos;s %4 at that date</source>
        <translation>published %1 offices (%2, %3) lies outside the data&apos;s %4 at that date</translation>
    </message>
    <message>
        <source>published %1 municipalities with an office (%2, %3) lies outside the data&apos;s %4 at that date</source>
        <translation>published %1 municipalities with an office (%2, %3) lies outside the data&apos;s %4 at that date</translation>
    </message>
</context>
<context>
    <name>sk::DataQualityPanel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes. Double-click a row to show the office.</source>
        <translation>%1 errors, %2 warnings, %3 notes. Double-click a row to show the office.</translation>
    </message>
</context>
<context>
    <name>sk::ExportDialog</name>
    <message>
        <source>Export map</source>
        <translation>Export map</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF document (vector)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG drawing (vector)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Pixel ratio:</source>
        <translation>Pixel ratio:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation:</translation>
    </message>
    <message>
        <source>optional, drawn above the date</source>
        <translation>optional, drawn above the date</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
</context>
<context>
    <name>sk::FeatureReader</name>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>text is not UTF-8 (save the file as UTF-8)</source>
        <translation>text is not UTF-8 (save the file as UTF-8)</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; files over %3 MB are not read</source>
        <translation>%1: the file is %2 MB; files over %3 MB are not read</translation>
    </message>
    <message>
        <source>%1: contains no table or layer</source>
        <translation>%1: contains no table or layer</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>feature %1</translation>
    </message>
    <message>
        <source>a quoted cell is never closed; the file looks cut off</source>
        <translation>a quoted cell is never closed; the file looks cut off</translation>
    </message>
    <message>
        <source>has %1 of the %2 cells of the header; the line is cut short</source>
        <translation>has %1 of the %2 cells of the header; the line is cut short</translation>
    </message>
    <message>
        <source>%1: the type file %2 beside it would read %3 as numbers or dates, not as written; remove or rename %2</source>
        <translation>%1: the type file %2 beside it would read %3 as numbers or dates, not as written; remove or rename %2</translation>
    </message>
    <message>
        <source>the file is refused, not read in part</source>
        <translation>the file is refused, not read in part</translation>
    </message>
    <message>
        <source>the file has %1 records, but only %2 could be read</source>
        <translation>the file has %1 records, but only %2 could be read</translation>
    </message>
</context>
<context>
    <name>sk::FrameExportDialog</name>
    <message>
        <source>Also make an MP4 video with ffmpeg</source>
        <translation>Also make an MP4 video with ffmpeg</translation>
    </message>
    <message>
        <source>Export frame sequence</source>
        <translation>Export frame sequence</translation>
    </message>
    <message>
        <source>One frame per month</source>
        <translation>One frame per month</translation>
    </message>
    <message>
        <source>One frame per phase boundary</source>
        <translation>One frame per phase boundary</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>ffmpeg is not installed; the PNG frames can be made into a video elsewhere.</source>
        <translation>ffmpeg is not installed; the PNG frames can be made into a video elsewhere.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Step:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Folder for the frames</source>
        <translation>Folder for the frames</translation>
    </message>
</context>
<context>
    <name>sk::FrameSequenceExporter</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
</context>
<context>
    <name>sk::GdalSupport</name>
    <message>
        <source>is a GDAL virtual dataset (VRT), which can point to other files; open the data itself</source>
        <translation>is a GDAL virtual dataset (VRT), which can point to other files; open the data itself</translation>
    </message>
    <message>
        <source>is a KML file with a NetworkLink to other files or web addresses, which are not followed</source>
        <translation>is a KML file with a NetworkLink to other files or web addresses, which are not followed</translation>
    </message>
    <message>
        <source>refers to other files or web addresses ($ref or href), which are not followed</source>
        <translation>refers to other files or web addresses ($ref or href), which are not followed</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: file not found</translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation>%1: not a readable file</translation>
    </message>
    <message>
        <source>%1: refused: the file %2</source>
        <translation>%1: refused: the file %2</translation>
    </message>
    <message>
        <source>the file looks damaged or cut off; it is not a readable %1 file (%2)</source>
        <translation>the file looks damaged or cut off; it is not a readable %1 file (%2)</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <source>empty, or not a vector format this program reads (%1)</source>
        <translation>empty, or not a vector format this program reads (%1)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: only local files can be opened</source>
        <translation>%1: only local files can be opened</translation>
    </message>
    <message>
        <source>the text is in UTF-16 (%1), which this program does not read; save the file as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation>the text is in UTF-16 (%1), which this program does not read; save the file as UTF-8 (in Excel: CSV UTF-8)</translation>
    </message>
</context>
<context>
    <name>sk::ImportReviewDialog</name>
    <message>
        <source>Review the import</source>
        <translation>Review the import</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported as they are.</source>
        <translation>
            <numerusform>%n row cannot be imported as it is.</numerusform>
            <numerusform>%n rows cannot be imported as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) are valid.</source>
        <translation>
            <numerusform>%n office is valid.</numerusform>
            <numerusform>%n offices are valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>Import %n valid office(s)</source>
        <translation>
            <numerusform>Import %n valid office</numerusform>
            <numerusform>Import %n valid offices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sk::InsetPainter</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>sk::LayerFeatureStream</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>cannot be counted (%1)</source>
        <translation>cannot be counted (%1)</translation>
    </message>
    <message>
        <source>the layer holds %1 features, but only %2 could be read</source>
        <translation>the layer holds %1 features, but only %2 could be read</translation>
    </message>
    <message>
        <source>%1, feature %2: %3; the file is refused, not read in part</source>
        <translation>%1, feature %2: %3; the file is refused, not read in part</translation>
    </message>
    <message>
        <source>%1: %2; the file is refused, not read in part</source>
        <translation>%1: %2; the file is refused, not read in part</translation>
    </message>
</context>
<context>
    <name>sk::MainWindow</name>
    <message>
        <source>Servicekarta</source>
        <translation>Servicekarta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;offices…</source>
        <translation>Open &amp;offices…</translation>
    </message>
    <message>
        <source>Open official &amp;boundaries…</source>
        <translation>Open official &amp;boundaries…</translation>
    </message>
    <message>
        <source>&amp;Close boundaries</source>
        <translation>&amp;Close boundaries</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Whole of Sweden</source>
        <translation>&amp;Whole of Sweden</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
    <message>
        <source>&amp;Briefing mode</source>
        <translation>&amp;Briefing mode</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Play / pause</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>&amp;Previous month</translation>
    </message>
    <message>
        <source>&amp;Next month</source>
        <translation>&amp;Next month</translation>
    </message>
    <message>
        <source>Previous p&amp;hase boundary</source>
        <translation>Previous p&amp;hase boundary</translation>
    </message>
    <message>
        <source>Next ph&amp;ase boundary</source>
        <translation>Next ph&amp;ase boundary</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Loop</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Servicekarta</source>
        <translation>&amp;About Servicekarta</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) from %1</source>
        <translation>
            <numerusform>%n office from %1</numerusform>
            <numerusform>%n offices from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Offices not loaded</source>
        <translation>Offices not loaded</translation>
    </message>
    <message>
        <source>%1 could not be used; the offices shown before are kept.</source>
        <translation>%1 could not be used; the offices shown before are kept.</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… and %n more</numerusform>
            <numerusform>
… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>Loaded %1</translation>
    </message>
    <message>
        <source>Boundaries not loaded</source>
        <translation>Boundaries not loaded</translation>
    </message>
    <message>
        <source>Official boundaries from %1</source>
        <translation>Official boundaries from %1</translation>
    </message>
    <message>
        <source>Open offices</source>
        <translation>Open offices</translation>
    </message>
    <message>
        <source>Office lists (%1);;All files (*)</source>
        <translation>Office lists (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Open official boundaries</source>
        <translation>Open official boundaries</translation>
    </message>
    <message>
        <source>Boundary files (%1);;All files (*)</source>
        <translation>Boundary files (%1);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Servicekarta.</source>
        <translation>The new language is used from the next start of Servicekarta.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;[ ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous / next month&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Up / Page Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous / next phase boundary&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Home / Ctrl+End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;start / end of the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;On the timeline: ← → months, Home / End.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;On the map: arrows pan, + − zoom, Home shows all of Sweden, Esc clears the selection.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;[ ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous / next month&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Up / Page Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous / next phase boundary&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Home / Ctrl+End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;start / end of the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;On the timeline: ← → months, Home / End.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;On the map: arrows pan, + − zoom, Home shows all of Sweden, Esc clears the selection.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>About Servicekarta</source>
        <translation>About Servicekarta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Servicekarta %1&lt;/h3&gt;&lt;p&gt;The state&apos;s local service offices (statliga servicekontor) and their 2022–2023 expansion.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;&lt;br&gt;Offices: compiled from public sources (Statens servicecenter, the Government Offices, Riksrevisionen, local press), status in May 2021 and dates where found; rows without a source are marked unverified.&lt;br&gt;Municipalities and population: SCB, 31 December 2020 (CC0).&lt;br&gt;Places: GeoNames (geonames.org), CC BY 4.0.&lt;br&gt;Coastline, lakes and borders: GSHHG 2.3.7 and DCW-GMT (LGPL-3+), shipped as a separate, replaceable file.&lt;br&gt;Counties: Natural Earth (public domain).&lt;br&gt;Official boundaries you open (e.g. SCB Digitala gränser, CC0) stay in your file.&lt;/p&gt;&lt;p&gt;Distances are straight-line distances in SWEREF 99 TM, not travel times.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Servicekarta %1&lt;/h3&gt;&lt;p&gt;The state&apos;s local service offices (statliga servicekontor) and their 2022–2023 expansion.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;&lt;br&gt;Offices: compiled from public sources (Statens servicecenter, the Government Offices, Riksrevisionen, local press), status in May 2021 and dates where found; rows without a source are marked unverified.&lt;br&gt;Municipalities and population: SCB, 31 December 2020 (CC0).&lt;br&gt;Places: GeoNames (geonames.org), CC BY 4.0.&lt;br&gt;Coastline, lakes and borders: GSHHG 2.3.7 and DCW-GMT (LGPL-3+), shipped as a separate, replaceable file.&lt;br&gt;Counties: Natural Earth (public domain).&lt;br&gt;Official boundaries you open (e.g. SCB Digitala gränser, CC0) stay in your file.&lt;/p&gt;&lt;p&gt;Distances are straight-line distances in SWEREF 99 TM, not travel times.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>FA regions without an &amp;office</source>
        <translation>FA regions without an &amp;office</translation>
    </message>
    <message>
        <source>Highlight the functional analysis regions (FA15) that have no open office (SOU 2018:43: at least one office per FA region)</source>
        <translation>Highlight the functional analysis regions (FA15) that have no open office (SOU 2018:43: at least one office per FA region)</translation>
    </message>
    <message>
        <source>Briefing notes</source>
        <translation>Briefing notes</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message numerus="yes">
        <source>Data checks found %n error(s); see the Data quality panel.</source>
        <translation>
            <numerusform>Data checks found %n error; see the Data quality panel.</numerusform>
            <numerusform>Data checks found %n errors; see the Data quality panel.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <source>Two dates, or the official plan and the scenario, side by side</source>
        <translation>Two dates, or the official plan and the scenario, side by side</translation>
    </message>
    <message>
        <source>Suggest offices</source>
        <translation>Suggest offices</translation>
    </message>
    <message>
        <source>scenario “%1”</source>
        <translation>scenario “%1”</translation>
    </message>
    <message>
        <source>%1[*] — scenario — Servicekarta</source>
        <translation>%1[*] — scenario — Servicekarta</translation>
    </message>
    <message>
        <source>Compare — Servicekarta</source>
        <translation>Compare — Servicekarta</translation>
    </message>
    <message>
        <source>Official offices now from %1; the scenario stays shown</source>
        <translation>Official offices now from %1; the scenario stays shown</translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation>Data problems</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Place &amp;names</source>
        <translation>Place &amp;names</translation>
    </message>
    <message>
        <source>Names of towns and counties, and of offices when zoomed in</source>
        <translation>Names of towns and counties, and of offices when zoomed in</translation>
    </message>
    <message>
        <source>City &amp;insets</source>
        <translation>City &amp;insets</translation>
    </message>
    <message>
        <source>Stockholm, Göteborg and Malmö at a larger scale on the map of all Sweden</source>
        <translation>Stockholm, Göteborg and Malmö at a larger scale on the map of all Sweden</translation>
    </message>
    <message>
        <source>Nearest offices</source>
        <translation>Nearest offices</translation>
    </message>
</context>
<context>
    <name>sk::MapExportActions</name>
    <message>
        <source>&amp;Export map…</source>
        <translation>&amp;Export map…</translation>
    </message>
    <message>
        <source>Export &amp;frame sequence…</source>
        <translation>Export &amp;frame sequence…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Rendering frames…</source>
        <translation>Rendering frames…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) written to %1</source>
        <translation>
            <numerusform>%n frame written to %1</numerusform>
            <numerusform>%n frames written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; video %1 made</source>
        <translation>; video %1 made</translation>
    </message>
    <message>
        <source>; ffmpeg failed, the frames are kept</source>
        <translation>; ffmpeg failed, the frames are kept</translation>
    </message>
</context>
<context>
    <name>sk::MapExporter</name>
    <message>
        <source>%1: cannot write image: %2</source>
        <translation>%1: cannot write image: %2</translation>
    </message>
    <message>
        <source>Service offices</source>
        <translation>Service offices</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation>%1: cannot write the PDF</translation>
    </message>
    <message>
        <source>Servicekarta map, %1</source>
        <translation>Servicekarta map, %1</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG</source>
        <translation>%1: cannot write the SVG</translation>
    </message>
    <message>
        <source>%1: cannot write a .%2 file; use .png, .jpg, .bmp, .pdf or .svg</source>
        <translation>%1: cannot write a .%2 file; use .png, .jpg, .bmp, .pdf or .svg</translation>
    </message>
</context>
<context>
    <name>sk::MapRenderer</name>
    <message numerus="yes">
        <source>%n office(s) open</source>
        <translation>
            <numerusform>%n office open</numerusform>
            <numerusform>%n offices open</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 of %2 municipalities</source>
        <translation>in %1 of %2 municipalities</translation>
    </message>
    <message>
        <source>Date within an interval (hollow)</source>
        <translation>Date within an interval (hollow)</translation>
    </message>
    <message>
        <source>Socially vulnerable area (ring)</source>
        <translation>Socially vulnerable area (ring)</translation>
    </message>
    <message>
        <source>Service offices</source>
        <translation>Service offices</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Offices: Servicekarta compilation of public sources · Population: SCB 2020 · Places: GeoNames (CC BY 4.0) · Coast: GSHHG/DCW (LGPL) · Natural Earth</source>
        <translation>Offices: Servicekarta compilation of public sources · Population: SCB 2020 · Places: GeoNames (CC BY 4.0) · Coast: GSHHG/DCW (LGPL) · Natural Earth</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Showing: %1</translation>
    </message>
    <message>
        <source>Scenario file: %1</source>
        <translation>Scenario file: %1</translation>
    </message>
    <message>
        <source>%1–%2 offices open</source>
        <translation>%1–%2 offices open</translation>
    </message>
    <message>
        <source>published: %1, %2 (%3)</source>
        <translation>published: %1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>sk::MapWidget</name>
    <message>
        <source>Map of Sweden</source>
        <translation>Map of Sweden</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n offices&lt;/b&gt; here (click to zoom in)</source>
        <translation>
            <numerusform>&lt;b&gt;%n office&lt;/b&gt; here (click to zoom in)</numerusform>
            <numerusform>&lt;b&gt;%n offices&lt;/b&gt; here (click to zoom in)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unverified: no source</source>
        <translation>Unverified: no source</translation>
    </message>
    <message>
        <source>No office open</source>
        <translation>No office open</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <source>Click for details</source>
        <translation>Click for details</translation>
    </message>
</context>
<context>
    <name>sk::MunicipalityCoverageModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Nearest open office</source>
        <translation>Nearest open office</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distance (km)</translation>
    </message>
    <message>
        <source>Office in municipality</source>
        <translation>Office in municipality</translation>
    </message>
</context>
<context>
    <name>sk::MunicipalityPanel</name>
    <message>
        <source>Click a municipality on the map to see its offices and the nearest open office.</source>
        <translation>Click a municipality on the map to see its offices and the nearest open office.</translation>
    </message>
    <message>
        <source>Unknown municipality code %1</source>
        <translation>Unknown municipality code %1</translation>
    </message>
    <message>
        <source>%1 · municipality code %2</source>
        <translation>%1 · municipality code %2</translation>
    </message>
    <message>
        <source>FA region: %1 (%2)</source>
        <translation>FA region: %1 (%2)</translation>
    </message>
    <message>
        <source>Population: %1 (SCB, 31 December 2020)</source>
        <translation>Population: %1 (SCB, 31 December 2020)</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>On %1</translation>
    </message>
    <message>
        <source>No office open in the municipality.</source>
        <translation>No office open in the municipality.</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) open in the municipality:</source>
        <translation>
            <numerusform>%n office open in the municipality:</numerusform>
            <numerusform>%n offices open in the municipality:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nearest open office: &lt;b&gt;%1&lt;/b&gt; (%2), %3 km straight-line distance from %4</source>
        <translation>Nearest open office: &lt;b&gt;%1&lt;/b&gt; (%2), %3 km straight-line distance from %4</translation>
    </message>
    <message>
        <source>No office is open anywhere on this date.</source>
        <translation>No office is open anywhere on this date.</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>On the timeline</translation>
    </message>
    <message>
        <source>Had an office when Statens servicecenter took over (June 2019).</source>
        <translation>Had an office when Statens servicecenter took over (June 2019).</translation>
    </message>
    <message>
        <source>%1: %2 opened, the municipality&apos;s first office</source>
        <translation>%1: %2 opened, the municipality&apos;s first office</translation>
    </message>
    <message>
        <source>%1: %2 opened</source>
        <translation>%1: %2 opened</translation>
    </message>
    <message>
        <source>%1: %2 closed, the municipality&apos;s last office</source>
        <translation>%1: %2 closed, the municipality&apos;s last office</translation>
    </message>
    <message>
        <source>%1: %2 closed</source>
        <translation>%1: %2 closed</translation>
    </message>
    <message>
        <source>No office in the municipality at any date of the timeline.</source>
        <translation>No office in the municipality at any date of the timeline.</translation>
    </message>
</context>
<context>
    <name>sk::NearestOfficesModel</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>NNE</source>
        <translation>NNE</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>NE</translation>
    </message>
    <message>
        <source>ENE</source>
        <translation>ENE</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>ESE</source>
        <translation>ESE</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>SE</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>SSE</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>SSW</source>
        <translation>SSW</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>SW</translation>
    </message>
    <message>
        <source>WSW</source>
        <translation>WSW</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>WNW</source>
        <translation>WNW</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>NW</translation>
    </message>
    <message>
        <source>NNW</source>
        <translation>NNW</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1° %2</source>
        <translation>%1° %2</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Bearing</source>
        <translation>Bearing</translation>
    </message>
</context>
<context>
    <name>sk::NearestOfficesPanel</name>
    <message>
        <source>Locality, municipality or coordinate</source>
        <translation>Locality, municipality or coordinate</translation>
    </message>
    <message>
        <source>For example Pajala, Malmö, 65.83, 23.17, 65°49.8&apos;N 23°10.2&apos;E or E 700000 N 7300000 (SWEREF 99 TM)</source>
        <translation>For example Pajala, Malmö, 65.83, 23.17, 65°49.8&apos;N 23°10.2&apos;E or E 700000 N 7300000 (SWEREF 99 TM)</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Pick on map</translation>
    </message>
    <message>
        <source>Click a place on the map</source>
        <translation>Click a place on the map</translation>
    </message>
    <message>
        <source>Follow my position</source>
        <translation>Follow my position</translation>
    </message>
    <message>
        <source>Use this computer&apos;s position source</source>
        <translation>Use this computer&apos;s position source</translation>
    </message>
    <message>
        <source>This computer offers no position source</source>
        <translation>This computer offers no position source</translation>
    </message>
    <message>
        <source>Replay NMEA log…</source>
        <translation>Replay NMEA log…</translation>
    </message>
    <message>
        <source>Follow the positions recorded in an NMEA file, at their own pace</source>
        <translation>Follow the positions recorded in an NMEA file, at their own pace</translation>
    </message>
    <message>
        <source>Distances are along the Earth&apos;s surface (great circle), as the crow flies, not travel distances. Bearings are from the place to the office, clockwise from north.</source>
        <translation>Distances are along the Earth&apos;s surface (great circle), as the crow flies, not travel distances. Bearings are from the place to the office, clockwise from north.</translation>
    </message>
    <message>
        <source>position from %1</source>
        <translation>position from %1</translation>
    </message>
    <message>
        <source>Following stopped: %1</source>
        <translation>Following stopped: %1</translation>
    </message>
    <message>
        <source>picked point %1, %2</source>
        <translation>picked point %1, %2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1: no office is open on %2.</source>
        <translation>%1: no office is open on %2.</translation>
    </message>
    <message>
        <source>%1 — offices open on %2:</source>
        <translation>%1 — offices open on %2:</translation>
    </message>
    <message>
        <source>Stopped following the position.</source>
        <translation>Stopped following the position.</translation>
    </message>
    <message>
        <source>Waiting for a position from %1…</source>
        <translation>Waiting for a position from %1…</translation>
    </message>
    <message>
        <source>Replay NMEA log</source>
        <translation>Replay NMEA log</translation>
    </message>
    <message>
        <source>NMEA logs (*.nmea *.txt *.log);;All files (*)</source>
        <translation>NMEA logs (*.nmea *.txt *.log);;All files (*)</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>Replaying %1…</translation>
    </message>
</context>
<context>
    <name>sk::NotesPanel</name>
    <message>
        <source>Briefing notes</source>
        <translation>Briefing notes</translation>
    </message>
</context>
<context>
    <name>sk::OfficeDetailsPanel</name>
    <message>
        <source>Office details</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>Click an office on the map, or search for one, to see its details here.</source>
        <translation>Click an office on the map, or search for one, to see its details here.</translation>
    </message>
    <message>
        <source>Yes, named as a target by the government or Statens servicecenter</source>
        <translation>Yes, named as a target by the government or Statens servicecenter</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Status on %1</source>
        <translation>Status on %1</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Phase %1 (%2)</source>
        <translation>Phase %1 (%2)</translation>
    </message>
    <message>
        <source>Existing network</source>
        <translation>Existing network</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Municipality code</translation>
    </message>
    <message>
        <source>Socially vulnerable area</source>
        <translation>Socially vulnerable area</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>%1 (%2 N, %3 E)</source>
        <translation>%1 (%2 N, %3 E)</translation>
    </message>
    <message>
        <source>district centre, approximate</source>
        <translation>district centre, approximate</translation>
    </message>
    <message>
        <source>town centre, approximate</source>
        <translation>town centre, approximate</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Försäkringskassan, Pensionsmyndigheten, Skatteverket; Arbetsförmedlingen (services of the whole network, not confirmed per office)</source>
        <translation>Försäkringskassan, Pensionsmyndigheten, Skatteverket; Arbetsförmedlingen (services of the whole network, not confirmed per office)</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Unverified.</source>
        <translation>Unverified.</translation>
    </message>
    <message>
        <source>No source was found for this office; the row rests on the compiler&apos;s background knowledge only.</source>
        <translation>No source was found for this office; the row rests on the compiler&apos;s background knowledge only.</translation>
    </message>
</context>
<context>
    <name>sk::OfficeDifferenceModel</name>
    <message>
        <source>Only in A</source>
        <translation>Only in A</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>Only in B</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>moved %1 km</source>
        <translation>moved %1 km</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>opening date</source>
        <translation>opening date</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>closing date</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>not in this office set</source>
        <translation>not in this office set</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>not yet decided</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>sk::OfficeEditDialog</name>
    <message>
        <source>New office</source>
        <translation>New office</translation>
    </message>
    <message>
        <source>Edit office %1</source>
        <translation>Edit office %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation>Being set up</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>empty: still open</source>
        <translation>empty: still open</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>addresses of sources, separated by spaces</source>
        <translation>addresses of sources, separated by spaces</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Locality:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Status on 25 May 2021:</source>
        <translation>&amp;Status on 25 May 2021:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>&amp;Opened:</translation>
    </message>
    <message>
        <source>&amp;Closed:</source>
        <translation>&amp;Closed:</translation>
    </message>
    <message>
        <source>In or next to a socially &amp;vulnerable area:</source>
        <translation>In or next to a socially &amp;vulnerable area:</translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation>So&amp;urces:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>%1 (drag the office on the map to move it)</source>
        <translation>%1 (drag the office on the map to move it)</translation>
    </message>
    <message>
        <source>The office needs a name.</source>
        <translation>The office needs a name.</translation>
    </message>
    <message>
        <source>Choose a municipality from the list.</source>
        <translation>Choose a municipality from the list.</translation>
    </message>
    <message>
        <source>The office cannot close before it opens.</source>
        <translation>The office cannot close before it opens.</translation>
    </message>
    <message>
        <source>A planned office needs a phase of 1 or more.</source>
        <translation>A planned office needs a phase of 1 or more.</translation>
    </message>
    <message>
        <source>Phase N opens during the year %1 + N; phase %2 and later are rounds after the two ordered.</source>
        <translation>Phase N opens during the year %1 + N; phase %2 and later are rounds after the two ordered.</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM, YYYY-MM-DD or an interval such as 2022/2023; empty: by its phase</source>
        <translation>YYYY, YYYY-MM, YYYY-MM-DD or an interval such as 2022/2023; empty: by its phase</translation>
    </message>
    <message>
        <source>Opened &apos;%1&apos; is not a date: %2.</source>
        <translation>Opened &apos;%1&apos; is not a date: %2.</translation>
    </message>
    <message>
        <source>Closed &apos;%1&apos; is not a date: %2.</source>
        <translation>Closed &apos;%1&apos; is not a date: %2.</translation>
    </message>
</context>
<context>
    <name>sk::OfficeFilterPanel</name>
    <message>
        <source>Show all offices</source>
        <translation>Show all offices</translation>
    </message>
    <message>
        <source>Status at the date</source>
        <translation>Status at the date</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>All counties</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>County:</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>In or next to one</source>
        <translation>In or next to one</translation>
    </message>
    <message>
        <source>Not in one</source>
        <translation>Not in one</translation>
    </message>
    <message>
        <source>Socially vulnerable area:</source>
        <translation>Socially vulnerable area:</translation>
    </message>
    <message>
        <source>Verified by a source</source>
        <translation>Verified by a source</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Unverified</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Before the expansion</source>
        <translation>Before the expansion</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
</context>
<context>
    <name>sk::OfficeImporter</name>
    <message>
        <source>%1: the shapefile&apos;s table %2 is missing; copy it next to the .shp file</source>
        <translation>%1: the shapefile&apos;s table %2 is missing; copy it next to the .shp file</translation>
    </message>
    <message>
        <source>%1: is a GeoJSON %2, not a FeatureCollection of offices</source>
        <translation>%1: is a GeoJSON %2, not a FeatureCollection of offices</translation>
    </message>
    <message>
        <source>object without a type</source>
        <translation>object without a type</translation>
    </message>
    <message>
        <source>no position: the feature has no point geometry</source>
        <translation>no position: the feature has no point geometry</translation>
    </message>
    <message>
        <source>the layer has no coordinate system, and x %1, y %2 are not longitude and latitude; save the file with its coordinate system (e.g. EPSG:3006)</source>
        <translation>the layer has no coordinate system, and x %1, y %2 are not longitude and latitude; save the file with its coordinate system (e.g. EPSG:3006)</translation>
    </message>
    <message>
        <source>the point x %1, y %2 cannot be converted to WGS 84</source>
        <translation>the point x %1, y %2 cannot be converted to WGS 84</translation>
    </message>
    <message>
        <source>the point at lat %1, lon %2 lies outside Sweden</source>
        <translation>the point at lat %1, lon %2 lies outside Sweden</translation>
    </message>
    <message>
        <source>no position: %1 and %2 are empty and there is no point geometry</source>
        <translation>no position: %1 and %2 are empty and there is no point geometry</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 &apos;%2&apos; is not a number</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 are SWEREF 99 TM metres, not degrees; choose easting and northing</source>
        <translation>%1 %2, %3 %4 are SWEREF 99 TM metres, not degrees; choose easting and northing</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 is not a position on Earth</source>
        <translation>%1 %2, %3 %4 is not a position on Earth</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 lies outside Sweden; latitude and longitude look swapped</source>
        <translation>%1 %2, %3 %4 lies outside Sweden; latitude and longitude look swapped</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 lies outside Sweden</source>
        <translation>%1 %2, %3 %4 lies outside Sweden</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 lies outside Sweden; easting and northing look swapped</source>
        <translation>%1 %2, %3 %4 lies outside Sweden; easting and northing look swapped</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 look like latitude and longitude in degrees, not SWEREF 99 TM metres</source>
        <translation>%1 %2, %3 %4 look like latitude and longitude in degrees, not SWEREF 99 TM metres</translation>
    </message>
    <message>
        <source>%1: has %2 rows; more than %3 is not an office list this program imports</source>
        <translation>%1: has %2 rows; more than %3 is not an office list this program imports</translation>
    </message>
    <message>
        <source>%1: contains no offices</source>
        <translation>%1: contains no offices</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: missing column(s): %2</source>
        <translation>%1: missing column(s): %2</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has no point geometry; choose coordinate columns</source>
        <translation>%1: layer &apos;%2&apos; has no point geometry; choose coordinate columns</translation>
    </message>
    <message>
        <source>%1: choose a column for the municipality code, or import with the reference data so that the nearest municipality seat gives it</source>
        <translation>%1: choose a column for the municipality code, or import with the reference data so that the nearest municipality seat gives it</translation>
    </message>
    <message>
        <source>id is empty</source>
        <translation>id is empty</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is already used on %2</source>
        <translation>id &apos;%1&apos; is already used on %2</translation>
    </message>
    <message>
        <source>name is empty</source>
        <translation>name is empty</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a four-digit municipality code</source>
        <translation>%1 &apos;%2&apos; is not a four-digit municipality code</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not the code of a Swedish municipality</source>
        <translation>%1 &apos;%2&apos; is not the code of a Swedish municipality</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of open, establishing, planned</source>
        <translation>%1 &apos;%2&apos; is not one of open, establishing, planned</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number from 0 to 9</source>
        <translation>%1 &apos;%2&apos; is not a whole number from 0 to 9</translation>
    </message>
    <message>
        <source>a planned office needs a phase of 1 or more</source>
        <translation>a planned office needs a phase of 1 or more</translation>
    </message>
    <message>
        <source>closed %1 is before opened %2</source>
        <translation>closed %1 is before opened %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of yes, no, unknown</source>
        <translation>%1 &apos;%2&apos; is not one of yes, no, unknown</translation>
    </message>
    <message>
        <source>less than 1 m from &apos;%1&apos; on %2: two offices at one position</source>
        <translation>less than 1 m from &apos;%1&apos; on %2: two offices at one position</translation>
    </message>
    <message>
        <source>%1: has %2 layers; reading layer &apos;%3&apos; (number %4), the one with the most office columns</source>
        <translation>%1: has %2 layers; reading layer &apos;%3&apos; (number %4), the one with the most office columns</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 lies outside Sweden (SWEREF 99 TM: easting %5–%6, northing %7–%8)</source>
        <translation>%1 %2, %3 %4 lies outside Sweden (SWEREF 99 TM: easting %5–%6, northing %7–%8)</translation>
    </message>
    <message>
        <source>the point at lat %1, lon %2</source>
        <translation>the point at lat %1, lon %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date, at character %3: %4 (EDTF: YYYY, YYYY-21…24 for a season, YYYY-MM, YYYY-MM-DD, or A/B of these with &apos;..&apos; for an open end)</source>
        <translation>%1 &apos;%2&apos; is not a date, at character %3: %4 (EDTF: YYYY, YYYY-21…24 for a season, YYYY-MM, YYYY-MM-DD, or A/B of these with &apos;..&apos; for an open end)</translation>
    </message>
</context>
<context>
    <name>sk::OfficeTableModel</name>
    <message>
        <source>Sourced</source>
        <translation>Sourced</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Unverified</translation>
    </message>
    <message>
        <source>No source: this row rests on the compiler&apos;s background knowledge only.</source>
        <translation>No source: this row rests on the compiler&apos;s background knowledge only.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>sk::OfficeText</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation>Being set up</translation>
    </message>
    <message>
        <source>Planned, phase 1</source>
        <translation>Planned, phase 1</translation>
    </message>
    <message>
        <source>Planned, phase 2</source>
        <translation>Planned, phase 2</translation>
    </message>
    <message>
        <source>Planned, later phase</source>
        <translation>Planned, later phase</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Not yet decided</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>during %1</source>
        <translation>during %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>before June 2019 (date not in the data)</source>
        <translation>before June 2019 (date not in the data)</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>opens %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>closes %1</translation>
    </message>
    <message>
        <source>spring %1</source>
        <translation>spring %1</translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation>summer %1</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>autumn %1</translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation>winter %1</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 or later</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>from %1 on</translation>
    </message>
    <message>
        <source>during %1 or %2</source>
        <translation>during %1 or %2</translation>
    </message>
    <message>
        <source>during %1–%2</source>
        <translation>during %1–%2</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>between %1 and %2</translation>
    </message>
</context>
<context>
    <name>sk::PartialDate</name>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>a second &apos;/&apos;: an interval has exactly two sides</source>
        <translation>a second &apos;/&apos;: an interval has exactly two sides</translation>
    </message>
    <message>
        <source>an empty side (an unknown end) is not supported; write &apos;..&apos; for an open end</source>
        <translation>an empty side (an unknown end) is not supported; write &apos;..&apos; for an open end</translation>
    </message>
    <message>
        <source>both ends of the interval are open</source>
        <translation>both ends of the interval are open</translation>
    </message>
    <message>
        <source>the interval ends before it begins</source>
        <translation>the interval ends before it begins</translation>
    </message>
    <message>
        <source>uncertain or approximate dates (&apos;?&apos;, &apos;~&apos;, &apos;%&apos;) are not supported</source>
        <translation>uncertain or approximate dates (&apos;?&apos;, &apos;~&apos;, &apos;%&apos;) are not supported</translation>
    </message>
    <message>
        <source>times are not supported: a day at most</source>
        <translation>times are not supported: a day at most</translation>
    </message>
    <message>
        <source>unspecified digits (&apos;X&apos;) are not supported</source>
        <translation>unspecified digits (&apos;X&apos;) are not supported</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;: expected %2</source>
        <translation>unexpected &apos;%1&apos;: expected %2</translation>
    </message>
    <message>
        <source>the date ends early: expected %1</source>
        <translation>the date ends early: expected %1</translation>
    </message>
    <message>
        <source>signed years are not supported</source>
        <translation>signed years are not supported</translation>
    </message>
    <message>
        <source>years written with &apos;Y&apos; (more than four digits) are not supported</source>
        <translation>years written with &apos;Y&apos; (more than four digits) are not supported</translation>
    </message>
    <message>
        <source>four digits of a year</source>
        <translation>four digits of a year</translation>
    </message>
    <message>
        <source>year %1 is outside %2–%3</source>
        <translation>year %1 is outside %2–%3</translation>
    </message>
    <message>
        <source>&apos;-&apos; after the year</source>
        <translation>&apos;-&apos; after the year</translation>
    </message>
    <message>
        <source>two digits of a month or season</source>
        <translation>two digits of a month or season</translation>
    </message>
    <message>
        <source>a season has no day</source>
        <translation>a season has no day</translation>
    </message>
    <message>
        <source>the end of the date</source>
        <translation>the end of the date</translation>
    </message>
    <message>
        <source>season code %1 (EDTF level 2) is not supported; spring to winter are 21–24</source>
        <translation>season code %1 (EDTF level 2) is not supported; spring to winter are 21–24</translation>
    </message>
    <message>
        <source>there is no month %1</source>
        <translation>there is no month %1</translation>
    </message>
    <message>
        <source>&apos;-&apos; after the month</source>
        <translation>&apos;-&apos; after the month</translation>
    </message>
    <message>
        <source>two digits of a day</source>
        <translation>two digits of a day</translation>
    </message>
    <message>
        <source>%1-%2 has no day %3</source>
        <translation>%1-%2 has no day %3</translation>
    </message>
</context>
<context>
    <name>sk::PlaceLookup</name>
    <message>
        <source>no place given: type a locality, a municipality or a coordinate</source>
        <translation>no place given: type a locality, a municipality or a coordinate</translation>
    </message>
    <message>
        <source>%1 (seat of %2)</source>
        <translation>%1 (seat of %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a locality nor a municipality in the reference tables, nor a coordinate</source>
        <translation>&apos;%1&apos; is neither a locality nor a municipality in the reference tables, nor a coordinate</translation>
    </message>
</context>
<context>
    <name>sk::PopulationModel</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1: contains no layer</source>
        <translation>%1: contains no layer</translation>
    </message>
    <message>
        <source>%1: no population field &apos;%2&apos;; the fields are: %3</source>
        <translation>%1: no population field &apos;%2&apos;; the fields are: %3</translation>
    </message>
    <message>
        <source>%1: the layer has no coordinate reference system</source>
        <translation>%1: the layer has no coordinate reference system</translation>
    </message>
    <message>
        <source>%1: cannot transform from %2 to SWEREF 99 TM</source>
        <translation>%1: cannot transform from %2 to SWEREF 99 TM</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>feature %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; is empty</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: &apos;%2&apos;</source>
        <translation>&apos;%1&apos; is not a number: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative: %2</source>
        <translation>&apos;%1&apos; is negative: %2</translation>
    </message>
    <message>
        <source>has no geometry</source>
        <translation>has no geometry</translation>
    </message>
    <message>
        <source>geometry type %1 is neither a point nor a polygon</source>
        <translation>geometry type %1 is neither a point nor a polygon</translation>
    </message>
    <message>
        <source>coordinates cannot be transformed from %1 to SWEREF 99 TM; is the CRS right?</source>
        <translation>coordinates cannot be transformed from %1 to SWEREF 99 TM; is the CRS right?</translation>
    </message>
    <message>
        <source>has no centroid: %1</source>
        <translation>has no centroid: %1</translation>
    </message>
    <message>
        <source>lies outside Sweden in SWEREF 99 TM (%1, %2 after reprojection from %3); is the CRS right?</source>
        <translation>lies outside Sweden in SWEREF 99 TM (%1, %2 after reprojection from %3); is the CRS right?</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: %n more problem not listed</numerusform>
            <numerusform>%1: %n more problems not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the layer has no features</source>
        <translation>%1: the layer has no features</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, more than the %L3 people any one place in Sweden could hold</source>
        <translation>&apos;%1&apos; is %2, more than the %L3 people any one place in Sweden could hold</translation>
    </message>
    <message>
        <source>%1, line %2: %3; the file is refused, not read in part</source>
        <translation>%1, line %2: %3; the file is refused, not read in part</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; adds up to %L3 people, more than the %L4 a layer of Sweden could hold</source>
        <translation>%1: &apos;%2&apos; adds up to %L3 people, more than the %L4 a layer of Sweden could hold</translation>
    </message>
</context>
<context>
    <name>sk::PopulationSource</name>
    <message>
        <source>Open &amp;population layer…</source>
        <translation>Open &amp;population layer…</translation>
    </message>
    <message>
        <source>Open population layer</source>
        <translation>Open population layer</translation>
    </message>
    <message>
        <source>Population layers (%1);;All files (*)</source>
        <translation>Population layers (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Population field</translation>
    </message>
    <message>
        <source>Name of the field that holds the number of people:</source>
        <translation>Name of the field that holds the number of people:</translation>
    </message>
    <message>
        <source>Population layer not loaded</source>
        <translation>Population layer not loaded</translation>
    </message>
    <message>
        <source>%1 could not be used; coverage keeps the population it had.</source>
        <translation>%1 could not be used; coverage keeps the population it had.</translation>
    </message>
    <message>
        <source>Coverage now uses %1 (%2 people)</source>
        <translation>Coverage now uses %1 (%2 people)</translation>
    </message>
</context>
<context>
    <name>sk::PositionFollower</name>
    <message>
        <source>This computer offers no position source.</source>
        <translation>This computer offers no position source.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>access to the position was refused</source>
        <translation>access to the position was refused</translation>
    </message>
    <message>
        <source>the position source stopped</source>
        <translation>the position source stopped</translation>
    </message>
</context>
<context>
    <name>sk::PublishedCounts</name>
    <message>
        <source>%1: missing columns %2</source>
        <translation>%1: missing columns %2</translation>
    </message>
    <message>
        <source>date &apos;%1&apos;, character %2: %3</source>
        <translation>date &apos;%1&apos;, character %2: %3</translation>
    </message>
    <message>
        <source>precision &apos;%1&apos; does not match the date &apos;%2&apos;</source>
        <translation>precision &apos;%1&apos; does not match the date &apos;%2&apos;</translation>
    </message>
    <message>
        <source>offices &apos;%1&apos; is not a positive whole number</source>
        <translation>offices &apos;%1&apos; is not a positive whole number</translation>
    </message>
    <message>
        <source>municipalities &apos;%1&apos; is not a positive whole number</source>
        <translation>municipalities &apos;%1&apos; is not a positive whole number</translation>
    </message>
    <message>
        <source>a published count needs its source</source>
        <translation>a published count needs its source</translation>
    </message>
</context>
<context>
    <name>sk::ReferenceData</name>
    <message>
        <source>%1/%2 is not a position in Sweden</source>
        <translation>%1/%2 is not a position in Sweden</translation>
    </message>
    <message>
        <source>code, name or population is missing or malformed</source>
        <translation>code, name or population is missing or malformed</translation>
    </message>
    <message>
        <source>municipality code %1 appears twice</source>
        <translation>municipality code %1 appears twice</translation>
    </message>
    <message>
        <source>name or population is missing or malformed</source>
        <translation>name or population is missing or malformed</translation>
    </message>
</context>
<context>
    <name>sk::RegionHighlightPainter</name>
    <message>
        <source>FA region without an office (%1)</source>
        <translation>FA region without an office (%1)</translation>
    </message>
</context>
<context>
    <name>sk::ScenarioController</name>
    <message>
        <source>&amp;New scenario from official data</source>
        <translation>&amp;New scenario from official data</translation>
    </message>
    <message>
        <source>Start a what-if scenario from the offices shown now</source>
        <translation>Start a what-if scenario from the offices shown now</translation>
    </message>
    <message>
        <source>Open sc&amp;enario…</source>
        <translation>Open sc&amp;enario…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <source>Scenarios (%1)</source>
        <translation>Scenarios (%1)</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>&amp;Save scenario</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Save scenario &amp;as…</translation>
    </message>
    <message>
        <source>E&amp;xport scenario…</source>
        <translation>E&amp;xport scenario…</translation>
    </message>
    <message>
        <source>Write the scenario&apos;s offices as GeoJSON, CSV, KML or GeoPackage</source>
        <translation>Write the scenario&apos;s offices as GeoJSON, CSV, KML or GeoPackage</translation>
    </message>
    <message>
        <source>&amp;Close scenario</source>
        <translation>&amp;Close scenario</translation>
    </message>
    <message>
        <source>Show the official offices again</source>
        <translation>Show the official offices again</translation>
    </message>
    <message>
        <source>&amp;Import offices…</source>
        <translation>&amp;Import offices…</translation>
    </message>
    <message>
        <source>Open someone else&apos;s office list (CSV, GeoJSON, GeoPackage, KML, XLSX, Shapefile) as a new scenario</source>
        <translation>Open someone else&apos;s office list (CSV, GeoJSON, GeoPackage, KML, XLSX, Shapefile) as a new scenario</translation>
    </message>
    <message>
        <source>Import offices</source>
        <translation>Import offices</translation>
    </message>
    <message>
        <source>Office lists (%1);;All files (*)</source>
        <translation>Office lists (%1);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>&amp;Rename scenario…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Edit on map</source>
        <translation>&amp;Edit on map</translation>
    </message>
    <message>
        <source>Click the map to add an office, drag an office to move it, Delete removes the selected office, double-click edits it</source>
        <translation>Click the map to add an office, drag an office to move it, Delete removes the selected office, double-click edits it</translation>
    </message>
    <message>
        <source>New scenario from %1: edit it on the map (Ctrl+Shift+E) or add suggested places</source>
        <translation>New scenario from %1: edit it on the map (Ctrl+Shift+E) or add suggested places</translation>
    </message>
    <message>
        <source>Scenario not opened</source>
        <translation>Scenario not opened</translation>
    </message>
    <message>
        <source>%1 could not be opened; nothing was changed.</source>
        <translation>%1 could not be opened; nothing was changed.</translation>
    </message>
    <message>
        <source>Opened scenario %1</source>
        <translation>Opened scenario %1</translation>
    </message>
    <message>
        <source>Offices not imported</source>
        <translation>Offices not imported</translation>
    </message>
    <message>
        <source>%1 holds no office that could be used; nothing was changed.</source>
        <translation>%1 holds no office that could be used; nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n office(s) from %1 as a new scenario</source>
        <translation>
            <numerusform>Imported %n office from %1 as a new scenario</numerusform>
            <numerusform>Imported %n offices from %1 as a new scenario</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario not saved</source>
        <translation>Scenario not saved</translation>
    </message>
    <message>
        <source>%1

The file on disk is unchanged; your work is still here.</source>
        <translation>%1

The file on disk is unchanged; your work is still here.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <source>%1

Any file there is unchanged; your work is still here.</source>
        <translation>%1

Any file there is unchanged; your work is still here.</translation>
    </message>
    <message>
        <source>Export scenario</source>
        <translation>Export scenario</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;CSV (*.csv);;KML (*.kml);;GeoPackage (*.gpkg)</source>
        <translation>GeoJSON (*.geojson);;CSV (*.csv);;KML (*.kml);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Scenario not exported</source>
        <translation>Scenario not exported</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Unsaved scenario</source>
        <translation>Unsaved scenario</translation>
    </message>
    <message>
        <source>The scenario “%1” has changes that are not saved. Save them first?</source>
        <translation>The scenario “%1” has changes that are not saved. Save them first?</translation>
    </message>
    <message>
        <source>Recover scenario</source>
        <translation>Recover scenario</translation>
    </message>
    <message>
        <source>Servicekarta did not close properly. The scenario “%1” was autosaved on %2.</source>
        <translation>Servicekarta did not close properly. The scenario “%1” was autosaved on %2.</translation>
    </message>
    <message>
        <source>Recover it now? Discarded autosaves cannot be brought back.</source>
        <translation>Recover it now? Discarded autosaves cannot be brought back.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Scenario not recovered</source>
        <translation>Scenario not recovered</translation>
    </message>
    <message>
        <source>Recovered scenario %1; save it to keep it</source>
        <translation>Recovered scenario %1; save it to keep it</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>An office must stand in Sweden; click on Swedish land to add one.</source>
        <translation>An office must stand in Sweden; click on Swedish land to add one.</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>New office</translation>
    </message>
    <message>
        <source>Added %1 to the scenario</source>
        <translation>Added %1 to the scenario</translation>
    </message>
    <message>
        <source>Scenario recovered</source>
        <translation>Scenario recovered</translation>
    </message>
    <message>
        <source>A scenario keeps at least one office; add another before deleting this one.</source>
        <translation>A scenario keeps at least one office; add another before deleting this one.</translation>
    </message>
    <message>
        <source>The scenario already has %L1 offices, as many as a scenario file can hold; remove one before adding another.</source>
        <translation>The scenario already has %L1 offices, as many as a scenario file can hold; remove one before adding another.</translation>
    </message>
</context>
<context>
    <name>sk::ScenarioDocument</name>
    <message>
        <source>The scenario has no file yet; choose one with Save As</source>
        <translation>The scenario has no file yet; choose one with Save As</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Untitled scenario</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <source>%1, saved %2</source>
        <translation>%1, saved %2</translation>
    </message>
    <message>
        <source>%1, changed since</source>
        <translation>%1, changed since</translation>
    </message>
</context>
<context>
    <name>sk::ScenarioEditCommand</name>
    <message>
        <source>Add office %1</source>
        <translation>Add office %1</translation>
    </message>
    <message>
        <source>Delete office %1</source>
        <translation>Delete office %1</translation>
    </message>
    <message>
        <source>Edit office %1</source>
        <translation>Edit office %1</translation>
    </message>
    <message>
        <source>Move office %1</source>
        <translation>Move office %1</translation>
    </message>
    <message>
        <source>Rename scenario to %1</source>
        <translation>Rename scenario to %1</translation>
    </message>
</context>
<context>
    <name>sk::ScenarioFile</name>
    <message>
        <source>Municipality: %1 (%2)</source>
        <translation>Municipality: %1 (%2)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Opening: %1</source>
        <translation>Opening: %1</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <source>cannot create column %1: %2</source>
        <translation>cannot create column %1: %2</translation>
    </message>
    <message>
        <source>cannot create the layer: %1</source>
        <translation>cannot create the layer: %1</translation>
    </message>
    <message numerus="yes">
        <source>simulated failure after %n office(s)</source>
        <translation>
            <numerusform>simulated failure after %n office</numerusform>
            <numerusform>simulated failure after %n offices</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write office %1: %2</source>
        <translation>cannot write office %1: %2</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>cannot commit: %1</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL has no %1 driver</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>cannot create: %1</translation>
    </message>
    <message>
        <source>read back %1 of %2 offices</source>
        <translation>read back %1 of %2 offices</translation>
    </message>
    <message>
        <source>the file would not open again: %1</source>
        <translation>the file would not open again: %1</translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation>%1: not saved: %2</translation>
    </message>
    <message>
        <source>%1: cannot export to this kind of file; use one of %2</source>
        <translation>%1: cannot export to this kind of file; use one of %2</translation>
    </message>
</context>
<context>
    <name>sk::SearchField</name>
    <message>
        <source>Search office or municipality…</source>
        <translation>Search office or municipality…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>sk::SearchIndex</name>
    <message>
        <source>office, %1</source>
        <translation>office, %1</translation>
    </message>
    <message>
        <source>municipality, %1</source>
        <translation>municipality, %1</translation>
    </message>
</context>
<context>
    <name>sk::SuggestionReport</name>
    <message>
        <source>only %1 of the %2 requested places bring anyone within %3 km who is not already within reach</source>
        <translation>only %1 of the %2 requested places bring anyone within %3 km who is not already within reach</translation>
    </message>
</context>
<context>
    <name>sk::SuggestionsPanel</name>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>&amp;Offices to suggest:</source>
        <translation>&amp;Offices to suggest:</translation>
    </message>
    <message>
        <source>Bring people &amp;within:</source>
        <translation>Bring people &amp;within:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>On:</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>People brought within</source>
        <translation>People brought within</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Double-click a place to add it to the scenario</source>
        <translation>Double-click a place to add it to the scenario</translation>
    </message>
    <message>
        <source>Add to scenario</source>
        <translation>Add to scenario</translation>
    </message>
    <message>
        <source>Working out the best places…</source>
        <translation>Working out the best places…</translation>
    </message>
    <message>
        <source>Where would the next offices bring the most people within reach? Choose how many and the distance, then press Suggest: each place is picked, one after the other, for the people it brings within that distance of an office open on the date, counting only those the offices and earlier picks do not reach already.</source>
        <translation>Where would the next offices bring the most people within reach? Choose how many and the distance, then press Suggest: each place is picked, one after the other, for the people it brings within that distance of an office open on the date, counting only those the offices and earlier picks do not reach already.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) would bring %1 more people within %2 km of an office (%3 within reach now, %4 % after).</source>
        <translation>
            <numerusform>%n place would bring %1 more people within %2 km of an office (%3 within reach now, %4 % after).</numerusform>
            <numerusform>%n places would bring %1 more people within %2 km of an office (%3 within reach now, %4 % after).</numerusform>
        </translation>
    </message>
    <message>
        <source>No other place brings anyone within %1 km who is not already within reach.</source>
        <translation>No other place brings anyone within %1 km who is not already within reach.</translation>
    </message>
</context>
<context>
    <name>sk::SwedishLand</name>
    <message>
        <source>lies on land outside Sweden</source>
        <translation>lies on land outside Sweden</translation>
    </message>
    <message>
        <source>lies in %1, not in Sweden</source>
        <translation>lies in %1, not in Sweden</translation>
    </message>
    <message>
        <source>lies %1 km from Swedish land</source>
        <translation>lies %1 km from Swedish land</translation>
    </message>
</context>
<context>
    <name>sk::TimelineSlider</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Phase %1 · %2</source>
        <translation>Phase %1 · %2</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Published: %n office(s), %1</source>
        <translation>
            <numerusform>Published: %n office, %1</numerusform>
            <numerusform>Published: %n offices, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The data: %1 (the published figure lies inside)</source>
        <translation>The data: %1 (the published figure lies inside)</translation>
    </message>
    <message>
        <source>The data: %1 (the published figure lies outside)</source>
        <translation>The data: %1 (the published figure lies outside)</translation>
    </message>
</context>
<context>
    <name>sk::TimelineWidget</name>
    <message>
        <source>Loop playback</source>
        <translation>Loop playback</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Step playback by month or from phase to phase</source>
        <translation>Step playback by month or from phase to phase</translation>
    </message>
    <message>
        <source>Step by</source>
        <translation>Step by</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Date shown</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sk::VectorLayerLoader</name>
    <message>
        <source>%1: layer &apos;%2&apos; has no coordinate reference system</source>
        <translation>%1: layer &apos;%2&apos; has no coordinate reference system</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos;: cannot transform from its CRS to SWEREF 99 TM</source>
        <translation>%1: layer &apos;%2&apos;: cannot transform from its CRS to SWEREF 99 TM</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos;, feature %3: coordinates cannot be transformed from %4 to SWEREF 99 TM; is the CRS right?</source>
        <translation>%1: layer &apos;%2&apos;, feature %3: coordinates cannot be transformed from %4 to SWEREF 99 TM; is the CRS right?</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos;, feature %3: geometry type %4 is neither polygons nor lines</source>
        <translation>%1: layer &apos;%2&apos;, feature %3: geometry type %4 is neither polygons nor lines</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has no features</source>
        <translation>%1: layer &apos;%2&apos; has no features</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; lies outside Sweden in SWEREF 99 TM (after reprojection from %3); is the CRS right?</source>
        <translation>%1: layer &apos;%2&apos; lies outside Sweden in SWEREF 99 TM (after reprojection from %3); is the CRS right?</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos;</source>
        <translation>%1: layer &apos;%2&apos;</translation>
    </message>
</context>
</TS>
