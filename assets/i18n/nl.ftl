# cosell's messages in Nederlands (nl). One message per key; every key is in every
# language (tests/i18n.rs). Plurals: { $count -> [one] ... *[other] ... } with CLDR's categories.
# Terms in Dutch and French follow Microsoft's (docs/cosell-spec §13).

## Common: the language, numbers, money, dates, counts

language-name = Nederlands
number-decimal = ,
number-group = .
money = USD { $amount }
percent = { $value }%
date = { $day } { $month_name } { $year }
month-1 = jan
month-2 = feb
month-3 = mrt
month-4 = apr
month-5 = mei
month-6 = jun
month-7 = jul
month-8 = aug
month-9 = sep
month-10 = okt
month-11 = nov
month-12 = dec
count-markets = { $count ->
    [one] { $count } markt
   *[other] { $count } markten
}

## Rules and status: editions, requirements, rungs, benefits, the status panel and `status` (src/editions, rules.rs, status.rs, present.rs, tui/widgets/status_panel.rs)
## @section rules: add this area's messages below, above the next section

## Wizard: screens, dialogs, keys, fields and their checks (src/tui, src/fields, steps.rs, field_ids.rs)
## @section wizard: add this area's messages below, above the next section

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
lang-unknown = cosell: { $variable }={ $value } is geen taal die cosell spreekt ({ $codes }); cosell gebruikt Engels

# --help: the headings clap writes (it adds the colon), then each command's and argument's help:
# cli-help-<command>-<argument> (main: cosell itself).
cli-heading-usage = Gebruik:
cli-heading-commands = Opdrachten
cli-heading-arguments = Argumenten
cli-heading-options = Opties
cli-about = Vul het tabblad Co-sell met Microsoft van een aanbieding in het Partnercentrum in, zie welke co-sell-status het oplevert en exporteer het
cli-long-about =
    Vul de co-sell-gegevens van een aanbieding in het Partnercentrum in, zie welke co-sell-status die oplevert en waarom (Niet gereed voor co-sell, Gereed voor co-sell, Azure IP co-sell gemotiveerd of in aanmerking, Business Applications-incentive) en exporteer de inzending als JSON.

    Zonder opdracht opent cosell de wizard: een formulier op het hele scherm met een statuspaneel dat meeloopt. Concepten worden bij elke wijziging opgeslagen in de conceptenmap (COSELL_HOME, of je gegevensmap).

    Regelsversies:
    { $editions }
cli-long-about-default-edition = ; de standaard voor nieuwe concepten
cli-after-help =
    Voorbeelden:
      cosell                                   de wizard openen (een concept hervatten of beginnen)
      cosell --plain                           dezelfde stappen als vragen per regel
      cosell list                              concepten met hun status
      cosell status contoso-insights           welke vereisten voldaan zijn, en waarom
      cosell status contoso-insights --compare alle regelsversies naast elkaar
      cosell status ./offer.json --json        het statusblok als JSON
      cosell export contoso-insights -o out.json
      cosell export contoso-insights --kit kit/   de overdrachtskit voor het Partnercentrum
      cosell contacts template -o contacts.csv
      cosell contacts import contoso-insights contacts.csv

    Afsluitcodes: 0 gelukt, 1 geweigerd (onvolledige export, ongeldige of afgewezen import, concept elders geopend), 2 onleesbaar bestand of verkeerd gebruik.
cli-help-arg-help = Help tonen
    .more = Help tonen (meer met '--help')
    .summary = Help tonen (een samenvatting met '-h')
