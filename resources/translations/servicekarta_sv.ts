<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>OfficeFilter</name>
    <message>
        <source>offices before the expansion</source>
        <translation>kontor från före utbyggnaden</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>etapp %1</translation>
    </message>
    <message>
        <source>in socially vulnerable areas</source>
        <translation>i socialt utsatta områden</translation>
    </message>
    <message>
        <source>outside socially vulnerable areas</source>
        <translation>utanför socialt utsatta områden</translation>
    </message>
    <message>
        <source>verified only</source>
        <translation>endast verifierade</translation>
    </message>
    <message>
        <source>unverified only</source>
        <translation>endast overifierade</translation>
    </message>
    <message>
        <source>--filter &apos;%1&apos; is not KEY=VALUE[,VALUE…] (keys: status, phase, county, vulnerable, verified)</source>
        <translation>--filter &apos;%1&apos; är inte NYCKEL=VÄRDE[,VÄRDE…] (nycklar: status, phase, county, vulnerable, verified)</translation>
    </message>
    <message>
        <source>--filter &apos;%1&apos;: &apos;%2&apos; is not %3</source>
        <translation>--filter &apos;%1&apos;: &apos;%2&apos; är inte %3</translation>
    </message>
    <message>
        <source>a status (%1)</source>
        <translation>en status (%1)</translation>
    </message>
    <message>
        <source>a phase number (0 for the offices before the expansion)</source>
        <translation>ett etappnummer (0 för kontoren från före utbyggnaden)</translation>
    </message>
    <message>
        <source>a county code (two digits, e.g. 25 for Norrbottens län)</source>
        <translation>en länskod (två siffror, t.ex. 25 för Norrbottens län)</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes eller no</translation>
    </message>
    <message>
        <source>--filter &apos;%1&apos;: unknown key &apos;%2&apos; (keys: status, phase, county, vulnerable, verified)</source>
        <translation>--filter &apos;%1&apos;: okänd nyckel &apos;%2&apos; (nycklar: status, phase, county, vulnerable, verified)</translation>
    </message>
</context>
<context>
    <name>ScenarioBandPainter</name>
    <message>
        <source>Scenario: %1 — not the official plan</source>
        <translation>Scenario: %1 – inte den officiella planen</translation>
    </message>
</context>
<context>
    <name>sk::AdminBoundaries</name>
    <message>
        <source>%1: no layer with municipality codes (a field named kommunkod or KnKod)</source>
        <translation>%1: inget lager med kommunkoder (ett fält med namnet kommunkod eller KnKod)</translation>
    </message>
</context>
<context>
    <name>sk::AtomicFileReplacement</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 finns inte</translation>
    </message>
    <message>
        <source>exists and is not a file</source>
        <translation>finns men är ingen fil</translation>
    </message>
    <message>
        <source>no free name for a temporary file in %1</source>
        <translation>inget ledigt namn för en tillfällig fil i %1</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>ingenting skrevs</translation>
    </message>
    <message>
        <source>cannot flush to disk: %1</source>
        <translation>kan inte skriva till disken: %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>kan inte ersätta filen: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kan inte skriva: %1</translation>
    </message>
</context>
<context>
    <name>sk::AutosaveStore</name>
    <message>
        <source>%1: cannot create the autosave folder</source>
        <translation>%1: kan inte skapa mappen för automatisk sparning</translation>
    </message>
    <message>
        <source>%1: cannot lock the autosave</source>
        <translation>%1: kan inte låsa den automatiskt sparade filen</translation>
    </message>
    <message>
        <source>%1: the session that wrote this autosave is still running</source>
        <translation>%1: sessionen som skrev den här automatiskt sparade filen körs fortfarande</translation>
    </message>
    <message>
        <source>%1: recovered, but it could not become this session&apos;s autosave</source>
        <translation>%1: återställd, men den kunde inte bli den här sessionens automatiskt sparade fil</translation>
    </message>
    <message>
        <source>%1: cannot delete the autosave</source>
        <translation>%1: kan inte ta bort den automatiskt sparade filen</translation>
    </message>
</context>
<context>
    <name>sk::BaseMap</name>
    <message>
        <source>%1: layer &apos;%2&apos; is missing</source>
        <translation>%1: lagret &apos;%2&apos; saknas</translation>
    </message>
</context>
<context>
    <name>sk::BriefingWindow</name>
    <message>
        <source>Servicekarta briefing</source>
        <translation>Servicekarta – presentation</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Talaranteckningar</translation>
    </message>
    <message>
        <source>→ / Page Down next step · ← / Page Up previous · Space play · S months/phases · D dark/light · N notes · Esc leave</source>
        <translation>→ / Page Down nästa steg · ← / Page Up föregående · Mellanslag spela upp · S månader/faser · D mörkt/ljust · N anteckningar · Esc avsluta</translation>
    </message>
    <message>
        <source>Presenter view: the notes are beside the map · N back to the audience view</source>
        <translation>Talarvy: anteckningarna står bredvid kartan · N tillbaka till publikvyn</translation>
    </message>
    <message>
        <source>State service offices — %1</source>
        <translation>Statliga servicekontor – %1</translation>
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
        <translation>namn</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>municipality code</source>
        <translation>kommunkod</translation>
    </message>
    <message>
        <source>county</source>
        <translation>län</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>ort</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
    <message>
        <source>easting</source>
        <translation>östlig koordinat</translation>
    </message>
    <message>
        <source>northing</source>
        <translation>nordlig koordinat</translation>
    </message>
    <message>
        <source>coordinate precision</source>
        <translation>koordinatnoggrannhet</translation>
    </message>
    <message>
        <source>status in May 2021</source>
        <translation>status i maj 2021</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>öppnat</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fas</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
    <message>
        <source>socially vulnerable area</source>
        <translation>socialt utsatt område</translation>
    </message>
    <message>
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <source>choose a column for the name</source>
        <translation>välj en kolumn för namnet</translation>
    </message>
    <message>
        <source>choose latitude and longitude, or easting and northing (SWEREF 99 TM)</source>
        <translation>välj latitud och longitud, eller östlig och nordlig koordinat (SWEREF 99 TM)</translation>
    </message>
    <message>
        <source>latitude and longitude need two different columns</source>
        <translation>latitud och longitud måste hämtas från två olika kolumner</translation>
    </message>
    <message>
        <source>choose easting and northing (SWEREF 99 TM), or latitude and longitude</source>
        <translation>välj östlig och nordlig koordinat (SWEREF 99 TM), eller latitud och longitud</translation>
    </message>
    <message>
        <source>easting and northing need two different columns</source>
        <translation>östlig och nordlig koordinat måste hämtas från två olika kolumner</translation>
    </message>
</context>
<context>
    <name>sk::ColumnMappingDialog</name>
    <message>
        <source>Import offices from %1</source>
        <translation>Importera kontor från %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n row(s)</source>
        <translation>
            <numerusform>%1 (%2), %n rad</numerusform>
            <numerusform>%1 (%2), %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>WGS 84 latitude and longitude (degrees)</source>
        <translation>WGS 84 latitud och longitud (grader)</translation>
    </message>
    <message>
        <source>SWEREF 99 TM easting and northing (metres)</source>
        <translation>SWEREF 99 TM östlig och nordlig koordinat (meter)</translation>
    </message>
    <message>
        <source>The features&apos; point geometry</source>
        <translation>Objektens punktgeometri</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Positions from:</source>
        <translation>Positioner från:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Still to choose:</source>
        <translation>Återstår att välja:</translation>
    </message>
    <message>
        <source>Nothing: the file can be imported.</source>
        <translation>Inget: filen kan importeras.</translation>
    </message>