cli-help-arg-version = Versie tonen
cli-help-arg-lang = Taal waarin cosell spreekt ({ $codes }); standaard: COSELL_LANG, dan LC_ALL, LC_MESSAGES, LANG. Bestanden en JSON zijn in elke taal gelijk
cli-help-help = Deze tekst tonen, of de help van de genoemde opdracht(en)
cli-help-help-subcommand = De help van deze opdracht(en) tonen
cli-help-main-plain = Vragen per regel in plaats van de wizard op het hele scherm (vanzelf bij TERM=dumb of als de uitvoer naar een pipe gaat)
cli-help-main-mono = Zwart-witthema dat focus en fouten met tekens aangeeft (ook bij NO_COLOR)
cli-help-main-draft = Dit concept openen (een naam uit `cosell list`, of een pad) in plaats van het startscherm
cli-help-list = De concepten tonen met naam van de aanbieding, status, volledigheid en laatste wijziging
cli-help-list-json = Een JSON-array afdrukken (name, path, offer, rules, status, completeness, modified, error)
cli-help-status = De co-sell-status van een concept tonen: elke vereiste, voldaan of niet, en waarom
cli-help-status-draft = Een conceptnaam (zie `cosell list`), of het pad van een concept- of exportbestand
cli-help-status-json = Het statusblok als JSON afdrukken (spec §7); met --compare één blok per versie
cli-help-status-rules = Regelsversie waarmee beoordeeld wordt (standaard: die van het bestand)
cli-help-status-compare = De status onder elke regelsversie naast elkaar tonen, verschillen eerst
cli-help-export = De voltooide inzending exporteren als JSON, met vingerafdrukken van de documenten en het statusblok
cli-help-export-draft = Een conceptnaam, of het pad van een conceptbestand
cli-help-export-output = Waar het heen moet; `-` voor standaarduitvoer (standaard: NAAM.export.json hier)
cli-help-export-kit = In plaats daarvan een overdrachtskit voor het Partnercentrum in deze nieuwe map schrijven: submission.json, contacts.csv, de documenten genummerd in de volgorde van het Partnercentrum, CHECKLIST.md en index.html (dezelfde stappen als pagina met Kopiëren-knoppen)
cli-help-export-allow-incomplete = Ook exporteren als vereisten van het tabblad niet voldaan zijn of waarden ongeldig zijn
cli-help-export-rules = Regelsversie waarmee beoordeeld wordt (standaard: die van het bestand)
cli-help-schema = Het JSON-schema van het inzendingsbestand afdrukken (concepten en exports)
cli-help-completions = Een script voor aanvulling in de shell afdrukken: `cosell completions bash > ~/.local/share/bash-completion/completions/cosell`
cli-help-completions-shell = bash, zsh, fish, powershell of elvish
cli-help-man = De handleidingpagina (roff) afdrukken: `cosell man > cosell.1 && man ./cosell.1`
cli-help-contacts = Contactpersonen-CSV van het Partnercentrum: sjabloon, import, export
cli-help-contacts-template = Het CSV-sjabloon schrijven dat het Partnercentrum importeert (kopregel en één voorbeeldregel)
cli-help-contacts-template-output = Waar het heen moet; `-` of niets voor standaarduitvoer
cli-help-contacts-template-delimiter = Scheidingsteken: `,` (standaard) of `;` (wat Excel in veel Europese landinstellingen verwacht)
cli-help-contacts-template-unix = Gewoon UTF-8 met LF-regeleinden, voor scripts (standaard: UTF-8 met BOM en CRLF, voor Excel)
cli-help-contacts-import = De contactpersonen van een concept vervangen door die uit een CSV-bestand (toont wat er verandert en vraagt eerst)
cli-help-contacts-import-draft = Een conceptnaam, of het pad van een conceptbestand
cli-help-contacts-import-csv = Het CSV-bestand: gescheiden door komma's, puntkomma's of tabs; UTF-8 (met of zonder BOM), UTF-16 met BOM ("Unicode-tekst" van Excel) of Windows-1252 ("CSV" van Excel op West-Europese Windows)
cli-help-contacts-import-yes = Vervangen zonder te vragen
cli-help-contacts-export = De contactpersonen van een concept schrijven als CSV voor het Partnercentrum
cli-help-contacts-export-draft = Een conceptnaam, of het pad van een conceptbestand
cli-help-contacts-export-output = Waar het heen moet; `-` of niets voor standaarduitvoer
cli-help-contacts-export-delimiter = Scheidingsteken: `,` (standaard) of `;` (wat Excel in veel Europese landinstellingen verwacht)
cli-help-contacts-export-unix = Gewoon UTF-8 met LF-regeleinden, voor scripts (standaard: UTF-8 met BOM en CRLF, voor Excel)
cli-not-an-edition = { $value } is geen regelsversie; gebruik { $names }

# Messages of the commands
cli-list-empty = Geen concepten in { $dir }. Start `cosell` om er een te beginnen.
cli-list-title = Concepten in { $dir }:
cli-list-name = NAAM
cli-list-offer = AANBIEDING
cli-list-status = STATUS
cli-list-done = KLAAR
cli-list-modified = GEWIJZIGD
cli-list-unreadable = onleesbaar: { $error }
cli-list-status-rules = { $status } ({ $rules })
cli-list-when = { $date } { $time }
cli-exported = { $offer } ({ $status }) geëxporteerd naar { $target }
cli-kit-progress = De kit wordt geschreven…
cli-kit-written =
    De kit staat in { $dir }: submission.json, contacts.csv ({ $contacts ->
        [one] { $contacts } contactpersoon
       *[other] { $contacts } contactpersonen
    }), { $documents ->
        [one] { $documents } document
       *[other] { $documents } documenten
    } in documents/, CHECKLIST.md, index.html
    Om ermee te werken: { $hint }
cli-wrote = { $target } geschreven
cli-wrote-contacts = { $count ->
        [one] { $count } contactpersoon
       *[other] { $count } contactpersonen
    } geschreven naar { $target }
cli-import-warning = waarschuwing: { $warning }
cli-import-not-replaced = niet vervangen: bevestig met --yes als cosell niet in een terminal draait
cli-import-ask = De contactpersonen van { $offer } vervangen? [j/N]{" "}
# The answers that mean yes to cli-import-ask (besides y and yes, which always do), lowercase, separated by spaces.
cli-import-yes-words = j ja
cli-import-declined = niets gewijzigd: de import is afgewezen
cli-imported = { $count ->
        [one] { $count } contactpersoon
       *[other] { $count } contactpersonen
    } geïmporteerd in { $path }

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