</context>
<context>
    <name>sk::CommandLine</name>
    <message>
        <source>Map of Sweden&apos;s state service offices (statliga servicekontor) and their 2022–2023 rollout.</source>
        <translation>Karta över Sveriges statliga servicekontor och utbyggnaden 2022–2023.</translation>
    </message>
    <message>
        <source>Show or report this date (YYYY-MM-DD); may be repeated.</source>
        <translation>Visa eller rapportera detta datum (ÅÅÅÅ-MM-DD); kan anges flera gånger.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>Print a written briefing (Markdown) for every timeline step from --from to --to and exit.</source>
        <translation>Skriv ut en skriftlig sammanfattning (Markdown) för varje steg på tidslinjen från --from till --to och avsluta.</translation>
    </message>
    <message>
        <source>Language of --brief: sv or en (default).</source>
        <translation>Språk för --brief: sv eller en (standard).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>First date of --export-frames and --brief (default: start).</source>
        <translation>Första datum för --export-frames och --brief (standard: tidslinjens början).</translation>
    </message>
    <message>
        <source>Last date of --export-frames and --brief (default: end).</source>
        <translation>Sista datum för --export-frames och --brief (standard: tidslinjens slut).</translation>
    </message>
    <message>
        <source>Step of --export-frames and --brief: month (default) or phase.</source>
        <translation>Steg för --export-frames och --brief: month (månad, standard) eller phase (fas).</translation>
    </message>
    <message>
        <source>step</source>
        <translation>steg</translation>
    </message>
    <message>
        <source>Exported image size in pixels (default 1600x1200).</source>
        <translation>Storlek på exporterad bild i pixlar (standard 1600x1200).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Print the numbers for each --date and exit.</source>
        <translation>Skriv ut siffrorna för varje --date och avsluta.</translation>
    </message>
    <message>
        <source>With --report: how near people and municipalities are to an open office (JSON per date; CSV one row per municipality and date).</source>
        <translation>Med --report: hur nära ett öppet kontor invånare och kommuner har (JSON per datum; CSV en rad per kommun och datum).</translation>
    </message>
    <message>
        <source>With --report: FA regions (with the ones without an office) and counties (JSON per date; CSV one row per region and date: date, level, code, name, offices_open, municipalities_with_office, municipalities_total, population, people_within_&lt;km&gt;km…, share_within_&lt;km&gt;km…).</source>
        <translation>Med --report: FA-regioner (även de som saknar kontor) och län (JSON per datum; CSV en rad per region och datum: date, level, code, name, offices_open, municipalities_with_office, municipalities_total, population, people_within_&lt;km&gt;km…, share_within_&lt;km&gt;km…).</translation>
    </message>
    <message>
        <source>Report format: json (default) or csv.</source>
        <translation>Rapportformat: json (standard) eller csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Check the office list (the embedded one or --offices) against the reference tables and the rollout rules, print every finding and exit; exit code 1 when any is an error.</source>
        <translation>Kontrollera kontorslistan (den inbyggda eller --offices) mot referenstabellerna och reglerna för utbyggnaden, skriv ut varje iakttagelse och avsluta; slutkoden är 1 om någon av dem är ett fel.</translation>
    </message>
    <message>
        <source>Load this office list (CSV, GeoJSON or GeoPackage in the reference columns) instead of the embedded one.</source>
        <translation>Läs in den här kontorslistan (CSV, GeoJSON eller GeoPackage med referenskolumnerna) i stället för den inbyggda.</translation>
    </message>
    <message>
        <source>Open official municipality/county boundaries from this file.</source>
        <translation>Öppna officiella kommun- och länsgränser från den här filen.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>oväntat argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--%1 &apos;%2&apos; är inget datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>--step &apos;%1&apos; is not month or phase</source>
        <translation>--step &apos;%1&apos; är varken month eller phase</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 ligger före --from %2</translation>
    </message>
    <message>
        <source>--lang &apos;%1&apos; is not sv or en</source>
        <translation>--lang &apos;%1&apos; är varken sv eller en</translation>
    </message>
    <message>
        <source>--coverage and --regions cannot be combined; run them one after the other</source>
        <translation>--coverage och --regions kan inte kombineras; kör dem efter varandra</translation>
    </message>
    <message>
        <source>--coverage and --regions go with --report</source>
        <translation>--coverage och --regions används tillsammans med --report</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not json or csv</source>
        <translation>--format &apos;%1&apos; är varken json eller csv</translation>
    </message>
    <message>
        <source>--size &apos;%1&apos; is not WIDTHxHEIGHT between 64 and 16384 pixels</source>
        <translation>--size &apos;%1&apos; är inte BREDDxHÖJD mellan 64 och 16384 pixlar</translation>
    </message>
    <message>
        <source>--export and --report need at least one --date YYYY-MM-DD</source>
        <translation>--export och --report kräver minst ett --date ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>--brief from %1 to %2: the range is empty</source>
        <translation>--brief från %1 till %2: intervallet är tomt</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>skrev %1</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3, info: %4</source>
        <translation>%1: fel: %2, varningar: %3, information: %4</translation>
    </message>
    <message>
        <source>wrote %1 frames (%2 to %3) to %4</source>
        <translation>skrev %1 bilder (%2 till %3) till %4</translation>
    </message>
    <message>
        <source>The population field of --population (default: population).</source>
        <translation>Fältet med folkmängd i --population (standard: population).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>With --report --coverage or --suggest: a population layer (OGR points or polygons) instead of the embedded model.</source>
        <translation>Med --report --coverage eller --suggest: ett befolkningslager (OGR-punkter eller -polygoner) i stället för den inbyggda modellen.</translation>
    </message>
    <message>
        <source>Print where N more offices would bring the most people within --within km of an office at the one --date (picked one after the other) and exit.</source>
        <translation>Skriv ut var N nya kontor skulle ge flest invånare ett kontor inom --within km på det enda --date (platserna väljs en i taget) och avsluta.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The distance of --suggest in km (default 20).</source>
        <translation>Avståndet för --suggest i km (standard 20).</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Load this scenario (a GeoPackage with a layer of offices in the reference columns) instead of the embedded office list.</source>
        <translation>Läs in det här scenariot (en GeoPackage-fil med ett kontorslager med referenskolumnerna) i stället för den inbyggda kontorslistan.</translation>
    </message>
    <message>
        <source>--offices and --scenario cannot be combined: both replace the office list</source>
        <translation>--offices och --scenario kan inte kombineras: båda ersätter kontorslistan</translation>
    </message>
    <message>
        <source>--scenario &apos;%1&apos; is not a GeoPackage (.gpkg)</source>
        <translation>--scenario &apos;%1&apos; är ingen GeoPackage-fil (.gpkg)</translation>
    </message>
    <message>
        <source>--suggest &apos;%1&apos; is not a number of offices from 1 to 200</source>
        <translation>--suggest &apos;%1&apos; är inte ett antal kontor från 1 till 200</translation>
    </message>
    <message>
        <source>--within goes with --suggest</source>
        <translation>--within används tillsammans med --suggest</translation>
    </message>
    <message>
        <source>--within &apos;%1&apos; is not a distance in km above 0 and at most 500</source>
        <translation>--within &apos;%1&apos; är inget avstånd i km över 0 och högst 500</translation>
    </message>
    <message>
        <source>--suggest needs exactly one --date YYYY-MM-DD: the date whose open offices it adds to</source>
        <translation>--suggest kräver exakt ett --date ÅÅÅÅ-MM-DD: det datum vars öppna kontor förslagen läggs till</translation>
    </message>
    <message>
        <source>--%1 %2 is after the data ends (%3)</source>
        <translation>--%1 %2 ligger efter datans slut (%3)</translation>
    </message>
    <message>
        <source>%1 to %2 has %3 steps, more than the %4 allowed</source>
        <translation>%1 till %2 har %3 steg, fler än de %4 som tillåts</translation>
    </message>
    <message>
        <source>Render the whole-Sweden map at --date to this file (.png, .jpg, .bmp, .pdf or .svg) and exit.</source>
        <translation>Rita kartan över hela Sverige vid --date till den här filen (.png, .jpg, .bmp, .pdf eller .svg) och avsluta.</translation>
    </message>
    <message>
        <source>Render one numbered PNG per timeline step into this folder and exit (at most %1 steps).</source>
        <translation>Rita en numrerad PNG per tidslinjesteg i den här mappen och avsluta (högst %1 steg).</translation>
    </message>
    <message>
        <source>With --report --coverage or --suggest and no --population: the embedded population model, dispersed (default: people spread over their localities and each municipality&apos;s land) or points (each locality and municipal remainder at one point).</source>
        <translation>Med --report --coverage eller --suggest utan --population: den inbyggda befolkningsmodellen, dispersed (standard: invånarna utspridda över sina tätorter och kommunens land) eller points (varje ort och kommunens övriga invånare i en punkt).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modell</translation>
    </message>
    <message>
        <source>Print the three offices open at the one --date (default: today) nearest a place: a locality, a municipality or a coordinate (65.83,23.17; 65°49.8&apos;N 23°10.2&apos;E; E 700000 N 7300000), with distance and bearing, and exit.</source>
        <translation>Skriv ut de tre kontor som är öppna det enda --date (standard: i dag) närmast en plats: en ort, en kommun eller en koordinat (65.83,23.17; 65°49.8&apos;N 23°10.2&apos;E; E 700000 N 7300000), med avstånd och riktning, och avsluta.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>With --export or --export-frames: a title drawn above the date.</source>
        <translation>Med --export eller --export-frames: en rubrik ovanför datumet.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>With --export or --export-frames: light (default) or dark.</source>
        <translation>Med --export eller --export-frames: light (standard) eller dark.</translation>
    </message>
    <message>
        <source>style</source>
        <translation>stil</translation>
    </message>
    <message>
        <source>With --export or --export-frames: the layers to draw, a comma list of %1 (default: %2).</source>
        <translation>Med --export eller --export-frames: lagren som ritas, en kommaseparerad lista av %1 (standard: %2).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>With --export or --export-frames: show only some offices, e.g. county=25, status=open,closed, phase=1,2, vulnerable=yes, verified=no; may be repeated (all must hold).</source>
        <translation>Med --export eller --export-frames: visa bara vissa kontor, t.ex. county=25, status=open,closed, phase=1,2, vulnerable=yes, verified=no; kan upprepas (alla villkor måste gälla).</translation>
    </message>
    <message>
        <source>term</source>
        <translation>villkor</translation>
    </message>
    <message>
        <source>--%1 is empty: give a file or folder name</source>
        <translation>--%1 är tomt: ange ett fil- eller mappnamn</translation>
    </message>
    <message>
        <source>--%1 %2 is before the data begins (%3)</source>
        <translation>--%1 %2 ligger före datans början (%3)</translation>
    </message>
    <message>
        <source>--population-model &apos;%1&apos; is not dispersed or points</source>
        <translation>--population-model &apos;%1&apos; är varken dispersed eller points</translation>
    </message>
    <message>
        <source>--population-model and --population cannot be combined: the layer is the model</source>
        <translation>--population-model och --population kan inte kombineras: lagret är modellen</translation>
    </message>
    <message>
        <source>--nearest needs a place: a locality, a municipality or a coordinate</source>
        <translation>--nearest behöver en plats: en ort, en kommun eller en koordinat</translation>
    </message>
    <message>
        <source>--report, --export, --export-frames, --brief, --check-data, --suggest and --nearest cannot be combined; run them one after the other</source>
        <translation>--report, --export, --export-frames, --brief, --check-data, --suggest och --nearest kan inte kombineras; kör dem en i taget</translation>
    </message>
    <message>
        <source>--nearest takes one --date YYYY-MM-DD (default: today)</source>
        <translation>--nearest tar ett --date ÅÅÅÅ-MM-DD (standard: i dag)</translation>
    </message>
    <message>
        <source>--%1 goes with --export or --export-frames</source>
        <translation>--%1 hör ihop med --export eller --export-frames</translation>
    </message>
    <message>
        <source>--style &apos;%1&apos; is not light or dark</source>
        <translation>--style &apos;%1&apos; är inte light eller dark</translation>
    </message>
    <message>
        <source>--layers: &apos;%1&apos; is not a layer (%2)</source>
        <translation>--layers: &apos;%1&apos; är inte ett lager (%2)</translation>
    </message>
    <message>
        <source>no office is open on %1</source>
        <translation>inget kontor är öppet %1</translation>
    </message>
</context>
<context>
    <name>sk::CompareView</name>
    <message>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Jämför:</translation>
    </message>
    <message>
        <source>Phase 1</source>
        <translation>Fas 1</translation>
    </message>
    <message>
        <source>Phase 2</source>
        <translation>Fas 2</translation>
    </message>
    <message>
        <source>Plan vs scenario</source>
        <translation>Plan mot scenario</translation>
    </message>
    <message>
        <source>The official plan at the end of 2021 and at the end of 2022</source>
        <translation>Den officiella planen i slutet av 2021 och i slutet av 2022</translation>
    </message>
    <message>
        <source>The official plan at the end of 2022 and at the end of 2023</source>
        <translation>Den officiella planen i slutet av 2022 och i slutet av 2023</translation>
    </message>
    <message>
        <source>The official plan and the scenario on the same date</source>
        <translation>Den officiella planen och scenariot på samma datum</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Täckning</translation>
    </message>
    <message>
        <source>Office set</source>
        <translation>Kontorsuppsättning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gå till %1</translation>
    </message>
    <message>
        <source>Official plan</source>
        <translation>Officiell plan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) differ.</source>
        <translation>
            <numerusform>%n kontor skiljer sig åt.</numerusform>
            <numerusform>%n kontor skiljer sig åt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipalities with an open office: %1 → %2.</source>
        <translation>Kommuner med öppet kontor: %1 → %2.</translation>
    </message>
    <message>
        <source>Gained: %1.</source>
        <translation>Får kontor: %1.</translation>
    </message>
    <message>
        <source>Lost: %1.</source>
        <translation>Mister kontor: %1.</translation>
    </message>
</context>
<context>
    <name>sk::ComparisonMeasuresModel</name>
    <message>
        <source>Offices open</source>
        <translation>Öppna kontor</translation>
    </message>
    <message>
        <source>Municipalities with an office</source>
        <translation>Kommuner med kontor</translation>
    </message>
    <message>
        <source>People within %1 km</source>
        <translation>Invånare inom %1 km</translation>
    </message>
    <message>
        <source>Share within %1 km</source>
        <translation>Andel inom %1 km</translation>
    </message>
    <message>
        <source>Median distance</source>
        <translation>Medianavstånd</translation>
    </message>
    <message>
        <source>Distance for 90% of people</source>
        <translation>Avstånd för 90 % av befolkningen</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 procentenheter</translation>
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
        <translation>Mått</translation>
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
        <translation>Förändring B − A</translation>
    </message>
</context>
<context>
    <name>sk::CoordinateParser</name>
    <message>
        <source>&apos;%1&apos; has two hemisphere letters</source>
        <translation>&apos;%1&apos; har två väderstrecksbokstäver</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: minutes and seconds must be below 60</source>
        <translation>&apos;%1&apos;: minuter och sekunder måste vara under 60</translation>
    </message>
    <message>
        <source>E %1, N %2 lies outside Sweden in SWEREF 99 TM</source>
        <translation>E %1, N %2 ligger utanför Sverige i SWEREF 99 TM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; gives %2 twice</source>
        <translation>&apos;%1&apos; anger %2 två gånger</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: in SWEREF 99 TM the northing has 7 digits and the easting 6</source>
        <translation>&apos;%1&apos;: i SWEREF 99 TM har nordkoordinaten 7 siffror och östkoordinaten 6</translation>
    </message>
    <message>
        <source>no coordinate given</source>
        <translation>ingen koordinat angiven</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coordinate: give latitude and longitude (65.83, 23.17 or 65°49.8&apos;N 23°10.2&apos;E) or SWEREF 99 TM (E 700000 N 7300000)</source>
        <translation>&apos;%1&apos; är ingen koordinat: ange latitud och longitud (65.83, 23.17 eller 65°49.8&apos;N 23°10.2&apos;E) eller SWEREF 99 TM (E 700000 N 7300000)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; gives two latitudes or two longitudes</source>
        <translation>&apos;%1&apos; anger två latituder eller två longituder</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: latitude must lie within ±90° and longitude within ±180°</source>
        <translation>&apos;%1&apos;: latituden måste ligga inom ±90° och longituden inom ±180°</translation>
    </message>
    <message>
        <source>%1, %2 lies outside Sweden; is it latitude first?</source>
        <translation>%1, %2 ligger utanför Sverige; står latituden först?</translation>
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
        <translation>Täckning över tidslinjen</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fas %1</translation>
    </message>
    <message>
        <source>Calculating coverage over the timeline…</source>
        <translation>Beräknar täckning över tidslinjen…</translation>
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
        <translation>Befolkning inom</translation>
    </message>
    <message>
        <source>Municipalities with an office (of %1)</source>
        <translation>Kommuner med kontor (av %1)</translation>
    </message>
    <message>
        <source>%1
%2 of people within 10 km, %3 within 20 km
%4 of %5 municipalities have an open office</source>
        <translation>%1
%2 av befolkningen inom 10 km, %3 inom 20 km
%4 av %5 kommuner har ett öppet kontor</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicerat</translation>
    </message>
    <message>
        <source>Offices open</source>
        <translation>Öppna kontor</translation>
    </message>
    <message>
        <source>%1–%2 offices open</source>
        <translation>%1–%2 kontor öppna</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) open</source>
        <translation>
            <numerusform>%n kontor öppet</numerusform>
            <numerusform>%n kontor öppna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published: %n office(s), %1</source>
        <translation>
            <numerusform>Publicerat: %n kontor, %1</numerusform>
            <numerusform>Publicerat: %n kontor, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n municipalities</source>
        <translation>
            <numerusform>i %n kommun</numerusform>
            <numerusform>i %n kommuner</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
</context>
<context>
    <name>sk::CoverageClasses</name>
    <message>
        <source>Office in the municipality</source>
        <translation>Kontor i kommunen</translation>
    </message>
    <message>
        <source>Up to %1 km</source>
        <translation>Upp till %1 km</translation>
    </message>
    <message>
        <source>Over %1 km</source>
        <translation>Över %1 km</translation>
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
        <translation>kan inte ersätta den befintliga filen</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL saknar drivrutin för %1</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>kan inte skapa: %1</translation>
    </message>
    <message>
        <source>cannot create the layer: %1</source>
        <translation>kan inte skapa lagret: %1</translation>
    </message>
    <message>
        <source>cannot create field %1: %2</source>
        <translation>kan inte skapa fältet %1: %2</translation>
    </message>
    <message>
        <source>cannot write municipality %1: %2</source>
        <translation>kan inte skriva kommunen %1: %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kan inte skriva: %1</translation>
    </message>
    <message>
        <source>a CSV file name must end in .csv</source>
        <translation>ett CSV-filnamn måste sluta på .csv</translation>
    </message>
    <message>
        <source>no office is open, so there is no distance to map</source>
        <translation>inget kontor är öppet, så det finns inga avstånd att visa på kartan</translation>
    </message>
</context>
<context>
    <name>sk::CoverageLayerPainter</name>
    <message>
        <source>Within %1 km of an open office</source>
        <translation>Inom %1 km från ett öppet kontor</translation>
    </message>
    <message>
        <source>Straight-line distance to the nearest open office</source>
        <translation>Avstånd fågelvägen till närmaste öppna kontor</translation>
    </message>
    <message>
        <source>From each municipality&apos;s seat; circle area shows its population.</source>
        <translation>Från varje kommuns centralort; cirkelns yta visar kommunens folkmängd.</translation>
    </message>
    <message>
        <source>From each municipality&apos;s seat.</source>
        <translation>Från varje kommuns centralort.</translation>
    </message>
    <message>
        <source>%1 % of people live within %2 km</source>
        <translation>%1 % av befolkningen bor inom %2 km</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 invånare</translation>
    </message>
    <message>
        <source>Every open office counts, not only those the filter shows.</source>
        <translation>Alla öppna kontor räknas, inte bara de som filtret visar.</translation>
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
        <translation>inget öppet kontor</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Calculating coverage…</source>
        <translation>Beräknar täckning…</translation>
    </message>
    <message>
        <source>Half of the people live within the median distance of an open office, nine in ten within the 90th percentile.</source>
        <translation>Hälften av befolkningen bor inom medianavståndet från ett öppet kontor, nio av tio inom 90:e percentilen.</translation>
    </message>
    <message>
        <source>People near an open office</source>
        <translation>Befolkning nära ett öppet kontor</translation>
    </message>
    <message>
        <source>Over the timeline</source>
        <translation>Över tidslinjen</translation>
    </message>
    <message>
        <source>What each phase added</source>
        <translation>Vad varje fas tillförde</translation>
    </message>
    <message>
        <source>Farthest from an open office</source>
        <translation>Längst från ett öppet kontor</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>Colour municipalities by distance on the map</source>
        <translation>Färglägg kommunerna efter avstånd på kartan</translation>
    </message>
    <message>
        <source>Rings around open offices:</source>
        <translation>Ringar runt öppna kontor:</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Ring radius</source>
        <translation>Ringens radie</translation>
    </message>
    <message>
        <source>&amp;Bands (km):</source>
        <translation>&amp;Avståndsklasser (km):</translation>
    </message>
    <message>
        <source>e.g. 5, 10, 20, 30, 50</source>
        <translation>t.ex. 5, 10, 20, 30, 50</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tillämpa</translation>
    </message>
    <message>
        <source>Filter by municipality, county or office</source>
        <translation>Filtrera på kommun, län eller kontor</translation>
    </message>
    <message>
        <source>Double-click a municipality to show it on the map</source>
        <translation>Dubbelklicka på en kommun för att visa den på kartan</translation>
    </message>
    <message>
        <source>Table (CSV)…</source>
        <translation>Tabell (CSV)…</translation>
    </message>
    <message>
        <source>The municipality table as CSV</source>
        <translation>Kommuntabellen som CSV</translation>
    </message>
    <message>
        <source>Export municipality table</source>
        <translation>Exportera kommuntabell</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Layer (GeoPackage)…</source>
        <translation>Lager (GeoPackage)…</translation>
    </message>
    <message>
        <source>Municipalities with their distances as a GeoPackage layer, in SWEREF 99 TM</source>
        <translation>Kommunerna med sina avstånd som GeoPackage-lager, i SWEREF 99 TM</translation>
    </message>
    <message>
        <source>Export coverage layer</source>
        <translation>Exportera täckningslager</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Distances (GeoTIFF)…</source>
        <translation>Avstånd (GeoTIFF)…</translation>
    </message>
    <message>
        <source>A 1 km grid of straight-line distances to the nearest open office, in SWEREF 99 TM</source>
        <translation>Ett rutnät på 1 km med avstånd fågelvägen till närmaste öppna kontor, i SWEREF 99 TM</translation>
    </message>
    <message>
        <source>Export distance raster</source>
        <translation>Exportera avståndsraster</translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>Enter at least one distance in km, e.g. 5, 10, 20.</source>
        <translation>Ange minst ett avstånd i km, t.ex. 5, 10, 20.</translation>
    </message>
    <message>
        <source>“%1” is not a distance in km. Separate distances with commas and use a point for decimals.</source>
        <translation>”%1” är inget avstånd i km. Skilj avstånden åt med kommatecken och använd punkt som decimaltecken.</translation>
    </message>
    <message>
        <source>Distances must be greater than zero (“%1”).</source>
        <translation>Avstånden måste vara större än noll (”%1”).</translation>
    </message>
    <message>
        <source>These bands cannot be used.</source>
        <translation>Dessa avståndsklasser kan inte användas.</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Den %1</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) open</source>
        <translation>
            <numerusform>%n kontor öppet</numerusform>
            <numerusform>%n kontor öppna</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 municipalities have an office</source>
        <translation>%1 av %2 kommuner har ett kontor</translation>
    </message>
    <message>
        <source>Within %1 km</source>
        <translation>Inom %1 km</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Invånare</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Median distance: %1 · 90th percentile: %2</source>
        <translation>Medianavstånd: %1 · 90:e percentilen: %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>till %1</translation>
    </message>
    <message>
        <source>Phase %1 (%2)</source>
        <translation>Fas %1 (%2)</translation>
    </message>
    <message>
        <source>%1 more people within %2 km of an open office.</source>
        <translation>%1 fler invånare inom %2 km från ett öppet kontor.</translation>
    </message>
    <message numerus="yes">
        <source>First office in %n municipality(s)</source>
        <translation>
            <numerusform>Första kontoret i %n kommun</numerusform>
            <numerusform>Första kontoret i %n kommuner</numerusform>
        </translation>
    </message>
    <message>
        <source>The data have no phases.</source>
        <translation>Underlaget innehåller inga faser.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>&lt;b&gt;points&lt;/b&gt; — SCB 2020 at GeoNames places (CC BY 4.0)</source>
        <translation>&lt;b&gt;points&lt;/b&gt; — SCB 2020 i GeoNames-orter (CC BY 4.0)</translation>
    </message>
    <message>
        <source>&lt;b&gt;dispersed&lt;/b&gt; — SCB 2020 spread over GeoNames places (CC BY 4.0) and each municipality&apos;s land</source>
        <translation>&lt;b&gt;dispersed&lt;/b&gt; — SCB 2020 utspritt över GeoNames-orter (CC BY 4.0) och varje kommuns land</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (your layer)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (ditt lager)</translation>
    </message>
    <message>
        <source>Distances are straight-line distances (SWEREF 99 TM), not travel times.&lt;br&gt;Population model: %1.</source>
        <translation>Avstånden är fågelvägen (SWEREF 99 TM), inte restider.&lt;br&gt;Befolkningsmodell: %1.</translation>
    </message>
</context>
<context>
    <name>sk::DataChecks</name>
    <message>
        <source>county &apos;%1&apos; is not the county of %2 %3, which is %4</source>
        <translation>länet &apos;%1&apos; stämmer inte med %2 %3, som ligger i %4</translation>
    </message>
    <message>
        <source>lies %1 km from %2, the seat of %3 %4 (more than %5 km): a wrong position or municipality code?</source>
        <translation>ligger %1 km från %2, centralort i %3 %4 (mer än %5 km): fel position eller kommunkod?</translation>
    </message>
    <message>
        <source>municipality_code %1 is not in the municipality table</source>
        <translation>municipality_code %1 finns inte i kommuntabellen</translation>
    </message>
    <message>
        <source>opened %1 is before phase %2 begins (%3)</source>
        <translation>opened %1 ligger före början av fas %2 (%3)</translation>
    </message>
    <message>
        <source>unverified: the row gives no source</source>
        <translation>overifierad: raden anger ingen källa</translation>
    </message>
    <message>
        <source>shares its position with %1 (%2 m apart): both stand at a town or district centre (coord_precision %3 and %4), as the data does where an office&apos;s own site is not known</source>
        <translation>delar position med %1 (%2 m från varandra): båda är placerade i ett orts- eller stadsdelscentrum (coord_precision %3 och %4), som underlaget gör när kontorets egen plats inte är känd</translation>
    </message>
    <message>
        <source>lies %1 m from %2: a duplicate row or a copied position?</source>
        <translation>ligger %1 m från %2: en dubblettrad eller en kopierad position?</translation>
    </message>
    <message>
        <source>published %1 offices (%2, %3) lies outside the data&apos;s %4 at that date</source>
        <translation>publicerade %1 kontor (%2, %3) ligger utanför datans %4 vid den tidpunkten</translation>
    </message>
    <message>
        <source>published %1 municipalities with an office (%2, %3) lies outside the data&apos;s %4 at that date</source>
        <translation>publicerade %1 kommuner med kontor (%2, %3) ligger utanför datans %4 vid den tidpunkten</translation>
    </message>
</context>
<context>
    <name>sk::DataQualityPanel</name>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datakvalitet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notering</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes. Double-click a row to show the office.</source>
        <translation>Fel: %1, varningar: %2, noteringar: %3. Dubbelklicka på en rad för att visa kontoret.</translation>
    </message>
</context>
<context>
    <name>sk::ExportDialog</name>
    <message>
        <source>Export map</source>
        <translation>Exportera karta</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-bild</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF-dokument (vektor)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG-grafik (vektor)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Bredd:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höjd:</translation>
    </message>
    <message>
        <source>Pixel ratio:</source>
        <translation>Pixelförhållande:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Pappersformat:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientering:</translation>
    </message>
    <message>
        <source>optional, drawn above the date</source>
        <translation>valfri, visas ovanför datumet</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-grafik (*.svg)</translation>
    </message>
</context>
<context>
    <name>sk::FeatureReader</name>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>text is not UTF-8 (save the file as UTF-8)</source>
        <translation>texten är inte UTF-8 (spara filen som UTF-8)</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; files over %3 MB are not read</source>
        <translation>%1: filen är %2 MB; filer över %3 MB läses inte</translation>
    </message>
    <message>
        <source>%1: contains no table or layer</source>
        <translation>%1: innehåller ingen tabell och inget lager</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>objekt %1</translation>
    </message>
    <message>
        <source>a quoted cell is never closed; the file looks cut off</source>
        <translation>en cell inom citattecken avslutas aldrig; filen ser avkortad ut</translation>
    </message>
    <message>
        <source>has %1 of the %2 cells of the header; the line is cut short</source>
        <translation>har %1 av rubrikradens %2 celler; raden är avkortad</translation>
    </message>
    <message>
        <source>%1: the type file %2 beside it would read %3 as numbers or dates, not as written; remove or rename %2</source>
        <translation>%1: typfilen %2 bredvid den skulle läsa %3 som tal eller datum, inte som det står skrivet; ta bort %2 eller byt namn på den</translation>
    </message>
    <message>
        <source>the file is refused, not read in part</source>
        <translation>filen avvisas i stället för att läsas in delvis</translation>
    </message>
    <message>
        <source>the file has %1 records, but only %2 could be read</source>
        <translation>filen har %1 poster, men bara %2 kunde läsas</translation>
    </message>
</context>
<context>
    <name>sk::FrameExportDialog</name>
    <message>
        <source>Also make an MP4 video with ffmpeg</source>
        <translation>Gör även en MP4-video med ffmpeg</translation>
    </message>
    <message>
        <source>Export frame sequence</source>
        <translation>Exportera bildsekvens</translation>
    </message>
    <message>
        <source>One frame per month</source>
        <translation>En bild per månad</translation>
    </message>
    <message>
        <source>One frame per phase boundary</source>
        <translation>En bild per fasgräns</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>ffmpeg is not installed; the PNG frames can be made into a video elsewhere.</source>
        <translation>ffmpeg är inte installerat; PNG-bilderna kan sättas ihop till en video i ett annat program.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Steg:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Bredd:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höjd:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Folder for the frames</source>
        <translation>Mapp för bilderna</translation>
    </message>
</context>
<context>
    <name>sk::FrameSequenceExporter</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: kan inte skapa mappen</translation>
    </message>
</context>
<context>
    <name>sk::GdalSupport</name>
    <message>
        <source>is a GDAL virtual dataset (VRT), which can point to other files; open the data itself</source>
        <translation>är en virtuell GDAL-datamängd (VRT), som kan peka på andra filer; öppna i stället själva datafilen</translation>
    </message>
    <message>
        <source>is a KML file with a NetworkLink to other files or web addresses, which are not followed</source>
        <translation>är en KML-fil med en NetworkLink till andra filer eller webbadresser, som inte följs</translation>
    </message>
    <message>
        <source>refers to other files or web addresses ($ref or href), which are not followed</source>
        <translation>hänvisar till andra filer eller webbadresser ($ref eller href), som inte följs</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>okänt fel</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: filen är tom</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: filen hittades inte</translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation>%1: filen kan inte läsas</translation>
    </message>
    <message>
        <source>%1: refused: the file %2</source>
        <translation>%1: avvisad: filen %2</translation>
    </message>
    <message>
        <source>the file looks damaged or cut off; it is not a readable %1 file (%2)</source>
        <translation>filen ser skadad eller avkortad ut; den är ingen läsbar %1-fil (%2)</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>känns inte igen</translation>
    </message>
    <message>
        <source>empty, or not a vector format this program reads (%1)</source>
        <translation>tom, eller inte ett vektorformat som programmet kan läsa (%1)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>%1: only local files can be opened</source>
        <translation>%1: endast lokala filer kan öppnas</translation>
    </message>
    <message>
        <source>the text is in UTF-16 (%1), which this program does not read; save the file as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation>texten är kodad i UTF-16 (%1), som programmet inte läser; spara filen som UTF-8 (i Excel: CSV UTF-8)</translation>
    </message>
</context>
<context>
    <name>sk::ImportReviewDialog</name>
    <message>
        <source>Review the import</source>
        <translation>Granska importen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported as they are.</source>
        <translation>
            <numerusform>%n rad kan inte importeras som den är.</numerusform>
            <numerusform>%n rader kan inte importeras som de är.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) are valid.</source>
        <translation>
            <numerusform>%n kontor är giltigt.</numerusform>
            <numerusform>%n kontor är giltiga.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notering</translation>
    </message>
    <message numerus="yes">
        <source>Import %n valid office(s)</source>
        <translation>
            <numerusform>Importera %n giltigt kontor</numerusform>
            <numerusform>Importera %n giltiga kontor</numerusform>
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
        <translation>kan inte läsas (%1)</translation>
    </message>
    <message>
        <source>cannot be counted (%1)</source>
        <translation>kan inte räknas (%1)</translation>
    </message>
    <message>
        <source>the layer holds %1 features, but only %2 could be read</source>
        <translation>lagret innehåller %1 objekt, men bara %2 kunde läsas</translation>
    </message>
    <message>
        <source>%1, feature %2: %3; the file is refused, not read in part</source>
        <translation>%1, objekt %2: %3; filen avvisas i stället för att läsas in delvis</translation>
    </message>
    <message>
        <source>%1: %2; the file is refused, not read in part</source>
        <translation>%1: %2; filen avvisas i stället för att läsas in delvis</translation>
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
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;offices…</source>
        <translation>Öppna &amp;kontorslista…</translation>
    </message>
    <message>
        <source>Open official &amp;boundaries…</source>
        <translation>Öppna officiella &amp;gränser…</translation>
    </message>
    <message>
        <source>&amp;Close boundaries</source>
        <translation>&amp;Stäng officiella gränser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Whole of Sweden</source>
        <translation>&amp;Hela Sverige</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Mörkt tema</translation>
    </message>
    <message>
        <source>&amp;Briefing mode</source>
        <translation>&amp;Presentationsläge</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Spela upp / pausa</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>&amp;Föregående månad</translation>
    </message>
    <message>
        <source>&amp;Next month</source>
        <translation>&amp;Nästa månad</translation>
    </message>
    <message>
        <source>Previous p&amp;hase boundary</source>
        <translation>F&amp;öregående fasgräns</translation>
    </message>
    <message>
        <source>Next ph&amp;ase boundary</source>
        <translation>Nästa f&amp;asgräns</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Början</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>S&amp;lut</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>&amp;Upprepa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Servicekarta</source>
        <translation>&amp;Om Servicekarta</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Alla kontor</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) from %1</source>
        <translation>
            <numerusform>%n kontor från %1</numerusform>
            <numerusform>%n kontor från %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Offices not loaded</source>
        <translation>Kontoren lästes inte in</translation>
    </message>
    <message>
        <source>%1 could not be used; the offices shown before are kept.</source>
        <translation>%1 kunde inte användas; de kontor som visades tidigare behålls.</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… och %n till</numerusform>
            <numerusform>
… och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>Läste in %1</translation>
    </message>
    <message>
        <source>Boundaries not loaded</source>
        <translation>Gränserna lästes inte in</translation>
    </message>
    <message>
        <source>Official boundaries from %1</source>
        <translation>Officiella gränser från %1</translation>
    </message>
    <message>
        <source>Open offices</source>
        <translation>Öppna kontorslista</translation>
    </message>
    <message>
        <source>Office lists (%1);;All files (*)</source>
        <translation>Kontorslistor (%1);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Open official boundaries</source>
        <translation>Öppna officiella gränser</translation>
    </message>
    <message>
        <source>Boundary files (%1);;All files (*)</source>
        <translation>Gränsfiler (%1);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Servicekarta.</source>
        <translation>Det nya språket används från nästa gång Servicekarta startas.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;[ ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous / next month&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Up / Page Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous / next phase boundary&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Home / Ctrl+End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;start / end of the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;On the timeline: ← → months, Home / End.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;On the map: arrows pan, + − zoom, Home shows all of Sweden, Esc clears the selection.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Mellanslag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;spela upp / pausa tidslinjen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;[ ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;föregående / nästa månad&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Up / Page Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;föregående / nästa fasgräns&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Home / Ctrl+End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;tidslinjens början / slut&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;På tidslinjen: ← → månader, Home / End.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;På kartan: piltangenterna panorerar, + − zoomar, Home visar hela Sverige, Esc avmarkerar.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sök&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>About Servicekarta</source>
        <translation>Om Servicekarta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Servicekarta %1&lt;/h3&gt;&lt;p&gt;The state&apos;s local service offices (statliga servicekontor) and their 2022–2023 expansion.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;&lt;br&gt;Offices: compiled from public sources (Statens servicecenter, the Government Offices, Riksrevisionen, local press), status in May 2021 and dates where found; rows without a source are marked unverified.&lt;br&gt;Municipalities and population: SCB, 31 December 2020 (CC0).&lt;br&gt;Places: GeoNames (geonames.org), CC BY 4.0.&lt;br&gt;Coastline, lakes and borders: GSHHG 2.3.7 and DCW-GMT (LGPL-3+), shipped as a separate, replaceable file.&lt;br&gt;Counties: Natural Earth (public domain).&lt;br&gt;Official boundaries you open (e.g. SCB Digitala gränser, CC0) stay in your file.&lt;/p&gt;&lt;p&gt;Distances are straight-line distances in SWEREF 99 TM, not travel times.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Servicekarta %1&lt;/h3&gt;&lt;p&gt;De statliga servicekontoren och utbyggnaden 2022–2023.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Underlag&lt;/b&gt;&lt;br&gt;Kontor: sammanställt ur offentliga källor (Statens servicecenter, Regeringskansliet, Riksrevisionen, lokalpress), status i maj 2021 samt datum där sådana har hittats; rader utan källa är markerade som overifierade.&lt;br&gt;Kommuner och befolkning: SCB, 31 december 2020 (CC0).&lt;br&gt;Orter: GeoNames (geonames.org), CC BY 4.0.&lt;br&gt;Kustlinje, sjöar och gränser: GSHHG 2.3.7 och DCW-GMT (LGPL-3+), levereras som en separat, utbytbar fil.&lt;br&gt;Län: Natural Earth (fri från upphovsrätt).&lt;br&gt;Officiella gränser som du själv öppnar (t.ex. SCB:s Digitala gränser, CC0) läses direkt från din fil.&lt;/p&gt;&lt;p&gt;Avstånden är raka avstånd fågelvägen i SWEREF 99 TM, inte restider.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>FA regions without an &amp;office</source>
        <translation>FA-regioner utan &amp;kontor</translation>
    </message>
    <message>
        <source>Highlight the functional analysis regions (FA15) that have no open office (SOU 2018:43: at least one office per FA region)</source>
        <translation>Markera de funktionella analysregioner (FA15) som saknar öppet kontor (SOU 2018:43: minst ett kontor per FA-region)</translation>
    </message>
    <message>
        <source>Briefing notes</source>
        <translation>Presentationsanteckningar</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datakvalitet</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Täckning</translation>
    </message>
    <message numerus="yes">
        <source>Data checks found %n error(s); see the Data quality panel.</source>
        <translation>
            <numerusform>Datakontrollen hittade %n fel; se panelen Datakvalitet.</numerusform>
            <numerusform>Datakontrollen hittade %n fel; se panelen Datakvalitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Jämför…</translation>
    </message>
    <message>
        <source>Two dates, or the official plan and the scenario, side by side</source>
        <translation>Två datum, eller den officiella planen och scenariot, sida vid sida</translation>
    </message>
    <message>
        <source>Suggest offices</source>
        <translation>Föreslå kontor</translation>
    </message>
    <message>
        <source>scenario “%1”</source>
        <translation>scenariot ”%1”</translation>
    </message>
    <message>
        <source>%1[*] — scenario — Servicekarta</source>
        <translation>%1[*] – scenario – Servicekarta</translation>
    </message>
    <message>
        <source>Compare — Servicekarta</source>
        <translation>Jämför – Servicekarta</translation>
    </message>
    <message>
        <source>Official offices now from %1; the scenario stays shown</source>
        <translation>De officiella kontoren hämtas nu från %1; scenariot visas fortfarande</translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation>Problem med data</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Place &amp;names</source>
        <translation>Orts&amp;namn</translation>
    </message>
    <message>
        <source>Names of towns and counties, and of offices when zoomed in</source>
        <translation>Namn på orter och län, och på kontor när du zoomar in</translation>
    </message>
    <message>
        <source>City &amp;insets</source>
        <translation>&amp;Infällda stadskartor</translation>
    </message>
    <message>
        <source>Stockholm, Göteborg and Malmö at a larger scale on the map of all Sweden</source>
        <translation>Stockholm, Göteborg och Malmö i större skala på kartan över hela Sverige</translation>
    </message>
    <message>
        <source>Nearest offices</source>
        <translation>Närmaste kontor</translation>
    </message>
</context>
<context>
    <name>sk::MapExportActions</name>
    <message>
        <source>&amp;Export map…</source>
        <translation>&amp;Exportera karta…</translation>
    </message>
    <message>
        <source>Export &amp;frame sequence…</source>
        <translation>Exportera &amp;bildsekvens…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Förhandsgranska utskrift…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporterade %1</translation>
    </message>
    <message>
        <source>Rendering frames…</source>
        <translation>Skapar bilder…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) written to %1</source>
        <translation>
            <numerusform>%n bild sparad i %1</numerusform>
            <numerusform>%n bilder sparade i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; video %1 made</source>
        <translation>; videon %1 har skapats</translation>
    </message>
    <message>
        <source>; ffmpeg failed, the frames are kept</source>
        <translation>; ffmpeg misslyckades, bilderna finns kvar</translation>
    </message>
</context>
<context>
    <name>sk::MapExporter</name>
    <message>
        <source>%1: cannot write image: %2</source>
        <translation>%1: kan inte skriva bilden: %2</translation>
    </message>
    <message>
        <source>Service offices</source>
        <translation>Servicekontor</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation>%1: kan inte skriva PDF-filen</translation>
    </message>
    <message>
        <source>Servicekarta map, %1</source>
        <translation>Karta från Servicekarta, %1</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG</source>
        <translation>%1: kan inte skriva SVG-filen</translation>
    </message>
    <message>
        <source>%1: cannot write a .%2 file; use .png, .jpg, .bmp, .pdf or .svg</source>
        <translation>%1: kan inte skriva en .%2-fil; använd .png, .jpg, .bmp, .pdf eller .svg</translation>
    </message>
</context>
<context>
    <name>sk::MapRenderer</name>
    <message numerus="yes">
        <source>%n office(s) open</source>
        <translation>
            <numerusform>%n kontor öppet</numerusform>
            <numerusform>%n kontor öppna</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 of %2 municipalities</source>
        <translation>i %1 av %2 kommuner</translation>
    </message>
    <message>
        <source>Date within an interval (hollow)</source>
        <translation>Datum inom ett intervall (ofylld)</translation>
    </message>
    <message>
        <source>Socially vulnerable area (ring)</source>
        <translation>Socialt utsatt område (ring)</translation>
    </message>
    <message>
        <source>Service offices</source>
        <translation>Servicekontor</translation>
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
        <translation>Kontor: Servicekartas sammanställning av offentliga källor · Befolkning: SCB 2020 · Orter: GeoNames (CC BY 4.0) · Kust: GSHHG/DCW (LGPL) · Natural Earth</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Visar: %1</translation>
    </message>
    <message>
        <source>Scenario file: %1</source>
        <translation>Scenariofil: %1</translation>
    </message>
    <message>
        <source>%1–%2 offices open</source>
        <translation>%1–%2 kontor öppna</translation>
    </message>
    <message>
        <source>published: %1, %2 (%3)</source>
        <translation>publicerat: %1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>sk::MapWidget</name>
    <message>
        <source>Map of Sweden</source>
        <translation>Karta över Sverige</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n offices&lt;/b&gt; here (click to zoom in)</source>
        <translation>
            <numerusform>&lt;b&gt;%n kontor&lt;/b&gt; här (klicka för att zooma in)</numerusform>
            <numerusform>&lt;b&gt;%n kontor&lt;/b&gt; här (klicka för att zooma in)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unverified: no source</source>
        <translation>Overifierad: ingen källa</translation>
    </message>
    <message>
        <source>No office open</source>
        <translation>Inget kontor öppet</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Öppna: %1</translation>
    </message>
    <message>
        <source>Click for details</source>
        <translation>Klicka för detaljer</translation>
    </message>
</context>
<context>
    <name>sk::MunicipalityCoverageModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Folkmängd</translation>
    </message>
    <message>
        <source>Nearest open office</source>
        <translation>Närmaste öppna kontor</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Avstånd (km)</translation>
    </message>
    <message>
        <source>Office in municipality</source>
        <translation>Kontor i kommunen</translation>
    </message>
</context>
<context>
    <name>sk::MunicipalityPanel</name>
    <message>
        <source>Click a municipality on the map to see its offices and the nearest open office.</source>
        <translation>Klicka på en kommun på kartan för att se dess kontor och närmaste öppna kontor.</translation>
    </message>
    <message>
        <source>Unknown municipality code %1</source>
        <translation>Okänd kommunkod %1</translation>
    </message>
    <message>
        <source>%1 · municipality code %2</source>
        <translation>%1 · kommunkod %2</translation>
    </message>
    <message>
        <source>FA region: %1 (%2)</source>
        <translation>FA-region: %1 (%2)</translation>
    </message>
    <message>
        <source>Population: %1 (SCB, 31 December 2020)</source>
        <translation>Folkmängd: %1 (SCB, 31 december 2020)</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Den %1</translation>
    </message>
    <message>
        <source>No office open in the municipality.</source>
        <translation>Inget kontor öppet i kommunen.</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) open in the municipality:</source>
        <translation>
            <numerusform>%n kontor öppet i kommunen:</numerusform>
            <numerusform>%n kontor öppna i kommunen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nearest open office: &lt;b&gt;%1&lt;/b&gt; (%2), %3 km straight-line distance from %4</source>
        <translation>Närmaste öppna kontor: &lt;b&gt;%1&lt;/b&gt; (%2), %3 km fågelvägen från %4</translation>
    </message>
    <message>
        <source>No office is open anywhere on this date.</source>
        <translation>Inget kontor är öppet någonstans detta datum.</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>På tidslinjen</translation>
    </message>
    <message>
        <source>Had an office when Statens servicecenter took over (June 2019).</source>
        <translation>Hade ett kontor när Statens servicecenter tog över (juni 2019).</translation>
    </message>
    <message>
        <source>%1: %2 opened, the municipality&apos;s first office</source>
        <translation>%1: %2 öppnade, kommunens första kontor</translation>
    </message>
    <message>
        <source>%1: %2 opened</source>
        <translation>%1: %2 öppnade</translation>
    </message>
    <message>
        <source>%1: %2 closed, the municipality&apos;s last office</source>
        <translation>%1: %2 stängde, kommunens sista kontor</translation>
    </message>
    <message>
        <source>%1: %2 closed</source>
        <translation>%1: %2 stängde</translation>
    </message>
    <message>
        <source>No office in the municipality at any date of the timeline.</source>
        <translation>Inget kontor i kommunen vid något datum på tidslinjen.</translation>
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
        <translation>NNO</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>ENE</source>
        <translation>ONO</translation>
    </message>
    <message>
        <source>E</source>
        <translation>O</translation>
    </message>
    <message>
        <source>ESE</source>
        <translation>OSO</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>SSW</source>
        <translation>SSV</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>SV</translation>
    </message>
    <message>
        <source>WSW</source>
        <translation>VSV</translation>
    </message>
    <message>
        <source>W</source>
        <translation>V</translation>
    </message>
    <message>
        <source>WNW</source>
        <translation>VNV</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>NV</translation>
    </message>
    <message>
        <source>NNW</source>
        <translation>NNV</translation>
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
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Avstånd</translation>
    </message>
    <message>
        <source>Bearing</source>
        <translation>Riktning</translation>
    </message>
</context>
<context>
    <name>sk::NearestOfficesPanel</name>
    <message>
        <source>Locality, municipality or coordinate</source>
        <translation>Ort, kommun eller koordinat</translation>
    </message>
    <message>
        <source>For example Pajala, Malmö, 65.83, 23.17, 65°49.8&apos;N 23°10.2&apos;E or E 700000 N 7300000 (SWEREF 99 TM)</source>
        <translation>Till exempel Pajala, Malmö, 65.83, 23.17, 65°49.8&apos;N 23°10.2&apos;E eller E 700000 N 7300000 (SWEREF 99 TM)</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Välj på kartan</translation>
    </message>
    <message>
        <source>Click a place on the map</source>
        <translation>Klicka på en plats på kartan</translation>
    </message>
    <message>
        <source>Follow my position</source>
        <translation>Följ min position</translation>
    </message>
    <message>
        <source>Use this computer&apos;s position source</source>
        <translation>Använd datorns positionskälla</translation>
    </message>
    <message>
        <source>This computer offers no position source</source>
        <translation>Datorn har ingen positionskälla</translation>
    </message>
    <message>
        <source>Replay NMEA log…</source>
        <translation>Spela upp NMEA-logg…</translation>
    </message>
    <message>
        <source>Follow the positions recorded in an NMEA file, at their own pace</source>
        <translation>Följ positionerna i en NMEA-fil, i deras egen takt</translation>
    </message>
    <message>
        <source>Distances are along the Earth&apos;s surface (great circle), as the crow flies, not travel distances. Bearings are from the place to the office, clockwise from north.</source>
        <translation>Avstånden är fågelvägen längs jordytan (storcirkel), inte resvägar. Riktningen är från platsen till kontoret, medurs från norr.</translation>
    </message>
    <message>
        <source>position from %1</source>
        <translation>position från %1</translation>
    </message>
    <message>
        <source>Following stopped: %1</source>
        <translation>Följningen avbröts: %1</translation>
    </message>
    <message>
        <source>picked point %1, %2</source>
        <translation>vald punkt %1, %2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1: no office is open on %2.</source>
        <translation>%1: inget kontor är öppet %2.</translation>
    </message>
    <message>
        <source>%1 — offices open on %2:</source>
        <translation>%1 — kontor öppna %2:</translation>
    </message>
    <message>
        <source>Stopped following the position.</source>
        <translation>Slutade följa positionen.</translation>
    </message>
    <message>
        <source>Waiting for a position from %1…</source>
        <translation>Väntar på en position från %1…</translation>
    </message>
    <message>
        <source>Replay NMEA log</source>
        <translation>Spela upp NMEA-logg</translation>
    </message>
    <message>
        <source>NMEA logs (*.nmea *.txt *.log);;All files (*)</source>
        <translation>NMEA-loggar (*.nmea *.txt *.log);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>Spelar upp %1…</translation>
    </message>
</context>
<context>
    <name>sk::NotesPanel</name>
    <message>
        <source>Briefing notes</source>
        <translation>Presentationsanteckningar</translation>
    </message>
</context>
<context>
    <name>sk::OfficeDetailsPanel</name>
    <message>
        <source>Office details</source>
        <translation>Kontorsuppgifter</translation>
    </message>
    <message>
        <source>Click an office on the map, or search for one, to see its details here.</source>
        <translation>Klicka på ett kontor på kartan, eller sök efter ett, för att se uppgifter om det här.</translation>
    </message>
    <message>
        <source>Yes, named as a target by the government or Statens servicecenter</source>
        <translation>Ja, utpekat som målområde av regeringen eller Statens servicecenter</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Uppgift saknas</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Status on %1</source>
        <translation>Status per %1</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öppning</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Stängning</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Phase %1 (%2)</source>
        <translation>Fas %1 (%2)</translation>
    </message>
    <message>
        <source>Existing network</source>
        <translation>Befintligt kontorsnät</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Kommunkod</translation>
    </message>
    <message>
        <source>Socially vulnerable area</source>
        <translation>Socialt utsatt område</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>%1 (%2 N, %3 E)</source>
        <translation>%1 (%2 N, %3 Ö)</translation>
    </message>
    <message>
        <source>district centre, approximate</source>
        <translation>stadsdelscentrum, ungefärligt</translation>
    </message>
    <message>
        <source>town centre, approximate</source>
        <translation>ortens centrum, ungefärligt</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Försäkringskassan, Pensionsmyndigheten, Skatteverket; Arbetsförmedlingen (services of the whole network, not confirmed per office)</source>
        <translation>Försäkringskassan, Pensionsmyndigheten, Skatteverket; Arbetsförmedlingen (tjänster i hela kontorsnätet, inte bekräftade per kontor)</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Källor:</translation>
    </message>
    <message>
        <source>Unverified.</source>
        <translation>Overifierad.</translation>
    </message>
    <message>
        <source>No source was found for this office; the row rests on the compiler&apos;s background knowledge only.</source>
        <translation>Ingen källa har hittats för det här kontoret; raden bygger enbart på sammanställarens bakgrundskunskap.</translation>
    </message>
</context>
<context>
    <name>sk::OfficeDifferenceModel</name>
    <message>
        <source>Only in A</source>
        <translation>Endast i A</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>Endast i B</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrat</translation>
    </message>
    <message>
        <source>moved %1 km</source>
        <translation>flyttat %1 km</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fas</translation>
    </message>
    <message>
        <source>opening date</source>
        <translation>öppningsdatum</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>stängningsdatum</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>ändrat: %1</translation>
    </message>
    <message>
        <source>not in this office set</source>
        <translation>finns inte i den här kontorsuppsättningen</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>ännu inte beslutat</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
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
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>sk::OfficeEditDialog</name>
    <message>
        <source>New office</source>
        <translation>Nytt kontor</translation>
    </message>
    <message>
        <source>Edit office %1</source>
        <translation>Redigera kontoret %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation>Under uppbyggnad</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>empty: still open</source>
        <translation>tomt: fortfarande öppet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>addresses of sources, separated by spaces</source>
        <translation>källornas adresser, åtskilda med mellanslag</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Status on 25 May 2021:</source>
        <translation>&amp;Status den 25 maj 2021:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fas:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>&amp;Öppnat:</translation>
    </message>
    <message>
        <source>&amp;Closed:</source>
        <translation>S&amp;tängt:</translation>
    </message>
    <message>
        <source>In or next to a socially &amp;vulnerable area:</source>
        <translation>I eller intill ett socialt &amp;utsatt område:</translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation>Kä&amp;llor:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>%1 (drag the office on the map to move it)</source>
        <translation>%1 (dra kontoret på kartan för att flytta det)</translation>
    </message>
    <message>
        <source>The office needs a name.</source>
        <translation>Kontoret måste ha ett namn.</translation>
    </message>
    <message>
        <source>Choose a municipality from the list.</source>
        <translation>Välj en kommun i listan.</translation>
    </message>
    <message>
        <source>The office cannot close before it opens.</source>
        <translation>Kontoret kan inte stänga innan det öppnar.</translation>
    </message>
    <message>
        <source>A planned office needs a phase of 1 or more.</source>
        <translation>Ett planerat kontor måste ha fas 1 eller högre.</translation>
    </message>
    <message>
        <source>Phase N opens during the year %1 + N; phase %2 and later are rounds after the two ordered.</source>
        <translation>Fas N öppnar under år %1 + N; fas %2 och senare är omgångar efter de två beställda.</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM, YYYY-MM-DD or an interval such as 2022/2023; empty: by its phase</source>
        <translation>ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller ett intervall som 2022/2023; tomt: enligt fasen</translation>
    </message>
    <message>
        <source>Opened &apos;%1&apos; is not a date: %2.</source>
        <translation>Öppnat &apos;%1&apos; är inget datum: %2.</translation>
    </message>
    <message>
        <source>Closed &apos;%1&apos; is not a date: %2.</source>
        <translation>Stängt &apos;%1&apos; är inget datum: %2.</translation>
    </message>
</context>
<context>
    <name>sk::OfficeFilterPanel</name>
    <message>
        <source>Show all offices</source>
        <translation>Visa alla kontor</translation>
    </message>
    <message>
        <source>Status at the date</source>
        <translation>Status vid datumet</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alla län</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>Län:</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Alla kontor</translation>
    </message>
    <message>
        <source>In or next to one</source>
        <translation>I eller intill ett sådant</translation>
    </message>
    <message>
        <source>Not in one</source>
        <translation>Inte i ett sådant</translation>
    </message>
    <message>
        <source>Socially vulnerable area:</source>
        <translation>Socialt utsatt område:</translation>
    </message>
    <message>
        <source>Verified by a source</source>
        <translation>Verifierade av en källa</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Overifierade</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Källor:</translation>
    </message>
    <message>
        <source>Before the expansion</source>
        <translation>Före utbyggnaden</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Etapp %1</translation>
    </message>
</context>
<context>
    <name>sk::OfficeImporter</name>
    <message>
        <source>%1: the shapefile&apos;s table %2 is missing; copy it next to the .shp file</source>
        <translation>%1: shapefilens tabell %2 saknas; kopiera den till samma mapp som .shp-filen</translation>
    </message>
    <message>
        <source>%1: is a GeoJSON %2, not a FeatureCollection of offices</source>
        <translation>%1: är GeoJSON (%2), inte en FeatureCollection med kontor</translation>
    </message>
    <message>
        <source>object without a type</source>
        <translation>objekt utan typ</translation>
    </message>
    <message>
        <source>no position: the feature has no point geometry</source>
        <translation>ingen position: objektet saknar punktgeometri</translation>
    </message>
    <message>
        <source>the layer has no coordinate system, and x %1, y %2 are not longitude and latitude; save the file with its coordinate system (e.g. EPSG:3006)</source>
        <translation>lagret saknar koordinatsystem, och x %1, y %2 är inte longitud och latitud; spara filen med dess koordinatsystem (t.ex. EPSG:3006)</translation>
    </message>
    <message>
        <source>the point x %1, y %2 cannot be converted to WGS 84</source>
        <translation>punkten x %1, y %2 kan inte omvandlas till WGS 84</translation>
    </message>
    <message>
        <source>the point at lat %1, lon %2 lies outside Sweden</source>
        <translation>punkten vid lat %1, lon %2 ligger utanför Sverige</translation>
    </message>
    <message>
        <source>no position: %1 and %2 are empty and there is no point geometry</source>
        <translation>ingen position: %1 och %2 är tomma och det finns ingen punktgeometri</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 &apos;%2&apos; är inget tal</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 are SWEREF 99 TM metres, not degrees; choose easting and northing</source>
        <translation>%1 %2, %3 %4 är meter i SWEREF 99 TM, inte grader; välj östlig och nordlig koordinat</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 is not a position on Earth</source>
        <translation>%1 %2, %3 %4 är ingen position på jorden</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 lies outside Sweden; latitude and longitude look swapped</source>
        <translation>%1 %2, %3 %4 ligger utanför Sverige; latitud och longitud verkar ha bytt plats</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 lies outside Sweden</source>
        <translation>%1 %2, %3 %4 ligger utanför Sverige</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 lies outside Sweden; easting and northing look swapped</source>
        <translation>%1 %2, %3 %4 ligger utanför Sverige; östlig och nordlig koordinat verkar ha bytt plats</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 look like latitude and longitude in degrees, not SWEREF 99 TM metres</source>
        <translation>%1 %2, %3 %4 ser ut som latitud och longitud i grader, inte meter i SWEREF 99 TM</translation>
    </message>
    <message>
        <source>%1: has %2 rows; more than %3 is not an office list this program imports</source>
        <translation>%1: har %2 rader; programmet importerar inte kontorslistor med fler än %3 rader</translation>
    </message>
    <message>
        <source>%1: contains no offices</source>
        <translation>%1: innehåller inga kontor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: missing column(s): %2</source>
        <translation>%1: kolumner som saknas: %2</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has no point geometry; choose coordinate columns</source>
        <translation>%1: lagret &apos;%2&apos; saknar punktgeometri; välj koordinatkolumner</translation>
    </message>
    <message>
        <source>%1: choose a column for the municipality code, or import with the reference data so that the nearest municipality seat gives it</source>
        <translation>%1: välj en kolumn för kommunkoden, eller importera med referensdata så att kommunen bestäms av närmaste centralort</translation>
    </message>
    <message>
        <source>id is empty</source>
        <translation>id är tomt</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is already used on %2</source>
        <translation>id &apos;%1&apos; används redan på %2</translation>
    </message>
    <message>
        <source>name is empty</source>
        <translation>name är tomt</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a four-digit municipality code</source>
        <translation>%1 &apos;%2&apos; är ingen fyrsiffrig kommunkod</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not the code of a Swedish municipality</source>
        <translation>%1 &apos;%2&apos; är inte koden för en svensk kommun</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of open, establishing, planned</source>
        <translation>%1 &apos;%2&apos; är inte något av open, establishing, planned</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number from 0 to 9</source>
        <translation>%1 &apos;%2&apos; är inget heltal från 0 till 9</translation>
    </message>
    <message>
        <source>a planned office needs a phase of 1 or more</source>
        <translation>ett planerat kontor måste ha phase 1 eller högre</translation>
    </message>
    <message>
        <source>closed %1 is before opened %2</source>
        <translation>closed %1 ligger före opened %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of yes, no, unknown</source>
        <translation>%1 &apos;%2&apos; är inte något av yes, no, unknown</translation>
    </message>
    <message>
        <source>less than 1 m from &apos;%1&apos; on %2: two offices at one position</source>
        <translation>mindre än 1 m från &apos;%1&apos; på %2: två kontor på samma position</translation>
    </message>
    <message>
        <source>%1: has %2 layers; reading layer &apos;%3&apos; (number %4), the one with the most office columns</source>
        <translation>%1: har %2 lager; läser lagret &apos;%3&apos; (nummer %4), det med flest kontorskolumner</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4 lies outside Sweden (SWEREF 99 TM: easting %5–%6, northing %7–%8)</source>
        <translation>%1 %2, %3 %4 ligger utanför Sverige (SWEREF 99 TM: östlig %5–%6, nordlig %7–%8)</translation>
    </message>
    <message>
        <source>the point at lat %1, lon %2</source>
        <translation>punkten på lat %1, lon %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date, at character %3: %4 (EDTF: YYYY, YYYY-21…24 for a season, YYYY-MM, YYYY-MM-DD, or A/B of these with &apos;..&apos; for an open end)</source>
        <translation>%1 &apos;%2&apos; är inget datum, vid tecken %3: %4 (EDTF: ÅÅÅÅ, ÅÅÅÅ-21…24 för en årstid, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD, eller A/B av dessa med &apos;..&apos; för ett öppet slut)</translation>
    </message>
</context>
<context>
    <name>sk::OfficeTableModel</name>
    <message>
        <source>Sourced</source>
        <translation>Källbelagd</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Overifierad</translation>
    </message>
    <message>
        <source>No source: this row rests on the compiler&apos;s background knowledge only.</source>
        <translation>Ingen källa: raden bygger enbart på sammanställarens bakgrundskunskap.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öppning</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
</context>
<context>
    <name>sk::OfficeText</name>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation>Under uppbyggnad</translation>
    </message>
    <message>
        <source>Planned, phase 1</source>
        <translation>Planerat, fas 1</translation>
    </message>
    <message>
        <source>Planned, phase 2</source>
        <translation>Planerat, fas 2</translation>
    </message>
    <message>
        <source>Planned, later phase</source>
        <translation>Planerat, senare fas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Ännu inte beslutat</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>den %1</translation>
    </message>
    <message>
        <source>during %1</source>
        <translation>under %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>before June 2019 (date not in the data)</source>
        <translation>före juni 2019 (datum saknas i underlaget)</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>väntas %1</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>öppnar %1</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>stänger %1</translation>
    </message>
    <message>
        <source>spring %1</source>
        <translation>våren %1</translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation>sommaren %1</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>hösten %1</translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation>vintern %1</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 eller senare</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>during %1 or %2</source>
        <translation>under %1 eller %2</translation>
    </message>
    <message>
        <source>during %1–%2</source>
        <translation>under %1–%2</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>mellan %1 och %2</translation>
    </message>
</context>
<context>
    <name>sk::PartialDate</name>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>a second &apos;/&apos;: an interval has exactly two sides</source>
        <translation>ett andra &apos;/&apos;: ett intervall har exakt två sidor</translation>
    </message>
    <message>
        <source>an empty side (an unknown end) is not supported; write &apos;..&apos; for an open end</source>
        <translation>en tom sida (ett okänt slut) stöds inte; skriv &apos;..&apos; för ett öppet slut</translation>
    </message>
    <message>
        <source>both ends of the interval are open</source>
        <translation>intervallets båda ändar är öppna</translation>
    </message>
    <message>
        <source>the interval ends before it begins</source>
        <translation>intervallet slutar innan det börjar</translation>
    </message>
    <message>
        <source>uncertain or approximate dates (&apos;?&apos;, &apos;~&apos;, &apos;%&apos;) are not supported</source>
        <translation>osäkra eller ungefärliga datum (&apos;?&apos;, &apos;~&apos;, &apos;%&apos;) stöds inte</translation>
    </message>
    <message>
        <source>times are not supported: a day at most</source>
        <translation>klockslag stöds inte: som mest en dag</translation>
    </message>
    <message>
        <source>unspecified digits (&apos;X&apos;) are not supported</source>
        <translation>ospecificerade siffror (&apos;X&apos;) stöds inte</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;: expected %2</source>
        <translation>oväntat &apos;%1&apos;: väntade %2</translation>
    </message>
    <message>
        <source>the date ends early: expected %1</source>
        <translation>datumet tar slut för tidigt: väntade %1</translation>
    </message>
    <message>
        <source>signed years are not supported</source>
        <translation>år med förtecken stöds inte</translation>
    </message>
    <message>
        <source>years written with &apos;Y&apos; (more than four digits) are not supported</source>
        <translation>år skrivna med &apos;Y&apos; (fler än fyra siffror) stöds inte</translation>
    </message>
    <message>
        <source>four digits of a year</source>
        <translation>fyra siffror för ett år</translation>
    </message>
    <message>
        <source>year %1 is outside %2–%3</source>
        <translation>året %1 ligger utanför %2–%3</translation>
    </message>
    <message>
        <source>&apos;-&apos; after the year</source>
        <translation>&apos;-&apos; efter året</translation>
    </message>
    <message>
        <source>two digits of a month or season</source>
        <translation>två siffror för en månad eller årstid</translation>
    </message>
    <message>
        <source>a season has no day</source>
        <translation>en årstid har ingen dag</translation>
    </message>
    <message>
        <source>the end of the date</source>
        <translation>datumets slut</translation>
    </message>
    <message>
        <source>season code %1 (EDTF level 2) is not supported; spring to winter are 21–24</source>
        <translation>årstidskoden %1 (EDTF nivå 2) stöds inte; vår till vinter är 21–24</translation>
    </message>
    <message>
        <source>there is no month %1</source>
        <translation>det finns ingen månad %1</translation>
    </message>
    <message>
        <source>&apos;-&apos; after the month</source>
        <translation>&apos;-&apos; efter månaden</translation>
    </message>
    <message>
        <source>two digits of a day</source>
        <translation>två siffror för en dag</translation>
    </message>
    <message>
        <source>%1-%2 has no day %3</source>
        <translation>%1-%2 har ingen dag %3</translation>
    </message>
</context>
<context>
    <name>sk::PlaceLookup</name>
    <message>
        <source>no place given: type a locality, a municipality or a coordinate</source>
        <translation>ingen plats angiven: skriv en ort, en kommun eller en koordinat</translation>
    </message>
    <message>
        <source>%1 (seat of %2)</source>
        <translation>%1 (centralort i %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a locality nor a municipality in the reference tables, nor a coordinate</source>
        <translation>&apos;%1&apos; är varken en ort eller en kommun i referenstabellerna, och inte heller en koordinat</translation>
    </message>
</context>
<context>
    <name>sk::PopulationModel</name>
    <message>
        <source>(none)</source>
        <translation>(inga)</translation>
    </message>
    <message>
        <source>%1: contains no layer</source>
        <translation>%1: innehåller inget lager</translation>
    </message>
    <message>
        <source>%1: no population field &apos;%2&apos;; the fields are: %3</source>
        <translation>%1: befolkningsfältet &apos;%2&apos; saknas; fälten är: %3</translation>
    </message>
    <message>
        <source>%1: the layer has no coordinate reference system</source>
        <translation>%1: lagret saknar koordinatreferenssystem</translation>
    </message>
    <message>
        <source>%1: cannot transform from %2 to SWEREF 99 TM</source>
        <translation>%1: kan inte transformera från %2 till SWEREF 99 TM</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>objekt %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; är tomt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: &apos;%2&apos;</source>
        <translation>&apos;%1&apos; är inget tal: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative: %2</source>
        <translation>&apos;%1&apos; är negativt: %2</translation>
    </message>
    <message>
        <source>has no geometry</source>
        <translation>saknar geometri</translation>
    </message>
    <message>
        <source>geometry type %1 is neither a point nor a polygon</source>
        <translation>geometritypen %1 är varken punkt eller polygon</translation>
    </message>
    <message>
        <source>coordinates cannot be transformed from %1 to SWEREF 99 TM; is the CRS right?</source>
        <translation>koordinaterna kan inte transformeras från %1 till SWEREF 99 TM; stämmer referenssystemet (CRS)?</translation>
    </message>
    <message>
        <source>has no centroid: %1</source>
        <translation>saknar centroid: %1</translation>
    </message>
    <message>
        <source>lies outside Sweden in SWEREF 99 TM (%1, %2 after reprojection from %3); is the CRS right?</source>
        <translation>ligger utanför Sverige i SWEREF 99 TM (%1, %2 efter omprojicering från %3); stämmer referenssystemet (CRS)?</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: ytterligare %n problem visas inte</numerusform>
            <numerusform>%1: ytterligare %n problem visas inte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the layer has no features</source>
        <translation>%1: lagret innehåller inga objekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, more than the %L3 people any one place in Sweden could hold</source>
        <translation>&apos;%1&apos; är %2, fler än de %L3 invånare som en enskild plats i Sverige kan ha</translation>
    </message>
    <message>
        <source>%1, line %2: %3; the file is refused, not read in part</source>
        <translation>%1, rad %2: %3; filen avvisas i stället för att läsas in delvis</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; adds up to %L3 people, more than the %L4 a layer of Sweden could hold</source>
        <translation>%1: &apos;%2&apos; blir sammanlagt %L3 invånare, fler än de %L4 som ett lager över Sverige kan ha</translation>
    </message>
</context>
<context>
    <name>sk::PopulationSource</name>
    <message>
        <source>Open &amp;population layer…</source>
        <translation>Öppna befolknings&amp;lager…</translation>
    </message>
    <message>
        <source>Open population layer</source>
        <translation>Öppna befolkningslager</translation>
    </message>
    <message>
        <source>Population layers (%1);;All files (*)</source>
        <translation>Befolkningslager (%1);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Population field</source>
        <translation>Fält för folkmängd</translation>
    </message>
    <message>
        <source>Name of the field that holds the number of people:</source>
        <translation>Namn på fältet som innehåller antalet invånare:</translation>
    </message>
    <message>
        <source>Population layer not loaded</source>
        <translation>Befolkningslagret lästes inte in</translation>
    </message>
    <message>
        <source>%1 could not be used; coverage keeps the population it had.</source>
        <translation>%1 kunde inte användas; täckningen beräknas med samma befolkning som tidigare.</translation>
    </message>
    <message>
        <source>Coverage now uses %1 (%2 people)</source>
        <translation>Täckningen beräknas nu med %1 (%2 invånare)</translation>
    </message>
</context>
<context>
    <name>sk::PositionFollower</name>
    <message>
        <source>This computer offers no position source.</source>
        <translation>Datorn har ingen positionskälla.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan inte läsas: %2</translation>
    </message>
    <message>
        <source>access to the position was refused</source>
        <translation>åtkomst till positionen nekades</translation>
    </message>
    <message>
        <source>the position source stopped</source>
        <translation>positionskällan slutade fungera</translation>
    </message>
</context>
<context>
    <name>sk::PublishedCounts</name>
    <message>
        <source>%1: missing columns %2</source>
        <translation>%1: kolumnerna %2 saknas</translation>
    </message>
    <message>
        <source>date &apos;%1&apos;, character %2: %3</source>
        <translation>datum &apos;%1&apos;, tecken %2: %3</translation>
    </message>
    <message>
        <source>precision &apos;%1&apos; does not match the date &apos;%2&apos;</source>
        <translation>precisionen &apos;%1&apos; stämmer inte med datumet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>offices &apos;%1&apos; is not a positive whole number</source>
        <translation>offices &apos;%1&apos; är inget positivt heltal</translation>
    </message>
    <message>
        <source>municipalities &apos;%1&apos; is not a positive whole number</source>
        <translation>municipalities &apos;%1&apos; är inget positivt heltal</translation>
    </message>
    <message>
        <source>a published count needs its source</source>
        <translation>en publicerad siffra behöver sin källa</translation>
    </message>
</context>
<context>
    <name>sk::ReferenceData</name>
    <message>
        <source>%1/%2 is not a position in Sweden</source>
        <translation>%1/%2 är ingen position i Sverige</translation>
    </message>
    <message>
        <source>code, name or population is missing or malformed</source>
        <translation>kod, namn eller folkmängd saknas eller är felaktig</translation>
    </message>
    <message>
        <source>municipality code %1 appears twice</source>
        <translation>kommunkoden %1 förekommer två gånger</translation>
    </message>
    <message>
        <source>name or population is missing or malformed</source>
        <translation>namn eller folkmängd saknas eller är felaktig</translation>
    </message>
</context>
<context>
    <name>sk::RegionHighlightPainter</name>
    <message>
        <source>FA region without an office (%1)</source>
        <translation>FA-region utan kontor (%1)</translation>
    </message>
</context>
<context>
    <name>sk::ScenarioController</name>
    <message>
        <source>&amp;New scenario from official data</source>
        <translation>&amp;Nytt scenario från officiellt underlag</translation>
    </message>
    <message>
        <source>Start a what-if scenario from the offices shown now</source>
        <translation>Starta ett scenario för att pröva alternativ, utifrån de kontor som visas nu</translation>
    </message>
    <message>
        <source>Open sc&amp;enario…</source>
        <translation>&amp;Öppna scenario…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Öppna scenario</translation>
    </message>
    <message>
        <source>Scenarios (%1)</source>
        <translation>Scenarier (%1)</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>&amp;Spara scenario</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Spara scenario so&amp;m…</translation>
    </message>
    <message>
        <source>E&amp;xport scenario…</source>
        <translation>E&amp;xportera scenario…</translation>
    </message>
    <message>
        <source>Write the scenario&apos;s offices as GeoJSON, CSV, KML or GeoPackage</source>
        <translation>Skriv scenariots kontor som GeoJSON, CSV, KML eller GeoPackage</translation>
    </message>
    <message>
        <source>&amp;Close scenario</source>
        <translation>S&amp;täng scenario</translation>
    </message>
    <message>
        <source>Show the official offices again</source>
        <translation>Visa de officiella kontoren igen</translation>
    </message>
    <message>
        <source>&amp;Import offices…</source>
        <translation>&amp;Importera kontor…</translation>
    </message>
    <message>
        <source>Open someone else&apos;s office list (CSV, GeoJSON, GeoPackage, KML, XLSX, Shapefile) as a new scenario</source>
        <translation>Öppna någon annans kontorslista (CSV, GeoJSON, GeoPackage, KML, XLSX, Shapefile) som ett nytt scenario</translation>
    </message>
    <message>
        <source>Import offices</source>
        <translation>Importera kontor</translation>
    </message>
    <message>
        <source>Office lists (%1);;All files (*)</source>
        <translation>Kontorslistor (%1);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation>&amp;Byt namn på scenario…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Edit on map</source>
        <translation>&amp;Redigera på kartan</translation>
    </message>
    <message>
        <source>Click the map to add an office, drag an office to move it, Delete removes the selected office, double-click edits it</source>
        <translation>Klicka på kartan för att lägga till ett kontor, dra ett kontor för att flytta det, Delete tar bort det markerade kontoret, dubbelklicka för att redigera det</translation>
    </message>
    <message>
        <source>New scenario from %1: edit it on the map (Ctrl+Shift+E) or add suggested places</source>
        <translation>Nytt scenario från %1: redigera det på kartan (Ctrl+Shift+E) eller lägg till föreslagna platser</translation>
    </message>
    <message>
        <source>Scenario not opened</source>
        <translation>Scenariot öppnades inte</translation>
    </message>
    <message>
        <source>%1 could not be opened; nothing was changed.</source>
        <translation>%1 kunde inte öppnas; ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Opened scenario %1</source>
        <translation>Öppnade scenariot %1</translation>
    </message>
    <message>
        <source>Offices not imported</source>
        <translation>Kontoren importerades inte</translation>
    </message>
    <message>
        <source>%1 holds no office that could be used; nothing was changed.</source>
        <translation>%1 innehåller inget kontor som kunde användas; ingenting har ändrats.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n office(s) from %1 as a new scenario</source>
        <translation>
            <numerusform>Importerade %n kontor från %1 som ett nytt scenario</numerusform>
            <numerusform>Importerade %n kontor från %1 som ett nytt scenario</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario not saved</source>
        <translation>Scenariot sparades inte</translation>
    </message>
    <message>
        <source>%1

The file on disk is unchanged; your work is still here.</source>
        <translation>%1

Filen på disken är oförändrad; ditt arbete finns kvar här.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Spara scenario</translation>
    </message>
    <message>
        <source>%1

Any file there is unchanged; your work is still here.</source>
        <translation>%1

En eventuell befintlig fil där är oförändrad; ditt arbete finns kvar här.</translation>
    </message>
    <message>
        <source>Export scenario</source>
        <translation>Exportera scenario</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;CSV (*.csv);;KML (*.kml);;GeoPackage (*.gpkg)</source>
        <translation>GeoJSON (*.geojson);;CSV (*.csv);;KML (*.kml);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Scenario not exported</source>
        <translation>Scenariot exporterades inte</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporterade %1</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Byt namn på scenario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Unsaved scenario</source>
        <translation>Osparat scenario</translation>
    </message>
    <message>
        <source>The scenario “%1” has changes that are not saved. Save them first?</source>
        <translation>Scenariot ”%1” har ändringar som inte är sparade. Vill du spara dem först?</translation>
    </message>
    <message>
        <source>Recover scenario</source>
        <translation>Återställ scenario</translation>
    </message>
    <message>
        <source>Servicekarta did not close properly. The scenario “%1” was autosaved on %2.</source>
        <translation>Servicekarta avslutades inte korrekt. Scenariot ”%1” sparades automatiskt %2.</translation>
    </message>
    <message>
        <source>Recover it now? Discarded autosaves cannot be brought back.</source>
        <translation>Vill du återställa det nu? Automatiskt sparade kopior som kastas går inte att få tillbaka.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
    <message>
        <source>Scenario not recovered</source>
        <translation>Scenariot återställdes inte</translation>
    </message>
    <message>
        <source>Recovered scenario %1; save it to keep it</source>
        <translation>Återställde scenariot %1; spara det för att behålla det</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisk sparning misslyckades: %1</translation>
    </message>
    <message>
        <source>An office must stand in Sweden; click on Swedish land to add one.</source>
        <translation>Ett kontor måste ligga i Sverige; klicka på svensk mark för att lägga till ett.</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Nytt kontor</translation>
    </message>
    <message>
        <source>Added %1 to the scenario</source>
        <translation>Lade till %1 i scenariot</translation>
    </message>
    <message>
        <source>Scenario recovered</source>
        <translation>Scenariot har återställts</translation>
    </message>
    <message>
        <source>A scenario keeps at least one office; add another before deleting this one.</source>
        <translation>Ett scenario behåller minst ett kontor; lägg till ett annat innan du tar bort det här.</translation>
    </message>
    <message>
        <source>The scenario already has %L1 offices, as many as a scenario file can hold; remove one before adding another.</source>
        <translation>Scenariot har redan %L1 kontor, så många som en scenariofil rymmer; ta bort ett innan du lägger till ett nytt.</translation>
    </message>
</context>
<context>
    <name>sk::ScenarioDocument</name>
    <message>
        <source>The scenario has no file yet; choose one with Save As</source>
        <translation>Scenariot har ingen fil än; välj en med Spara som</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Namnlöst scenario</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>inte sparat än</translation>
    </message>
    <message>
        <source>%1, saved %2</source>
        <translation>%1, sparat %2</translation>
    </message>
    <message>
        <source>%1, changed since</source>
        <translation>%1, ändrat sedan dess</translation>
    </message>
</context>
<context>
    <name>sk::ScenarioEditCommand</name>
    <message>
        <source>Add office %1</source>
        <translation>Lägg till kontoret %1</translation>
    </message>
    <message>
        <source>Delete office %1</source>
        <translation>Ta bort kontoret %1</translation>
    </message>
    <message>
        <source>Edit office %1</source>
        <translation>Redigera kontoret %1</translation>
    </message>
    <message>
        <source>Move office %1</source>
        <translation>Flytta kontoret %1</translation>
    </message>
    <message>
        <source>Rename scenario to %1</source>
        <translation>Byt namn på scenariot till %1</translation>
    </message>
</context>
<context>
    <name>sk::ScenarioFile</name>
    <message>
        <source>Municipality: %1 (%2)</source>
        <translation>Kommun: %1 (%2)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adress: %1</translation>
    </message>
    <message>
        <source>Opening: %1</source>
        <translation>Öppning: %1</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fas: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Stängning: %1</translation>
    </message>
    <message>
        <source>cannot create column %1: %2</source>
        <translation>kan inte skapa kolumnen %1: %2</translation>
    </message>
    <message>
        <source>cannot create the layer: %1</source>
        <translation>kan inte skapa lagret: %1</translation>
    </message>
    <message numerus="yes">
        <source>simulated failure after %n office(s)</source>
        <translation>
            <numerusform>simulerat fel efter %n kontor</numerusform>
            <numerusform>simulerat fel efter %n kontor</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write office %1: %2</source>
        <translation>kan inte skriva kontoret %1: %2</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>kan inte genomföra transaktionen: %1</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation>GDAL saknar drivrutin för %1</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>kan inte skapa: %1</translation>
    </message>
    <message>
        <source>read back %1 of %2 offices</source>
        <translation>kontrolläsningen gav %1 av %2 kontor</translation>
    </message>
    <message>
        <source>the file would not open again: %1</source>
        <translation>filen gick inte att öppna igen: %1</translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation>%1: sparades inte: %2</translation>
    </message>
    <message>
        <source>%1: cannot export to this kind of file; use one of %2</source>
        <translation>%1: kan inte exportera till den här filtypen; använd någon av %2</translation>
    </message>
</context>
<context>
    <name>sk::SearchField</name>
    <message>
        <source>Search office or municipality…</source>
        <translation>Sök kontor eller kommun…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
</context>
<context>
    <name>sk::SearchIndex</name>
    <message>
        <source>office, %1</source>
        <translation>kontor, %1</translation>
    </message>
    <message>
        <source>municipality, %1</source>
        <translation>kommun, %1</translation>
    </message>
</context>
<context>
    <name>sk::SuggestionReport</name>
    <message>
        <source>only %1 of the %2 requested places bring anyone within %3 km who is not already within reach</source>
        <translation>endast %1 av de %2 begärda platserna når någon inom %3 km som inte redan har ett kontor inom räckhåll</translation>
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
        <translation>Antal &amp;kontor att föreslå:</translation>
    </message>
    <message>
        <source>Bring people &amp;within:</source>
        <translation>Nå invånare &amp;inom:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Föreslå</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>People brought within</source>
        <translation>Nya inom räckhåll</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Sammanlagt</translation>
    </message>
    <message>
        <source>Double-click a place to add it to the scenario</source>
        <translation>Dubbelklicka på en plats för att lägga till den i scenariot</translation>
    </message>
    <message>
        <source>Add to scenario</source>
        <translation>Lägg till i scenariot</translation>
    </message>
    <message>
        <source>Working out the best places…</source>
        <translation>Beräknar de bästa platserna…</translation>
    </message>
    <message>
        <source>Where would the next offices bring the most people within reach? Choose how many and the distance, then press Suggest: each place is picked, one after the other, for the people it brings within that distance of an office open on the date, counting only those the offices and earlier picks do not reach already.</source>
        <translation>Var skulle nästa kontor ge flest invånare ett kontor inom räckhåll? Välj antal och avstånd och tryck sedan på Föreslå: platserna väljs en i taget, var och en efter hur många invånare den får inom avståndet från ett kontor som är öppet på datumet. Bara invånare som varken kontoren eller tidigare valda platser redan når räknas.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) would bring %1 more people within %2 km of an office (%3 within reach now, %4 % after).</source>
        <translation>
            <numerusform>Med %n plats skulle %1 fler invånare bo inom %2 km från ett kontor (%3 inom räckhåll nu, %4 % efteråt).</numerusform>
            <numerusform>Med %n platser skulle %1 fler invånare bo inom %2 km från ett kontor (%3 inom räckhåll nu, %4 % efteråt).</numerusform>
        </translation>
    </message>
    <message>
        <source>No other place brings anyone within %1 km who is not already within reach.</source>
        <translation>Ingen annan plats når någon inom %1 km som inte redan har ett kontor inom räckhåll.</translation>
    </message>
</context>
<context>
    <name>sk::SwedishLand</name>
    <message>
        <source>lies on land outside Sweden</source>
        <translation>ligger på land utanför Sverige</translation>
    </message>
    <message>
        <source>lies in %1, not in Sweden</source>
        <translation>ligger i %1, inte i Sverige</translation>
    </message>
    <message>
        <source>lies %1 km from Swedish land</source>
        <translation>ligger %1 km från svenskt land</translation>
    </message>
</context>
<context>
    <name>sk::TimelineSlider</name>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Phase %1 · %2</source>
        <translation>Fas %1 · %2</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fas %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Published: %n office(s), %1</source>
        <translation>
            <numerusform>Publicerat: %n kontor, %1</numerusform>
            <numerusform>Publicerat: %n kontor, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The data: %1 (the published figure lies inside)</source>
        <translation>Datan: %1 (den publicerade siffran ligger inom)</translation>
    </message>
    <message>
        <source>The data: %1 (the published figure lies outside)</source>
        <translation>Datan: %1 (den publicerade siffran ligger utanför)</translation>
    </message>
</context>
<context>
    <name>sk::TimelineWidget</name>
    <message>
        <source>Loop playback</source>
        <translation>Upprepa uppspelningen</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Uppspelningshastighet</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Månader</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Step playback by month or from phase to phase</source>
        <translation>Stega uppspelningen per månad eller från fas till fas</translation>
    </message>
    <message>
        <source>Step by</source>
        <translation>Stega per</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Visat datum</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spela upp</translation>
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
        <translation>%1: lagret &apos;%2&apos; saknar koordinatreferenssystem</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos;: cannot transform from its CRS to SWEREF 99 TM</source>
        <translation>%1: lagret &apos;%2&apos;: kan inte transformera från lagrets referenssystem till SWEREF 99 TM</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos;, feature %3: coordinates cannot be transformed from %4 to SWEREF 99 TM; is the CRS right?</source>
        <translation>%1: lagret &apos;%2&apos;, objekt %3: koordinaterna kan inte transformeras från %4 till SWEREF 99 TM; stämmer referenssystemet (CRS)?</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos;, feature %3: geometry type %4 is neither polygons nor lines</source>
        <translation>%1: lagret &apos;%2&apos;, objekt %3: geometritypen %4 är varken polygoner eller linjer</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has no features</source>
        <translation>%1: lagret &apos;%2&apos; innehåller inga objekt</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; lies outside Sweden in SWEREF 99 TM (after reprojection from %3); is the CRS right?</source>
        <translation>%1: lagret &apos;%2&apos; ligger utanför Sverige i SWEREF 99 TM (efter omprojicering från %3); stämmer referenssystemet (CRS)?</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos;</source>
        <translation>%1: lagret &apos;%2&apos;</translation>
    </message>
</context>
</TS>
